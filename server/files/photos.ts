// Photos are decoded and encoded again before they are kept: what comes back is pixels only. Markup or a script
// appended to the image, or hidden in a comment or metadata segment, does not survive; nor do EXIF, GPS, XMP and IPTC,
// which would tell anyone who downloads a customer's photo where and with what phone it was taken.
import sharp, { type Sharp } from 'sharp';
import { ApiError } from '../http/errors.js';
import { maxImagePixels } from './image-size.js';
import type { FileType } from './sniff.js';

/** The photo types the server decodes. HEIC/HEIF is not among them: libvips as shipped with sharp has no HEVC decoder. */
export const reencodedTypes = ['image/jpeg', 'image/png', 'image/webp'] as const satisfies readonly FileType[];
export type ReencodedType = (typeof reencodedTypes)[number];

export function isReencoded(type: FileType): type is ReencodedType {
  return (reencodedTypes as readonly FileType[]).includes(type);
}

/** The long side of a thumbnail: sharp on a phone's list at twice its density. */
export const thumbnailSide = 320;
export const thumbnailType = 'image/jpeg';

const typeNames: Record<ReencodedType, string> = { 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP' };

/**
 * Decoding runs on libuv's thread pool, which password hashing and file access share: at most this many photos are
 * decoded at once, so a burst of uploads leaves threads for the rest of the server.
 */
const maxConcurrentJobs = 2;
let runningJobs = 0;
const waitingJobs: (() => void)[] = [];

async function inPhotoQueue<T>(job: () => Promise<T>): Promise<T> {
  if (runningJobs >= maxConcurrentJobs) await new Promise<void>((resolve) => waitingJobs.push(resolve));
  runningJobs += 1;
  try {
    return await job();
  } finally {
    runningJobs -= 1;
    waitingJobs.shift()?.();
  }
}

function decoder(bytes: Buffer): Sharp {
  // `error`, not the default `warning`: browsers show photos with small flaws a strict decoder would refuse.
  return sharp(bytes, { limitInputPixels: maxImagePixels, failOn: 'error', pages: 1 });
}

function refusal(error: unknown, type: ReencodedType, path: string): ApiError {
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message)) {
    return new ApiError('validation_failed', 'This image has more than 100 million pixels: photos may have at most 100 million pixels.', [
      { path, message: 'too many pixels' },
    ]);
  }
  return new ApiError('unsupported_media_type', `This file starts like a ${typeNames[type]} image but cannot be read as one: it is damaged, cut off or not a photo.`, [
    { path, message: `not a readable ${typeNames[type]} image` },
  ]);
}

/**
 * The photo encoded again in its own type, turned upright by its EXIF orientation and without any metadata: 415 when
 * it cannot be decoded, 400 past the pixel limit. JPEG at quality 85 is indistinguishable from a phone's original at
 * a fraction of its size; PNG stays lossless, WebP keeps its transparency.
 */
export async function reencodePhoto(bytes: Buffer, type: ReencodedType, path: string): Promise<Buffer> {
  const image = decoder(bytes).autoOrient();
  const encoded = type === 'image/jpeg' ? image.jpeg({ quality: 85 }) : type === 'image/png' ? image.png() : image.webp({ quality: 85 });
  try {
    return await inPhotoQueue(() => encoded.toBuffer());
  } catch (error) {
    throw refusal(error, type, path);
  }
}

/** A JPEG at most `thumbnailSide` pixels on its long side, transparency on white, for lists of photos. */
export async function photoThumbnail(photo: Buffer): Promise<Buffer> {
  return inPhotoQueue(() =>
    decoder(photo)
      .resize(thumbnailSide, thumbnailSide, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 75 })
      .toBuffer(),
  );
}
