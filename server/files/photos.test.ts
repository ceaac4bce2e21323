// What becomes of a photo a customer uploads: encoded again, so nothing but its pixels is stored and served (no
// appended page, no hidden script, no GPS position), turned upright, and given a thumbnail for lists.
import { randomBytes } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { backOffice, heicBytes, pdfBytes, setPortalSettings } from '../../test/support/customer-data-fixtures.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { callAdmin, callPortal, seedTwoTenants } from '../../test/support/fixtures.js';
import { hostileMarkup, phoneMake, phonePhoto, plainImage, wellFormedPdf, withAppended, withCommentSegment } from '../../test/support/photo-fixtures.js';
import { submitRequest, uploadAttachment, validRequest } from '../requests/test-support.js';
import { thumbnailSide } from './photos.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof seedTwoTenants>>;
let alice: { token: string };
let bob: { token: string };
const slug = 'alpha';

beforeAll(async () => {
  t = await createTestApp();
  world = await seedTwoTenants(t.deps);
  alice = world.alpha.customers[0]!;
  bob = world.alpha.customers[1]!;
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await setPortalSettings(t.deps.db, slug, (settings) => {
    settings.features.requests = true;
    settings.requestForm.requireTerms = false;
    settings.requestForm.termsUrl = null;
    settings.requestForm.checklist = [];
  });
});

async function newRequest(): Promise<string> {
  const response = await submitRequest(t.app, slug, alice.token, validRequest());
  expect(response.status).toBe(201);
  return (await json(response)).id;
}

/** Uploads as Alice and answers the stored attachment, the bytes the database holds, and what the portal serves. */
async function uploadAndRead(requestId: string, bytes: Buffer, filename: string) {
  const response = await uploadAttachment(t.app, slug, alice.token, requestId, bytes, { filename });
  expect(response.status, await response.clone().text()).toBe(201);
  const attachment = await json(response);
  const row = await t.deps.db.selectFrom('attachments').select(['content', 'thumbnail', 'sha256']).where('id', '=', attachment.id).executeTakeFirstOrThrow();
  const download = await callPortal(t.app, slug, `/requests/${requestId}/attachments/${attachment.id}`, { token: alice.token });
  expect(download.status).toBe(200);
  return { attachment, stored: Buffer.from(row.content), thumbnail: row.thumbnail && Buffer.from(row.thumbnail), served: Buffer.from(await download.arrayBuffer()), download };
}

function refusedWith(response: Response, status: number, code: string) {
  return json(response).then((body) => {
    expect(response.status).toBe(status);
    expect(body.error.code).toBe(code);
    return body.error;
  });
}

