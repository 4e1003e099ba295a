import QRCode from 'qrcode'

/**
 * QR codes for print: error correction M (15 % of the code may be soiled or covered and it still reads) and the
 * standard quiet zone of four modules around it, so a poster's border or a sticker's edge does not touch it.
 */
const OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const

/** Pixels of the PNG's side: about 4 cm at 300 dpi, sharp on an A4 poster and small to send. */
export const QR_PNG_WIDTH = 480

export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { ...OPTIONS, type: 'svg', color: { dark: '#000000', light: '#ffffff' } })
}

export async function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { ...OPTIONS, type: 'png', width: QR_PNG_WIDTH })
}
