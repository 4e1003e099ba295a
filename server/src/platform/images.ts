import { createHash } from 'node:crypto'
import sharp from 'sharp'
import { invalidField } from './errors.ts'

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024

/** What the bytes say a file is, whatever its name or declared type claims. */
export function sniffImage(data: Buffer): 'jpeg' | 'png' | 'webp' | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpeg'
  if (
    data.length >= 8 &&
    data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return 'png'
  if (
    data.length >= 12 &&
    data.toString('latin1', 0, 4) === 'RIFF' &&
    data.toString('latin1', 8, 12) === 'WEBP'
  )
    return 'webp'
  return null
}

export interface ProcessedImage {
  data: Buffer
  mimeType: 'image/jpeg'
  width: number
  height: number
  sha256: string
}

/**
 * Re-encodes a photo: turned upright from its EXIF orientation, scaled to at most 2048 px, written afresh as
 * JPEG. Re-encoding drops every metadata block (EXIF, GPS, XMP, ICC comments) and anything hidden after the image.
 */
export async function reencodePhoto(data: Buffer, field = 'file'): Promise<ProcessedImage> {
  if (data.length > MAX_IMAGE_BYTES)
    throw invalidField(field, { zh: '照片不能超过 10 MB', en: 'A photo must be at most 10 MB' })
  if (!sniffImage(data)) {
    throw invalidField(field, {
      zh: '只能上传 JPEG、PNG 或 WebP 格式的照片',
      en: 'Only JPEG, PNG or WebP photos are accepted',
    })
  }
  try {
    const { data: out, info } = await sharp(data, { limitInputPixels: 60_000_000, failOn: 'error' })
      .rotate()
      .resize({ width: 2048, height: 2048, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true })
    return {
      data: out,
      mimeType: 'image/jpeg',
      width: info.width,
      height: info.height,
      sha256: createHash('sha256').update(out).digest('hex'),
    }
  } catch {
    throw invalidField(field, { zh: '照片已损坏或无法识别', en: 'The photo is damaged or cannot be read' })
  }
}