describe(`photos are encoded again on ${dialectUnderTest}`, () => {
  it('keeps none of the markup appended behind a JPEG, past byte 2048 or anywhere, nor a page in a comment segment; a valid image is stored and served', async () => {
    const photo = await phonePhoto({ width: 400, height: 300, textured: true });
    expect(photo.length).toBeGreaterThan(2048);
    const tricks = [
      ...hostileMarkup.map((markup) => withAppended(photo, markup)),
      withAppended(photo, hostileMarkup.join('\n')),
      withCommentSegment(photo, hostileMarkup[2]!),
    ];
    for (const bytes of tricks) {
      const { attachment, stored, served } = await uploadAndRead(await newRequest(), bytes, 'foto.jpg');
      expect(attachment.contentType).toBe('image/jpeg');
      expect(served.equals(stored)).toBe(true);
      for (const text of ['<html', '<script', '<div', 'onmouseover', 'javascript:', '<a ', ':svg', 'onload']) {
        expect(served.toString('latin1').toLowerCase()).not.toContain(text);
      }
      const decoded = await sharp(served).metadata();
      expect(decoded).toMatchObject({ format: 'jpeg', width: 400, height: 300 });
    }
  });

  it('strips EXIF, GPS and the camera make from a phone photo and turns it upright by its orientation', async () => {
    const photo = await phonePhoto({ width: 64, height: 32, orientation: 6 });
    const sent = await sharp(photo).metadata();
    expect(sent.orientation).toBe(6);
    expect(sent.exif).toBeDefined();
    expect(photo.toString('latin1')).toContain(phoneMake);

    const { stored, served } = await uploadAndRead(await newRequest(), photo, 'IMG_0042.jpg');
    const kept = await sharp(stored).metadata();
    expect(kept).toMatchObject({ format: 'jpeg', width: 32, height: 64 });
    expect(kept.exif).toBeUndefined();
    expect(kept.xmp).toBeUndefined();
    expect(kept.iptc).toBeUndefined();
    expect(kept.orientation).toBeUndefined();
    expect(served.toString('latin1')).not.toContain(phoneMake);
    expect(served.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(false);
  });

  it('keeps the type: PNG stays PNG with its transparency, WebP stays WebP', async () => {
    const requestId = await newRequest();
    const texture = randomBytes(64 * 64 * 4);
    const png = await sharp(texture, { raw: { width: 64, height: 64, channels: 4 } }).png().toBuffer();
    expect(png.length).toBeGreaterThan(2048);
    const keptPng = await uploadAndRead(requestId, withAppended(png, hostileMarkup[0]!), 'tekening.png');
    expect(keptPng.attachment.contentType).toBe('image/png');
    expect(await sharp(keptPng.served).metadata()).toMatchObject({ format: 'png', width: 64, height: 64, hasAlpha: true });
    const pixels = await sharp(keptPng.served).raw().toBuffer();
    expect(pixels.equals(texture)).toBe(true);
    expect(keptPng.served.toString('latin1')).not.toContain('<script');
    const webp = await uploadAndRead(requestId, withAppended(await plainImage('webp', 600, 400), `${'\n'.repeat(2048)}${hostileMarkup[2]!}`), 'foto.webp');
    expect(webp.attachment.contentType).toBe('image/webp');
    expect(await sharp(webp.served).metadata()).toMatchObject({ format: 'webp', width: 600, height: 400 });
    expect(webp.served.toString('latin1')).not.toContain('javascript:');
  });

  it('refuses a photo with a page in its first 2 KB, as it refuses any file with one there', async () => {
    const small = withAppended(await plainImage('png'), hostileMarkup[0]!);
    expect(small.indexOf('<html')).toBeLessThan(2048);
    await refusedWith(await uploadAttachment(t.app, slug, alice.token, await newRequest(), small, { filename: 'klein.png' }), 415, 'unsupported_media_type');
  });

  it('refuses a "JPEG" that cannot be decoded with 415 naming the problem, and stores nothing', async () => {
    const requestId = await newRequest();
    const photo = await plainImage('jpeg', 200, 100);
    for (const broken of [
      Buffer.concat([photo.subarray(0, 4), Buffer.alloc(400, 0x11)]),
      photo.subarray(0, Math.floor(photo.length / 2)),
      Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from('<a href="javascript:alert(1)">x</a>', 'latin1')]),
    ]) {
      const error = await refusedWith(await uploadAttachment(t.app, slug, alice.token, requestId, broken, { filename: 'foto.jpg' }), 415, 'unsupported_media_type');
      expect(error.message).toMatch(/JPEG/);
      expect(error.details).toEqual([{ path: 'file', message: 'not a readable JPEG image' }]);
    }
    const broken = Buffer.concat([(await plainImage('png')).subarray(0, 40), Buffer.alloc(64, 0x22)]);
    expect((await refusedWith(await uploadAttachment(t.app, slug, alice.token, requestId, broken, { filename: 'x.png' }), 415, 'unsupported_media_type')).message).toMatch(/PNG/);
    expect(await t.deps.db.selectFrom('attachments').select('id').where('request_id', '=', requestId).execute()).toEqual([]);
  });

  it('measures a 12-megapixel phone photo: encoded off the main thread, the event loop stays free', async () => {
    const photo = await phonePhoto({ width: 4032, height: 3024, orientation: 6, textured: true });
    expect(photo.length).toBeLessThan(10 * 1024 * 1024);
    const requestId = await newRequest();
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const started = performance.now();
    const { stored, thumbnail } = await uploadAndRead(requestId, photo, 'IMG_1200.jpg');
    const tookMs = performance.now() - started;
    delay.disable();
    const longestStallMs = delay.max / 1e6;
    console.info(`12 MP upload (${(photo.length / 1e6).toFixed(1)} MB): ${Math.round(tookMs)} ms in all, longest event-loop stall ${Math.round(longestStallMs)} ms`);
    expect(await sharp(stored).metadata()).toMatchObject({ width: 3024, height: 4032 });
    expect(await sharp(thumbnail!).metadata()).toMatchObject({ width: Math.round((thumbnailSide * 3024) / 4032), height: thumbnailSide });
    // Parsing the multipart body and hashing stay on the main thread; decoding and encoding do not. Measured against
    // the whole upload in the same run, not in milliseconds: on a busy machine both grow. On the main thread, the
    // decoding and encoding alone would hold it for most of the upload.
    expect(longestStallMs).toBeLessThan(tookMs / 3);
  }, 60_000);
});

