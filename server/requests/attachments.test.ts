import { describe, expect, it } from 'vitest';
import { ApiError } from '../http/errors.js';
import { imageDimensions } from '../files/image-size.js';
import { checkAttachmentContent } from './attachments.js';

function box(type: string, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(8 + body.length);
  return Buffer.concat([size, Buffer.from(type, 'latin1'), body]);
}

/** A box with a 64-bit size, as writers use for boxes that may pass 4 GB. */
function largeBox(type: string, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  const size = Buffer.alloc(12);
  size.writeUInt32BE(1, 0);
  size.writeBigUInt64BE(BigInt(16 + body.length), 4);
  return Buffer.concat([size.subarray(0, 4), Buffer.from(type, 'latin1'), size.subarray(4), body]);
}

const fullBoxHeader = () => Buffer.alloc(4);

function ispe(width: number, height: number): Buffer {
  const extents = Buffer.alloc(8);
  extents.writeUInt32BE(width, 0);
  extents.writeUInt32BE(height, 4);
  return box('ispe', fullBoxHeader(), extents);
}

/** A HEIC file as a phone writes its head: ftyp, then meta with the item properties, then the coded data. */
function heic(extents: Buffer[], { brand = 'heic', wrap = box }: { brand?: string; wrap?: typeof box } = {}): Buffer {
  const hdlr = box('hdlr', fullBoxHeader(), Buffer.alloc(4), Buffer.from('pict', 'latin1'), Buffer.alloc(13));
  const pitm = box('pitm', fullBoxHeader(), Buffer.from([0, 1]));
  const hvcC = box('hvcC', Buffer.alloc(23, 0x01));
  const ipma = box('ipma', fullBoxHeader(), Buffer.from([0, 0, 0, 1, 0, 1, 2, 0x81, 0x82]));
  return Buffer.concat([
    box('ftyp', Buffer.from(`${brand}\0\0\0\0mif1${brand}`, 'latin1')),
    wrap('meta', fullBoxHeader(), hdlr, pitm, box('iprp', box('ipco', hvcC, ...extents), ipma)),
    box('mdat', Buffer.alloc(256, 0x5a)),
  ]);
}

async function refusal(bytes: Buffer): Promise<ApiError | undefined> {
  try {
    await checkAttachmentContent(bytes);
    return undefined;
  } catch (error) {
    return error as ApiError;
  }
}

describe('HEIC and HEIF photo sizes from the ispe box', () => {
  it('reads width and height of a phone photo and accepts it as sent', async () => {
    const photo = heic([ispe(4032, 3024)]);
    expect(imageDimensions(photo, 'image/heic')).toEqual({ width: 4032, height: 3024 });
    expect(await checkAttachmentContent(photo)).toEqual({ type: 'image/heic', data: photo, thumbnail: null });
  });

  it('refuses a header claiming more than 100 million pixels, before any decoding', async () => {
    const answer = await refusal(heic([ispe(65_535, 65_535)]));
    expect(answer).toMatchObject({ code: 'validation_failed', status: 400, details: [{ path: 'file', message: 'too many pixels' }] });
    expect(answer!.message).toContain('65535 × 65535');
    expect((await refusal(heic([ispe(10_001, 10_000)])))?.code).toBe('validation_failed');
    expect(await refusal(heic([ispe(10_000, 10_000)]))).toBeUndefined();
  });

  it('refuses one side longer than 30,000 pixels even when the count is small', async () => {
    expect((await refusal(heic([ispe(40_000, 2)])))?.code).toBe('validation_failed');
  });

  it('judges every item: an oversized tile or thumbnail behind a small primary image is refused', async () => {
    const grid = heic([ispe(512, 512), ispe(8_064, 6_048), ispe(512, 512)]);
    expect(imageDimensions(grid, 'image/heic')).toEqual({ width: 8_064, height: 6_048 });
    expect((await refusal(heic([ispe(320, 240), ispe(100_000, 100_000)])))?.code).toBe('validation_failed');
  });

  it('reads HEIF (mif1) files and boxes with 64-bit sizes alike', async () => {
    const heif = heic([ispe(100_000, 50_000)], { brand: 'mif1' });
    expect(imageDimensions(heif, 'image/heif')).toEqual({ width: 100_000, height: 50_000 });
    expect((await refusal(heif))?.code).toBe('validation_failed');
    expect(imageDimensions(heic([ispe(100_000, 50_000)], { wrap: largeBox }), 'image/heic')).toEqual({ width: 100_000, height: 50_000 });
  });

  it('survives truncated and lying box sizes without throwing', () => {
    const whole = heic([ispe(65_535, 65_535)]);
    for (let length = 0; length < whole.length; length += 7) {
      expect(() => imageDimensions(whole.subarray(0, length), 'image/heic')).not.toThrow();
    }
    const lying = Buffer.from(whole);
    lying.writeUInt32BE(0xffffffff, lying.indexOf('meta', 0, 'latin1') - 4);
    expect(imageDimensions(lying, 'image/heic')).toEqual({ width: 65_535, height: 65_535 });
    const tooSmall = Buffer.from(whole);
    tooSmall.writeUInt32BE(3, tooSmall.indexOf('meta', 0, 'latin1') - 4);
    expect(imageDimensions(tooSmall, 'image/heic')).toBeUndefined();
  });
});
