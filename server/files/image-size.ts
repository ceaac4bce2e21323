// Image sizes read from the file header, without decoding a pixel: an image larger than any camera makes is a
// decompression bomb, whether it arrives as a request's photo or as a record's file.
import { ApiError } from '../http/errors.js';
import type { FileType } from './sniff.js';

/** More than any phone camera (48 MP): beyond this an image is a decompression bomb, not a photo. */
export const maxImagePixels = 100_000_000;
export const maxImageSide = 30_000;

function jpegDimensions(bytes: Buffer): { width: number; height: number } | undefined {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    const length = bytes.readUInt16BE(offset + 2);
    // SOF0…SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but are not frames.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) };
    }
    offset += 2 + length;
  }
  return undefined;
}

function webpDimensions(bytes: Buffer): { width: number; height: number } | undefined {
  const chunk = bytes.subarray(12, 16).toString('latin1');
  if (chunk === 'VP8X' && bytes.length >= 30) return { width: bytes.readUIntLE(24, 3) + 1, height: bytes.readUIntLE(27, 3) + 1 };
  if (chunk === 'VP8L' && bytes.length >= 25) {
    const bits = bytes.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8 ' && bytes.length >= 30) return { width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff };
  return undefined;
}

interface Box {
  type: string;
  /** Where the box's content starts and ends, its header excluded. */
  start: number;
  end: number;
}

/** The ISO base media boxes laid end to end in bytes[start, end); a box whose size runs past the end is cut off there. */
function* boxesIn(bytes: Buffer, start: number, end: number): Generator<Box> {
  let offset = start;
  while (offset + 8 <= end) {
    let size = bytes.readUInt32BE(offset);
    let header = 8;
    if (size === 1) {
      if (offset + 16 > end) return;
      size = Number(bytes.readBigUInt64BE(offset + 8));
      header = 16;
    } else if (size === 0) {
      size = end - offset;
    }
    if (size < header) return;
    const boxEnd = Math.min(offset + size, end);
    yield { type: bytes.toString('latin1', offset + 4, offset + 8), start: offset + header, end: boxEnd };
    offset = boxEnd;
  }
}

function childBox(bytes: Buffer, parent: Box, type: string, fullBox = false): Box | undefined {
  for (const box of boxesIn(bytes, parent.start + (fullBox ? 4 : 0), parent.end)) if (box.type === type) return box;
  return undefined;
}

/** Whether an image this size is a decompression bomb rather than a photo. */
export function tooManyPixels(size: { width: number; height: number }): boolean {
  return size.width * size.height > maxImagePixels || size.width > maxImageSide || size.height > maxImageSide;
}

/**
 * HEIC/HEIF: the image spatial extents (`ispe`, meta → iprp → ipco) of its items. A file holds one for the primary
 * image and more for its grid tiles and thumbnail, and a viewer may decode any of them: the one over the limit wins,
 * else the largest.
 */
function heifDimensions(bytes: Buffer): { width: number; height: number } | undefined {
  const file: Box = { type: '', start: 0, end: bytes.length };
  const meta = childBox(bytes, file, 'meta');
  const iprp = meta && childBox(bytes, meta, 'iprp', true);
  const ipco = iprp && childBox(bytes, iprp, 'ipco');
  if (!ipco) return undefined;
  const extents: { width: number; height: number }[] = [];
  for (const box of boxesIn(bytes, ipco.start, ipco.end)) {
    // A full box: version and flags, then width and height.
    if (box.type === 'ispe' && box.end - box.start >= 12) extents.push({ width: bytes.readUInt32BE(box.start + 4), height: bytes.readUInt32BE(box.start + 8) });
  }
  return extents.find(tooManyPixels) ?? extents.sort((a, b) => b.width * b.height - a.width * a.height)[0];
}

/** Width and height from the image header, without decoding a pixel. */
export function imageDimensions(bytes: Buffer, type: FileType): { width: number; height: number } | undefined {
  if (type === 'image/png' && bytes.length >= 24) return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  if (type === 'image/jpeg') return jpegDimensions(bytes);
  if (type === 'image/webp') return webpDimensions(bytes);
  if (type === 'image/heic' || type === 'image/heif') return heifDimensions(bytes);
  return undefined;
}

/** 400 for an image whose header claims more pixels than a photo has; `path` names the field it came in. */
export function refuseImageBomb(bytes: Buffer, type: FileType, path: string): void {
  const size = imageDimensions(bytes, type);
  if (size && tooManyPixels(size)) {
    throw new ApiError('validation_failed', `This image is ${size.width} × ${size.height} pixels: photos may have at most 100 million pixels.`, [
      { path, message: 'too many pixels' },
    ]);
  }
}
