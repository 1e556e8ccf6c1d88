/**
 * Re-encoding an uploaded photo with sharp (libvips). The upload is decoded to pixels and a new
 * JPEG is written from them alone: EXIF (GPS position, camera, dates), XMP, IPTC, comments and
 * ICC profiles are not carried over, because sharp writes no metadata unless asked to. The
 * orientation the camera recorded is applied to the pixels first, so the photo is not sideways.
 */
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { AppError } from '../core/errors';
import {
  photoMaxInputPixels,
  photoSidePixels,
  sniffPhotoType,
  type PhotoUploadType,
} from '../core/photos';

// Uploads are personal data: keep no decoded image in libvips' operation cache.
sharp.cache(false);

export interface EncodedPhoto {
  contentType: 'image/jpeg';
  image: Buffer;
  width: number;
  height: number;
  /** SHA-256 of the image, base64url: the ETag and the version in the photo's URL. */
  etag: string;
}

/**
 * Check what the bytes are (not what they were called), decode them, crop to a centred square of
 * at most `photoSidePixels` a side, and write a fresh JPEG. Throws `photo_type_unsupported` for
 * anything but JPEG, PNG or WebP and `photo_unreadable` for an image that does not decode.
 */
export async function reencodePhoto(upload: Uint8Array): Promise<EncodedPhoto> {
  const sniffed: PhotoUploadType | null = sniffPhotoType(upload);
  if (!sniffed) throw new AppError('photo_type_unsupported');
  let image: Buffer;
  let width: number;
  let height: number;
  try {
    const source = sharp(upload, {
      failOn: 'error',
      limitInputPixels: photoMaxInputPixels,
      // The first frame of an animated WebP.
      animated: false,
    });
    const meta = await source.metadata();
    if (!meta.width || !meta.height) throw new Error('no size');
    // Sides after applying the orientation (90° turns swap them).
    const turned = (meta.orientation ?? 1) >= 5;
    const side = Math.min(
      photoSidePixels,
      turned ? meta.height : meta.width,
      turned ? meta.width : meta.height,
    );
    const result = await source
      .rotate()
      .resize(side, side, { fit: 'cover', position: 'centre' })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82, progressive: true, chromaSubsampling: '4:2:0' })
      .toBuffer({ resolveWithObject: true });
    image = result.data;
    width = result.info.width;
    height = result.info.height;
  } catch (cause) {
    throw new AppError('photo_unreadable', { cause });
  }
  return {
    contentType: 'image/jpeg',
    image,
    width,
    height,
    etag: createHash('sha256').update(image).digest('base64url'),
  };
}
