// Files: what an upload route refuses (pages disguised as photos or PDFs, polyglots, pixel floods), how every
// download route serves what it keeps (saved, never rendered or run), and what becomes of a hostile file name.
import { randomUUID } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectUnderTest } from '../support/database.js';
import {
  htmlBytes,
  jpegBytes,
  jpegHtmlPolyglotBytes,
  pdfBytes,
  pdfHtmlPolyglotBytes,
  pngBytes,
  svgBytes,
} from '../support/customer-data-fixtures.js';
import { hostileMarkup, phoneMake, phonePhoto, withAppended, withCommentSegment } from '../support/photo-fixtures.js';
import { bearer, buildWorld, describeAnswer, isError, isUpload, routesOf, send, urlOf, validBodies, type Answer, type Route, type World } from './world.js';

let world: World;
let routes: Route[];

beforeAll(async () => {
  world = await buildWorld();
  routes = routesOf(world.app);
}, 120_000);
afterAll(async () => {
  await world?.close();
});

const uploads = () => routes.filter(isUpload);
// A live-update stream answers text/event-stream too, but it is no file; a portal's logo is an image shown in the page.
const downloads = () =>
  routes.filter((route) => route.method === 'GET' && route.api !== 'operations' && route.doc.responses[200]?.media !== undefined && route.doc.responses[200].media !== 'text/event-stream' && route.key !== 'GET /api/v1/portal/:slug/logo');

/** A PNG whose header claims `width` × `height` pixels, with a few compressed bytes that would inflate to gigabytes. */
function pixelFloodPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8);
  header.writeUInt8(6, 9);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(1024 * 1024))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A baseline JPEG frame header of 65,535 × 65,535 pixels. */
function pixelFloodJpeg(): Buffer {
  const frame = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, 0xff, 0xff, 0xff, 0xff, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01]);
  return Buffer.concat([jpegBytes().subarray(0, 20), frame, Buffer.alloc(64, 0x11), Buffer.from([0xff, 0xd9])]);
}

