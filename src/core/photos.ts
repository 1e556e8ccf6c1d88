/**
 * Therapists' profile photos (Therapist journey 1): which images are accepted, how large, and
 * what an image really is, judged by its first bytes rather than by the name or the type it was
 * sent with (a text file renamed "photo.jpg" is still text). Pure; the re-encoding lives in the API.
 */

/** The types a therapist may upload, as browsers name them. */
export const photoUploadTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoUploadType = (typeof photoUploadTypes)[number];

/** The largest upload accepted (a phone camera's photo fits; a raw scan does not). */
export const photoMaxMegabytes = 5;
export const photoMaxBytes = photoMaxMegabytes * 1024 * 1024;

/** The stored photo is a square of at most this many pixels a side. */
export const photoSidePixels = 512;

/** Images larger than this are refused before decoding (a "decompression bomb"). */
export const photoMaxInputPixels = 50_000_000;

export function isPhotoUploadType(value: string): value is PhotoUploadType {
  return (photoUploadTypes as readonly string[]).includes(value);
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((byte, index) => bytes[at + index] === byte);

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/**
 * The image type the bytes say they are (their "magic number"), or null when they are none of
 * the accepted types — a GIF, a PDF, text — whatever they were called.
 */
export function sniffPhotoType(bytes: Uint8Array): PhotoUploadType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return null;
}
