// Photos are made smaller in the browser before upload: a phone's 12-megapixel photo becomes a JPEG of a few hundred KB.

/** The long side of an uploaded photo at most, in pixels. */
export const maxPhotoSide = 2048;

export class UnreadablePhotoError extends Error {
  constructor(readonly file: File) {
    super(`${file.name} is not an image this browser can read.`);
    this.name = 'UnreadablePhotoError';
  }
}

/**
 * Draws the photo at most `maxSide` pixels on its long side and encodes it as JPEG. Re-encoding also drops the
 * photo's metadata (the place it was taken), which the business does not need; the orientation is applied first.
 */
export async function downscalePhoto(file: File, maxSide = maxPhotoSide, quality = 0.85): Promise<File> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new UnreadablePhotoError(file);
  }
  try {
    const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new UnreadablePhotoError(file);
    // JPEG has no transparency: a transparent PNG would turn black without a white background.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
    if (!blob) throw new UnreadablePhotoError(file);
    const name = `${file.name.replace(/\.[^./]+$/, '') || 'foto'}.jpg`;
    return new File([blob], name, { type: 'image/jpeg', lastModified: file.lastModified });
  } finally {
    bitmap.close();
  }
}

/** The upload limit of the API for one file. */
export const maxUploadBytes = 10 * 1024 * 1024;

export class FileTooLargeError extends Error {
  constructor(readonly file: File) {
    super(`${file.name} is larger than 10 MB.`);
    this.name = 'FileTooLargeError';
  }
}

async function bytesAt(file: Blob, offset: number, text: string): Promise<boolean> {
  const bytes = new Uint8Array(await file.slice(offset, offset + text.length).arrayBuffer());
  return bytes.length === text.length && [...text].every((char, index) => bytes[index] === char.charCodeAt(0));
}

const isPdf = (file: File) => file.type === 'application/pdf' || (file.type === '' && /\.pdf$/i.test(file.name));
const isHeic = (file: File) => /^image\/hei[cf]$/.test(file.type) || (file.type === '' && /\.hei[cf]$/i.test(file.name));

/**
 * The file as it is sent: a photo made smaller, or (where `pdf` allows) a PDF as it is. A file this browser cannot
 * read as a photo is refused here, before any upload (UnreadablePhotoError), except HEIC, which Chrome cannot draw
 * but the server reads: it goes as it is when its bytes begin like one.
 */
export async function prepareUpload(file: File, { pdf = false }: { pdf?: boolean } = {}): Promise<File> {
  if (pdf && isPdf(file)) {
    if (!(await bytesAt(file, 0, '%PDF-'))) throw new UnreadablePhotoError(file);
    if (file.size > maxUploadBytes) throw new FileTooLargeError(file);
    return file;
  }
  if (file.type !== '' && !file.type.startsWith('image/')) throw new UnreadablePhotoError(file);
  try {
    return await downscalePhoto(file);
  } catch (error) {
    if (!(error instanceof UnreadablePhotoError) || !isHeic(file) || !(await bytesAt(file, 4, 'ftyp'))) throw error;
    if (file.size > maxUploadBytes) throw new FileTooLargeError(file);
    return file;
  }
}