/** An extended WebP (VP8X) canvas of 16 million × 16 million pixels. */
function pixelFloodWebp(): Buffer {
  const canvas = Buffer.alloc(10);
  canvas.writeUIntLE(0xffffff, 4, 3);
  canvas.writeUIntLE(0xffffff, 7, 3);
  return Buffer.concat([Buffer.from('RIFF', 'latin1'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8X', 'latin1'), Buffer.from([10, 0, 0, 0]), canvas, Buffer.alloc(32)]);
}

/** A HEIC whose image spatial extents (`ispe`) claim 65,535 × 65,535 pixels, behind the boxes a phone writes first. */
function pixelFloodHeic(): Buffer {
  const box = (type: string, ...content: Buffer[]) => {
    const body = Buffer.concat(content);
    const size = Buffer.alloc(4);
    size.writeUInt32BE(8 + body.length);
    return Buffer.concat([size, Buffer.from(type, 'latin1'), body]);
  };
  const extents = Buffer.alloc(12);
  extents.writeUInt32BE(65_535, 4);
  extents.writeUInt32BE(65_535, 8);
  const ipco = box('ipco', box('hvcC', Buffer.alloc(23, 1)), box('ispe', extents));
  const meta = box('meta', Buffer.alloc(4), box('hdlr', Buffer.alloc(8), Buffer.from('pict', 'latin1'), Buffer.alloc(13)), box('iprp', ipco));
  return Buffer.concat([box('ftyp', Buffer.from('heic\0\0\0\0mif1heic', 'latin1')), meta, box('mdat', Buffer.alloc(64, 0x5a))]);
}

/** The owner's own request that still takes files, made fresh so earlier uploads do not fill it. */
const guestUpload = 'POST /api/v1/portal/:slug/guest-requests/:id/attachments';
/** The upload token each guest request was answered with, by the request's id. */
const guestTokens = new Map<string, string>();

/** A request to add files to: the owner's, or for the guest upload route a guest's with its upload token. */
async function openRequestId(route?: Route): Promise<string> {
  if (route?.key === guestUpload) {
    const guest = routes.find((candidate) => candidate.key === 'POST /api/v1/portal/:slug/guest-requests')!;
    const answer = await send(world, guest, { body: { ...validBodies(world.records)[guest.key], email: `gast-${randomUUID().slice(0, 8)}@example.com` } });
    expect(answer.status, answer.text).toBe(202);
    guestTokens.set(answer.json.id, answer.json.upload.token);
    return answer.json.id;
  }
  const submit = routes.find((route) => route.key === 'POST /api/v1/portal/:slug/requests')!;
  const answer = await send(world, submit, { authorization: bearer(world.owner.token), body: { workType: 'repair', description: 'Foto’s volgen' } });
  expect(answer.status).toBe(201);
  return answer.json.id;
}

interface FileToSend {
  bytes: Buffer;
  /** What the client claims: a name and a type. */
  filename: string;
  contentType: string;
  /** A filename given as RFC 5987 `filename*` (percent-encoded UTF-8), which may carry any character. */
  encodedFilename?: string;
}

/** A message's file, uploaded to the owner's conversation where the route points: by the owner, or the business. */
async function uploadMessageFile(route: Route, file: FileToSend): Promise<Answer> {
  const boundary = `----kp${randomUUID().replaceAll('-', '')}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.filename}"\r\nContent-Type: ${file.contentType}\r\n\r\n`),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const response = await world.app.request(urlOf(route, world.records, world.alpha.slug), {
    method: 'POST',
    headers: { Authorization: bearer(route.api === 'portal' ? world.owner.token : world.alpha.apiKey), 'Content-Type': `multipart/form-data; boundary=${boundary}` },
    body,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: text.startsWith('{') ? JSON.parse(text) : undefined };
}

/** Uploads `file` through `route` as its rightful caller: multipart for the portal, the raw body for the back office. */
async function upload(route: Route, file: FileToSend, requestId?: string): Promise<Answer> {
  if (route.path.endsWith('/messages/files')) return uploadMessageFile(route, file);
  if (route.doc.upload?.kind === 'multipart') {
    const boundary = `----kp${randomUUID().replaceAll('-', '')}`;
    const disposition = file.encodedFilename ? `filename*=UTF-8''${file.encodedFilename}` : `filename="${file.filename}"`;
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${route.doc.upload.field}"; ${disposition}\r\nContent-Type: ${file.contentType}\r\n\r\n`),
      file.bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const id = requestId ?? (await openRequestId(route));
    const asGuest = route.key === guestUpload;
    const url = `/api/v1/portal/${world.alpha.slug}/${asGuest ? 'guest-requests' : 'requests'}/${id}/attachments`;
    const response = await world.app.request(url, {
      method: 'POST',
      headers: { Authorization: bearer(asGuest ? guestTokens.get(id)! : world.owner.token), 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      body,
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, json: text.startsWith('{') ? JSON.parse(text) : undefined };
  }
  return send(world, route, {
    authorization: bearer(world.alpha.apiKey),
    rawBody: file.bytes as Uint8Array<ArrayBuffer>,
    contentType: file.contentType,
    query: `filename=${encodeURIComponent(file.filename)}`,
  });
}

async function storedFileCount(): Promise<number> {
  const { db } = world.t.deps;
  const count = async (table: 'files' | 'attachments' | 'message_files') => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return (await count('files')) + (await count('attachments')) + (await count('message_files'));
}

describe(`file tricks on every upload route, on ${dialectUnderTest}`, () => {
  it('the upload routes are the request photos and the back office’s PDFs and document files', () => {
    expect(uploads().map((route) => route.key).sort()).toEqual([
      'POST /api/v1/admin/requests/:id/messages/files',
      'POST /api/v1/admin/work-orders/:externalId/messages/files',
      'POST /api/v1/portal/:slug/guest-requests/:id/attachments',
      'POST /api/v1/portal/:slug/requests/:id/attachments',
      'POST /api/v1/portal/:slug/requests/:id/messages/files',
      'POST /api/v1/portal/:slug/work-orders/:id/messages/files',
      'PUT /api/v1/admin/documents/:externalId/file',
      'PUT /api/v1/admin/invoices/:externalId/pdf',
      'PUT /api/v1/admin/portals/:slug/logo',
      'PUT /api/v1/admin/quotes/:externalId/pdf',
    ]);
  });

  it('pages, SVG and polyglots are 415 whatever name and type they claim, and nothing is stored', async () => {
    const disguises: FileToSend[] = [
      { bytes: svgBytes(), filename: 'foto.jpg', contentType: 'image/jpeg' },
      { bytes: svgBytes(), filename: 'tekening.svg', contentType: 'image/svg+xml' },
      { bytes: htmlBytes(), filename: 'foto.png', contentType: 'image/png' },
      { bytes: htmlBytes(), filename: 'offerte.pdf', contentType: 'application/pdf' },
      { bytes: pdfHtmlPolyglotBytes(), filename: 'offerte.pdf', contentType: 'application/pdf' },
      { bytes: jpegHtmlPolyglotBytes(), filename: 'foto.jpg', contentType: 'image/jpeg' },
      { bytes: Buffer.concat([pngBytes().subarray(0, 33), Buffer.from('<script>alert(1)</script>')]), filename: 'foto.png', contentType: 'image/png' },
    ];
    const before = await storedFileCount();
    const problems: string[] = [];
    for (const route of uploads()) {
      const requestId = route.doc.upload?.kind === 'multipart' ? await openRequestId(route) : undefined;
      for (const file of disguises) {
        const answer = await upload(route, file, requestId);
        if (answer.status !== 415 || !isError(answer, 'unsupported_media_type')) problems.push(`${file.filename} (${file.bytes.subarray(0, 12).toString('latin1')}…): ${describeAnswer(route, answer)}`);
      }
    }
    expect(problems).toEqual([]);
    expect(await storedFileCount()).toBe(before);
  });

  it('an image header claiming billions of pixels is refused without decoding it, and memory stays flat', async () => {
    const floods: FileToSend[] = [
      { bytes: pixelFloodPng(100_000, 100_000), filename: 'flood.png', contentType: 'image/png' },
      { bytes: pixelFloodPng(30_001, 10), filename: 'smal.png', contentType: 'image/png' },
      { bytes: pixelFloodJpeg(), filename: 'flood.jpg', contentType: 'image/jpeg' },
      { bytes: pixelFloodWebp(), filename: 'flood.webp', contentType: 'image/webp' },
      { bytes: pixelFloodHeic(), filename: 'flood.heic', contentType: 'image/heic' },
    ];
    const before = await storedFileCount();
    const problems: string[] = [];
    const rss = process.memoryUsage().rss;
    for (const route of uploads()) {
      const requestId = route.doc.upload?.kind === 'multipart' ? await openRequestId(route) : undefined;
      for (const file of floods) {
        const answer = await upload(route, file, requestId);
        // A route that takes no photos at all refuses by type; one that does, by size.
        if (![400, 415].includes(answer.status) || !isError(answer)) problems.push(`${file.filename}: ${describeAnswer(route, answer)}`);
      }
    }
    expect(problems).toEqual([]);
    expect(await storedFileCount()).toBe(before);
    expect(process.memoryUsage().rss - rss).toBeLessThan(64 * 1024 * 1024);
  });

  it('a photo keeps nothing but its pixels on every route that takes one: markup past 2 KB, a script in a comment, GPS and camera EXIF are gone', async () => {
    const probe = 'kp-markup-probe';
    const photo = await phonePhoto({ width: 120, height: 90, orientation: 6, textured: true });
    const tricks: FileToSend[] = [
      { bytes: withAppended(photo, `${probe}${hostileMarkup.join('')}`), filename: 'foto.jpg', contentType: 'image/jpeg' },
      { bytes: withCommentSegment(photo, `${probe}<a href="javascript:alert(1)">x</a>`), filename: 'foto.jpg', contentType: 'image/jpeg' },
    ];
    const { db } = world.t.deps;
    const problems: string[] = [];
    let kept = 0;
    for (const route of uploads()) {
      const requestId = route.doc.upload?.kind === 'multipart' ? await openRequestId(route) : undefined;
      for (const file of tricks) {
        const answer = await upload(route, file, requestId);
        // Routes for PDFs alone refuse a photo by its type.
        if (answer.status === 415) continue;
        if (answer.status >= 300) problems.push(describeAnswer(route, answer));
        else kept += 1;
      }
    }
    expect(problems).toEqual([]);
    expect(kept).toBeGreaterThanOrEqual(4);
    const blobs = [
      ...(await db.selectFrom('files').select('data').execute()).map((row) => Buffer.from(row.data)),
      ...(await db.selectFrom('attachments').select('content').execute()).map((row) => Buffer.from(row.content)),
    ];
    for (const blob of blobs) {
      const text = blob.toString('latin1');
      expect(text).not.toContain(probe);
      expect(text).not.toContain(phoneMake);
    }
  });
});

describe(`hostile file names, on ${dialectUnderTest}`, () => {
  /** No header splitting, no path, no `..`: what a browser or a disk would make of the name is harmless. */
  function expectSafeDisposition(answer: Answer, what: string) {
    expect(answer.status, `${what}: ${answer.text.slice(0, 200)}`).toBe(200);
    const disposition = answer.headers.get('Content-Disposition') ?? '';
    expect(disposition, what).toMatch(/^attachment;/);
    const names = [/filename="([^"]*)"/.exec(disposition)?.[1] ?? '', decodeURIComponent(/filename\*=UTF-8''([^;]*)/.exec(disposition)?.[1] ?? '')];
    for (const name of names) {
      expect(name, what).not.toMatch(/[\r\n/\\]/);
      expect(name, what).not.toContain('..');
      expect(name.length, what).toBeGreaterThan(0);
    }
    expect(answer.headers.get('X-Injected'), what).toBeNull();
    expect(answer.headers.get('Set-Cookie'), what).toBeNull();
  }

  it('CR/LF and ../ in a photo’s name are gone from the Content-Disposition of both downloads', async () => {
    const attachmentsRoute = routes.find((route) => route.key === 'POST /api/v1/portal/:slug/requests/:id/attachments')!;
    const requestId = await openRequestId();
    const hostile: FileToSend[] = [
      { bytes: pngBytes(), filename: '../../../etc/passwd.png', contentType: 'image/png' },
      { bytes: pngBytes(), filename: '..\\..\\windows\\win.ini.png', contentType: 'image/png' },
      {
        bytes: pngBytes(),
        filename: 'x.png',
        contentType: 'image/png',
        encodedFilename: encodeURIComponent('../..\r\nX-Injected: 1\r\nSet-Cookie: kp=1\r\n\u202egnp.exe'),
      },
    ];
    for (const file of hostile) {
      const stored = await upload(attachmentsRoute, file, requestId);
      expect(stored.status, stored.text).toBe(201);
      expect(stored.json.filename).not.toMatch(/[\r\n/\\]|\.\./);
      const portalDownload = await world.app.request(`/api/v1/portal/${world.alpha.slug}/requests/${requestId}/attachments/${stored.json.id}`, {
        headers: { Authorization: bearer(world.owner.token) },
      });
      expectSafeDisposition({ status: portalDownload.status, headers: portalDownload.headers, text: '', json: undefined }, `portal ${file.filename}`);
      const adminDownload = await world.app.request(`/api/v1/admin/requests/${requestId}/attachments/${stored.json.id}`, {
        headers: { Authorization: bearer(world.alpha.apiKey) },
      });
      expectSafeDisposition({ status: adminDownload.status, headers: adminDownload.headers, text: '', json: undefined }, `admin ${file.filename}`);
    }
  });

  it('CR/LF and ../ in a document’s ?filename= are gone from the Content-Disposition the customer gets', async () => {
    const documentFile = routes.find((route) => route.key === 'PUT /api/v1/admin/documents/:externalId/file')!;
    const download = routes.find((route) => route.key === 'GET /api/v1/portal/:slug/documents/:id/file')!;
    for (const filename of ['../../etc/passwd', '..\\..\\boot.ini', 'rapport\r\nX-Injected: 1\r\nSet-Cookie: kp=1.pdf', '\u202efdp.exe']) {
      const stored = await upload(documentFile, { bytes: pdfBytes('hostile name'), filename, contentType: 'application/pdf' });
      expect(stored.status, stored.text).toBe(200);
      expectSafeDisposition(await send(world, download, { authorization: bearer(world.owner.token) }), JSON.stringify(filename));
    }
  });
});

describe(`every download route, on ${dialectUnderTest}`, () => {
  it('sends the file as an attachment with nosniff, a sandbox CSP and no-store', async () => {
    expect(downloads().length).toBeGreaterThanOrEqual(5);
    const problems: string[] = [];
    for (const route of downloads()) {
      const answer = await send(world, route, { authorization: bearer(route.api === 'portal' ? world.owner.token : world.alpha.apiKey) });
      const headers = answer.headers;
      const wrong = [
        answer.status !== 200 && `status ${answer.status}`,
        headers.get('X-Content-Type-Options') !== 'nosniff' && 'nosniff',
        !/^attachment;/.test(headers.get('Content-Disposition') ?? '') && 'Content-Disposition',
        !/(^|;)\s*sandbox(\s|;|$)/.test(headers.get('Content-Security-Policy') ?? '') && 'sandbox CSP',
        !/no-store/.test(headers.get('Cache-Control') ?? '') && 'no-store',
        /html|svg|xml|javascript/i.test(headers.get('Content-Type') ?? '') && `type ${headers.get('Content-Type')}`,
      ].filter(Boolean);
      if (wrong.length > 0) problems.push(`${route.key}: ${wrong.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });
});
