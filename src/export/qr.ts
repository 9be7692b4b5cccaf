// QR codes of the atlas's URLs (share panel, exported slides). Error correction M (15 %) keeps the
// modules large for a long story link; the 4-module quiet zone is what scanners expect.
export async function qrDataUrl(text: string, pixelsPerModule: number): Promise<string> {
  const QRCode = await import('qrcode'); // loaded on first use
  return QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 4, scale: pixelsPerModule, color: { dark: '#000000', light: '#ffffff' } });
}