describe(`files kept as sent on ${dialectUnderTest}`, () => {
  it('keeps a real PDF byte for byte, and refuses one that only starts like a PDF with 415', async () => {
    const requestId = await newRequest();
    for (const pdf of [wellFormedPdf('Offerte 2026-014'), pdfBytes('zonder xref')]) {
      const { stored, served, attachment } = await uploadAndRead(requestId, pdf, 'offerte.pdf');
      expect(attachment).toMatchObject({ contentType: 'application/pdf', size: pdf.length });
      expect(stored.equals(pdf)).toBe(true);
      expect(served.equals(pdf)).toBe(true);
    }
    const whole = wellFormedPdf();
    for (const [broken, name] of [
      [whole.subarray(0, whole.length - 40), 'cut off before %%EOF'],
      [Buffer.from('%PDF-1.7\n<a href="javascript:alert(1)">geen pdf</a>\n%%EOF\n', 'latin1'), 'a page behind the header'],
      [Buffer.concat([Buffer.from('%PDF-1.4\n'), await plainImage('jpeg'), Buffer.from('\n%%EOF\n')]), 'a photo behind the header'],
      [await plainImage('jpeg'), 'a JPEG named .pdf'],
    ] as const) {
      const response = await uploadAttachment(t.app, slug, alice.token, requestId, broken, { filename: 'offerte.pdf', type: 'application/pdf' });
      expect(response.status, name).toBe(name === 'a JPEG named .pdf' ? 201 : 415);
      if (response.status === 201) expect((await json(response)).contentType).toBe('image/jpeg');
      else expect((await json(response)).error.details).toEqual([{ path: 'file', message: 'not a readable PDF' }]);
    }
  });

  it('keeps HEIC as sent, serves it only as an attachment, and gives it no thumbnail', async () => {
    const requestId = await newRequest();
    const heic = heicBytes();
    const { attachment, served, download, thumbnail } = await uploadAndRead(requestId, heic, 'IMG_0001.HEIC');
    expect(attachment.contentType).toBe('image/heic');
    expect(served.equals(heic)).toBe(true);
    expect(thumbnail).toBeNull();
    expect(download.headers.get('content-type')).toBe('image/heic');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="IMG_0001\.heic"/);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-security-policy')).toMatch(/sandbox/);
    const admin = await callAdmin(t.app, world.alpha.apiKey, 'GET', `/requests/${requestId}/attachments/${attachment.id}`);
    expect(admin.headers.get('content-disposition')).toMatch(/^attachment;/);
    for (const response of [
      await callPortal(t.app, slug, `/requests/${requestId}/attachments/${attachment.id}?size=thumb`, { token: alice.token }),
      await callAdmin(t.app, world.alpha.apiKey, 'GET', `/requests/${requestId}/attachments/${attachment.id}?size=thumb`),
    ]) {
      expect((await refusedWith(response, 404, 'not_found')).details).toEqual([{ path: 'size', message: 'no thumbnail' }]);
    }
  });
});

describe(`thumbnails on ${dialectUnderTest}`, () => {
  it('serves a small JPEG with ?size=thumb on the portal and the back office, the original without it', async () => {
    const requestId = await newRequest();
    const photo = await phonePhoto({ width: 1600, height: 1200, textured: true });
    const { attachment, served } = await uploadAndRead(requestId, photo, 'ketel.jpg');
    for (const response of [
      await callPortal(t.app, slug, `/requests/${requestId}/attachments/${attachment.id}?size=thumb`, { token: alice.token }),
      await callAdmin(t.app, world.alpha.apiKey, 'GET', `/requests/${requestId}/attachments/${attachment.id}?size=thumb`),
    ]) {
      expect(response.status).toBe(200);
      const thumb = Buffer.from(await response.arrayBuffer());
      expect(response.headers.get('content-type')).toBe('image/jpeg');
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="ketel-klein\.jpg"/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await sharp(thumb).metadata()).toMatchObject({ format: 'jpeg', width: thumbnailSide, height: 240 });
      expect(thumb.length).toBeLessThan(served.length / 4);
      expect(thumb.length).toBeLessThan(40 * 1024);
    }
    const original = await callPortal(t.app, slug, `/requests/${requestId}/attachments/${attachment.id}?size=original`, { token: alice.token });
    expect(Buffer.from(await original.arrayBuffer()).equals(served)).toBe(true);
    expect((await callPortal(t.app, slug, `/requests/${requestId}/attachments/${attachment.id}?size=huge`, { token: alice.token })).status).toBe(400);
  });

  it('serves the photo itself for a photo stored before thumbnails existed', async () => {
    const requestId = await newRequest();
    const { attachment, served } = await uploadAndRead(requestId, await plainImage('png'), 'oud.png');
    await t.deps.db.updateTable('attachments').set({ thumbnail: null }).where('id', '=', attachment.id).execute();
    const response = await callPortal(t.app, slug, `/requests/${requestId}/attachments/${attachment.id}?size=thumb`, { token: alice.token });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await response.arrayBuffer()).equals(served)).toBe(true);
  });

  it("gives another customer, and another business, 404 for the photo and for its thumbnail", async () => {
    const requestId = await newRequest();
    const { attachment } = await uploadAndRead(requestId, await plainImage('jpeg'), 'van-alice.jpg');
    for (const path of [`/requests/${requestId}/attachments/${attachment.id}`, `/requests/${requestId}/attachments/${attachment.id}?size=thumb`]) {
      await refusedWith(await callPortal(t.app, slug, path, { token: bob.token }), 404, 'not_found');
      await refusedWith(await callAdmin(t.app, world.bravo.apiKey, 'GET', path), 404, 'not_found');
      expect((await callPortal(t.app, 'bravo', path, { token: world.bravo.customers[0]!.token })).status).toBe(404);
    }
  });
});

