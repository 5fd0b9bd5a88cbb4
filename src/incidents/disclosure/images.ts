/** Screenshot types the desk accepts, recognised from their first bytes, never from the name or header. */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const
export type ImageType = (typeof IMAGE_TYPES)[number]
export const MAX_SCREENSHOT_BYTES = 2 * 1024 * 1024

const starts = (bytes: Buffer, magic: number[], at = 0) => magic.every((b, i) => bytes[at + i] === b)

/** The image type of the bytes by their signature, or null when they are not one of the accepted images. */
export function sniffImage(bytes: Buffer): ImageType | null {
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (starts(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (
    starts(bytes, [0x47, 0x49, 0x46, 0x38]) &&
    (bytes[4] === 0x37 || bytes[4] === 0x39) &&
    bytes[5] === 0x61
  )
    return 'image/gif'
  if (starts(bytes, [0x52, 0x49, 0x46, 0x46]) && starts(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return 'image/webp'
  return null
}
