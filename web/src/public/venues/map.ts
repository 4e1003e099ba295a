/** The offline map's arithmetic: placing points on a plate, and the links to the map apps. */
export interface Point {
  lat: number
  lng: number
}

export const W = 320
export const H = 200
const PAD = 22

/**
 * Places points on a small plate: an equirectangular projection of the box around them (longitude shrunk by the
 * cosine of the latitude, so distances look right at the county's latitude), scaled to fit and centred.
 */
export function project(points: Point[], width = W, height = H, pad = PAD) {
  const lats = points.map((p) => p.lat)
  const lngs = points.map((p) => p.lng)
  const [south, north] = [Math.min(...lats), Math.max(...lats)]
  const [west, east] = [Math.min(...lngs), Math.max(...lngs)]
  const k = Math.cos((((north + south) / 2) * Math.PI) / 180)
  // At least about 2 km either way, so a lone point is not blown up to the whole plate.
  const spanX = Math.max((east - west) * k, 0.02)
  const spanY = Math.max(north - south, 0.02)
  const scale = Math.min((width - 2 * pad) / spanX, (height - 2 * pad) / spanY)
  const cx = ((east + west) / 2) * k
  const cy = (north + south) / 2
  return (p: Point) => ({ x: width / 2 + (p.lng * k - cx) * scale, y: height / 2 - (p.lat - cy) * scale })
}

/** Links that open the point in the phone's map app (the coordinates are WGS-84, as a phone's GPS gives them). */
export function mapLinks(p: Point, name: string) {
  const title = encodeURIComponent(name)
  return {
    amap: `https://uri.amap.com/marker?position=${p.lng},${p.lat}&name=${title}&coordinate=wgs84&callnative=1`,
    baidu: `https://api.map.baidu.com/marker?location=${p.lat},${p.lng}&title=${title}&content=${title}&output=html&coord_type=wgs84&src=webapp.lianxin.public`,
  }
}
