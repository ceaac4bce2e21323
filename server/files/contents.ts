// What every upload route does with a file's bytes before it keeps them: the type from the bytes, the pixel limit,
// photos decoded and encoded again (pixels only, upright, no metadata), PDFs checked to be built like one.
import type { ApiError } from '../http/errors.js';
import { refuseImageBomb } from './image-size.js';
import { refuseMalformedPdf } from './pdf.js';
import { isReencoded, photoThumbnail, reencodePhoto } from './photos.js';
import { sniffFileType, type FileType } from './sniff.js';

export interface CheckedFile {
  type: FileType;
  /** What is kept and served: the photo as encoded again, any other file as it was sent. */
  data: Buffer;
  /** A small JPEG of a photo the server decoded, when asked for; null for other files. */
  thumbnail: Buffer | null;
}

export interface FileCheck {
  allowed: readonly FileType[];
  /** The request field the file came in, for the error's details. */
  path: string;
  /** The 415 for a file whose bytes are none of `allowed`. */
  notAllowed: () => ApiError;
  withThumbnail?: boolean;
}

/** The file as it may be kept, or the error that refuses it; nothing here touches the database. */
export async function checkFileContent(bytes: Buffer, check: FileCheck): Promise<CheckedFile> {
  const type = sniffFileType(bytes, check.allowed);
  if (type === undefined) throw check.notAllowed();
  refuseImageBomb(bytes, type, check.path);
  if (type === 'application/pdf') refuseMalformedPdf(bytes, check.path);
  if (!isReencoded(type)) return { type, data: bytes, thumbnail: null };
  const data = await reencodePhoto(bytes, type, check.path);
  return { type, data, thumbnail: check.withThumbnail ? await photoThumbnail(data) : null };
}
