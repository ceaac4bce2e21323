import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dialectUnderTest, type TestDatabase } from '../../test/support/database.js';
import { freePort } from '../../test/support/processes.js';
import { memoryLogger } from '../http/logger.js';
import { createMailer, type OutgoingMail } from './mailer.js';
import { renderAccountMail } from './templates.js';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

let database: TestDatabase;
let smtp: SMTPServer;
let smtpPort: number;
const received: Received[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await database.close();
});

/** The decoded text of a MIME message's parts (quoted-printable or base64), enough to read what the contact reads. */
function decodedParts(raw: string): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const section of raw.split(/\r?\n--/)) {
    const type = /Content-Type: (text\/(?:plain|html))/i.exec(section)?.[1];
    if (!type) continue;
    const [head, ...rest] = section.split(/\r?\n\r?\n/);
    let body = rest.join('\n\n');
    if (/Content-Transfer-Encoding: quoted-printable/i.test(head!)) {
      body = Buffer.from(
        body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        'latin1',
      ).toString('utf8');
    } else if (/Content-Transfer-Encoding: base64/i.test(head!)) {
      body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    }
    parts[type] = body;
  }
  return parts;
}

function resetMail(link: string, locale: 'nl' | 'en' = 'nl', contactName = 'Anna de Vries'): OutgoingMail {
  const rendered = renderAccountMail('reset', locale, {
    portalName: 'Installatiebedrijf Jansen',
    contactName,
    link,
    expiresAt: '2026-12-01T10:30:00.000Z',
  });
  return { tenantId: null, portalId: null, to: 'anna@example.nl', fromName: 'Installatiebedrijf Jansen', kind: 'reset', locale, ...rendered, secrets: [link] };
}