describe(`the back office's files on ${dialectUnderTest}`, () => {
  async function storedFile(sha256: string): Promise<Buffer> {
    const row = await t.deps.db.selectFrom('files').select('data').where('tenant_id', '=', world.alpha.tenantId).where('sha256', '=', sha256).executeTakeFirstOrThrow();
    return Buffer.from(row.data);
  }

  it('a document photo is encoded again like a customer’s: no markup, no GPS, upright; the same photo again changes nothing', async () => {
    const office = backOffice(t.app, world.alpha.apiKey);
    expect((await office.put('/documents/foto-1', { customerExternalId: 'alpha-c1', title: 'Typeplaatje' })).status).toBeLessThan(300);
    const photo = withAppended(await phonePhoto({ width: 300, height: 200, orientation: 6, textured: true }), hostileMarkup.join(''));
    const first = await json(await office.upload('/documents/foto-1/file?filename=typeplaatje.jpg', photo, 'image/jpeg'));
    expect(first.file).toMatchObject({ contentType: 'image/jpeg' });
    const kept = await storedFile(first.file.sha256);
    expect(kept.toString('latin1')).not.toMatch(/<script|onmouseover|javascript:|:svg/);
    expect(kept.toString('latin1')).not.toContain(phoneMake);
    const metadata = await sharp(kept).metadata();
    expect([metadata.width, metadata.height, metadata.exif]).toEqual([200, 300, undefined]);
    const again = await json(await office.upload('/documents/foto-1/file?filename=typeplaatje.jpg', photo, 'image/jpeg'));
    expect(again.file).toEqual(first.file);
  });

  it('a quote’s PDF must be built like one; a real one is kept byte for byte', async () => {
    const office = backOffice(t.app, world.alpha.apiKey);
    const quote = { customerExternalId: 'alpha-c1', number: 'OF-017', title: 'Ketel', lines: [], totalCents: 1000, currency: 'EUR', status: 'open' };
    const created = await office.put('/quotes/of-017', quote);
    expect(created.status, await created.clone().text()).toBeLessThan(300);
    const cut = wellFormedPdf().subarray(0, 200);
    const refused = await office.upload('/quotes/of-017/pdf', cut, 'application/pdf');
    expect((await refusedWith(refused, 415, 'unsupported_media_type')).details).toEqual([{ path: 'body', message: 'not a readable PDF' }]);
    const pdf = wellFormedPdf('Offerte OF-017');
    const stored = await json(await office.upload('/quotes/of-017/pdf', pdf, 'application/pdf'));
    expect((await storedFile(stored.pdf.sha256)).equals(pdf)).toBe(true);
  });

  it('the portal’s logo is encoded again: every visitor gets its pixels only', async () => {
    const office = backOffice(t.app, world.alpha.apiKey);
    const logo = await sharp(randomBytes(48 * 48 * 4), { raw: { width: 48, height: 48, channels: 4 } }).png().withExif({ IFD0: { Make: phoneMake } }).toBuffer();
    expect((await office.upload(`/portals/${slug}/logo`, withAppended(logo, hostileMarkup[0]!), 'image/png')).status).toBe(200);
    const served = Buffer.from(await (await t.app.request(`/api/v1/portal/${slug}/logo`)).arrayBuffer());
    expect(served.toString('latin1')).not.toMatch(/<script|<html/);
    expect(served.toString('latin1')).not.toContain(phoneMake);
    expect(await sharp(served).metadata()).toMatchObject({ format: 'png', width: 48, height: 48, hasAlpha: true });
  });
});