describe(`mail on ${dialectUnderTest}`, () => {
  it('without SMTP_URL keeps the whole mail for the demo mailbox and logs it without the link', async () => {
    const logger = memoryLogger();
    const mailer = createMailer({ db: database.db, logger, smtpUrl: undefined, publicUrl: 'http://127.0.0.1:8787' });
    const link = 'https://www.jansen.nl/portaal#kp-reset=SECRET-TOKEN-kept';
    const sent = await mailer.send(resetMail(link));
    expect(sent.status).toBe('logged');
    const row = await database.db.selectFrom('emails').selectAll().where('id', '=', sent.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'logged', to_address: 'anna@example.nl', kind: 'reset', locale: 'nl', subject: 'Nieuw wachtwoord voor Installatiebedrijf Jansen' });
    expect(row.text_body).toContain(link);
    expect(logger.lines).toHaveLength(1);
    expect(JSON.stringify(logger.lines)).not.toContain('SECRET-TOKEN');
  });

  it('without SMTP_URL logs the recipient masked, and neither the name, the subject nor the text of the mail', async () => {
    const logger = memoryLogger();
    const mailer = createMailer({ db: database.db, logger, smtpUrl: undefined, publicUrl: 'http://127.0.0.1:8787' });
    await mailer.send({ ...resetMail('https://www.jansen.nl/portaal#kp-reset=masked', 'nl', 'Johanna Bakker'), to: 'johanna.bakker@example.com' });
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toMatchObject({ to: 'j***@example.com', kind: 'reset' });
    const logged = JSON.stringify(logger.lines);
    for (const personal of ['johanna', 'Johanna', 'Bakker', 'Installatiebedrijf Jansen', 'wachtwoord']) expect(logged).not.toContain(personal);
  });

  it('delivers through a real SMTP server with a plain-text and an HTML part, and keeps no usable link', async () => {
    const logger = memoryLogger();
    const mailer = createMailer({
      db: database.db,
      logger,
      smtpUrl: `smtp://127.0.0.1:${smtpPort}?from=portaal@jansen.nl`,
      publicUrl: 'https://portal.example.com',
    });
    const link = 'https://www.jansen.nl/portaal#kp-reset=SECRET-TOKEN-smtp';
    const before = received.length;
    const sent = await mailer.send(resetMail(link, 'en'));
    expect(sent.status).toBe('sent');
    expect(received).toHaveLength(before + 1);
    const message = received[before]!;
    expect(message.from).toBe('portaal@jansen.nl');
    expect(message.to).toEqual(['anna@example.nl']);
    expect(message.raw).toMatch(/^From: Installatiebedrijf Jansen <portaal@jansen\.nl>/m);
    expect(message.raw).toMatch(/^Subject: A new password for Installatiebedrijf Jansen/m);
    const parts = decodedParts(message.raw);
    expect(parts['text/plain']).toContain(link);
    expect(parts['text/plain']).toContain('Dear Anna de Vries,');
    expect(parts['text/html']).toContain(`href="${link}"`);

    const row = await database.db.selectFrom('emails').selectAll().where('id', '=', sent.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('sent');
    expect(row.sent_at).not.toBeNull();
    expect(row.text_body).not.toContain('SECRET-TOKEN');
    expect(row.html_body).not.toContain('SECRET-TOKEN');
    expect(row.text_body).toContain('[link removed]');
    expect(JSON.stringify(logger.lines)).not.toContain('SECRET-TOKEN');
  });

  it('records a failed delivery when the SMTP server is down, without failing the caller', async () => {
    const logger = memoryLogger();
    const closedPort = await freePort();
    const mailer = createMailer({ db: database.db, logger, smtpUrl: `smtp://127.0.0.1:${closedPort}`, publicUrl: 'https://portal.example.com' });
    const sent = await mailer.send(resetMail('https://www.jansen.nl/#kp-reset=SECRET-TOKEN-failed'));
    expect(sent.status).toBe('failed');
    const row = await database.db.selectFrom('emails').selectAll().where('id', '=', sent.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('failed');
    expect(row.error).toMatch(/ECONNREFUSED|connect/i);
    expect(logger.lines.some((line) => line.level === 'warn' && line.emailId === sent.id)).toBe(true);
  });

  it('prepares a mail with afterAnswer only after the caller went on, logs a failure in it, and idle() waits for it', async () => {
    const logger = memoryLogger();
    const mailer = createMailer({ db: database.db, logger, smtpUrl: undefined, publicUrl: 'http://127.0.0.1:8787' });
    const order: string[] = [];
    mailer.afterAnswer('reset', async () => {
      order.push('prepared');
      mailer.sendLater(resetMail('https://www.jansen.nl/#kp-reset=after'));
    });
    mailer.afterAnswer('magic', async () => {
      throw new Error('database gone for anna@example.nl');
    });
    order.push('answered');
    await mailer.idle();
    expect(order).toEqual(['answered', 'prepared']);
    expect(logger.lines.filter((line) => line.msg === 'mail kept for the demo mailbox (no SMTP_URL)')).toHaveLength(1);
    expect(logger.lines).toContainEqual(expect.objectContaining({ level: 'error', msg: 'mail could not be prepared', what: 'magic', error: 'database gone for a***@example.nl' }));
  });

  it('sends in the background with sendLater, and idle() waits until it is recorded', async () => {
    const mailer = createMailer({ db: database.db, logger: memoryLogger(), smtpUrl: `smtp://127.0.0.1:${smtpPort}`, publicUrl: 'https://portal.example.com' });
    const before = received.length;
    mailer.sendLater(resetMail('https://www.jansen.nl/#kp-reset=later'));
    await mailer.idle();
    expect(received).toHaveLength(before + 1);
    expect(received[before]!.from).toBe('no-reply@portal.example.com');
  });
});

describe('account mail texts', () => {
  const input = { portalName: 'Jansen & Zn', contactName: '<script>alert(1)</script> "Piet"', link: 'https://x.nl/#kp-invite=a&b', expiresAt: '2026-12-06T09:00:00.000Z' };

  it('escape names and links in the HTML part and leave the plain-text part readable', () => {
    const mail = renderAccountMail('invite', 'nl', input);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;Piet&quot;');
    expect(mail.html).toContain('Jansen &amp; Zn');
    expect(mail.html).toContain('href="https://x.nl/#kp-invite=a&amp;b"');
    expect(mail.text).toContain('Beste <script>alert(1)</script> "Piet",');
    expect(mail.text).toContain('https://x.nl/#kp-invite=a&b');
  });

  it('exist in Dutch and English for invite, magic link and reset, with the expiry in Dutch time', () => {
    expect(renderAccountMail('invite', 'nl', input).subject).toBe('Uitnodiging voor het klantportaal van Jansen & Zn');
    expect(renderAccountMail('invite', 'en', input).subject).toBe('Your invitation to the Jansen & Zn customer portal');
    expect(renderAccountMail('magic', 'nl', input).subject).toBe('Inloggen bij Jansen & Zn');
    expect(renderAccountMail('magic', 'en', input).subject).toBe('Sign in to Jansen & Zn');
    expect(renderAccountMail('reset', 'nl', input).text).toContain('tot 6 december 2026 om 10:00');
    expect(renderAccountMail('reset', 'en', input).text).toContain('until 6 December 2026 at 10:00');
    expect(renderAccountMail('invite', 'en', { ...input, invitedBy: 'Karin' }).text).toContain('Karin invites you');
  });
});
