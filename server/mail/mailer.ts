// Outgoing mail: through SMTP (SMTP_URL) when configured, otherwise logged and kept in the `emails` table for the
// demo mailbox. Every mail gets a row; a failing SMTP server marks it failed and never fails the request that sent it.
import { createTransport } from 'nodemailer';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { EmailsTable } from '../db/tables/accounts.js';
import { newId, nowIso } from '../db/ids.js';
import type { Logger } from '../http/logger.js';
import { escapeHtml } from './templates.js';

export interface OutgoingMail {
  tenantId: string | null;
  portalId: string | null;
  to: string;
  /** Shown as the sender's name: the business's portal. */
  fromName: string;
  /** What the mail is for: `invite`, `magic`, `reset`, … */
  kind: string;
  locale: 'nl' | 'en';
  subject: string;
  text: string;
  html: string;
  /**
   * Parts of the mail that act as credentials (one-time links). They never reach a log line; once SMTP has the mail,
   * the copy kept in the database has them blanked out, so a database reader cannot use them.
   */
  secrets?: string[];
  /** Files sent with the mail (a quote's PDF); the copy kept in the database names them under its text. */
  attachments?: MailAttachment[];
}

export interface MailAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

export interface SentMail {
  id: string;
  status: EmailsTable['status'];
}

export interface Mailer {
  /** Sends (or keeps) the mail; resolves once the outcome is recorded. Never rejects for a delivery failure. */
  send(mail: OutgoingMail): Promise<SentMail>;
  /**
   * Sends in the background, so the request answers at once and as fast whether or not a mail went out (timing
   * would otherwise tell which email addresses have an account).
   */
  sendLater(mail: OutgoingMail): void;
  /**
   * Runs `prepare` once the current request has answered (looking up a recipient, issuing a token, the audit entry)
   * and the mail it sends with it: the answer's timing then cannot tell whether there was anything to prepare.
   * A failure is logged under `what`; idle() waits for it too.
   */
  afterAnswer(what: string, prepare: () => Promise<void>): void;
  /** Resolves when no mail is in flight: before closing the database, and in tests. */
  idle(): Promise<void>;
}

export interface MailerOptions {
  db: Kysely<Database>;
  logger: Logger;
  /** smtp://user:pass@host:port; `?from=no-reply@example.com` sets the sender address. Unset: keep mail instead. */
  smtpUrl: string | undefined;
  /** Used for the default sender address no-reply@<host>. */
  publicUrl: string;
}

const redacted = '[link removed]';

function blank(value: string, secrets: string[]): string {
  let result = value;
  for (const secret of secrets) if (secret) result = result.replaceAll(secret, redacted);
  return result;
}

/** An address as a log may show it: `j***@example.com`. Logs keep no one's full address. */
export function maskedAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 1) return '***';
  return `${address[0]}***${address.slice(at)}`;
}

/** A text (an SMTP server's error) with every address in it masked. */
function withAddressesMasked(text: string): string {
  return text.replace(/[^\s<>"',;:()[\]]+@[^\s<>"',;:()[\]]+/g, (address) => maskedAddress(address));
}

/** The kept copy's bodies with a line naming each attachment, so the demo mailbox shows what was attached. */
function withAttachmentNames(body: { text: string; html: string }, mail: OutgoingMail): { text: string; html: string } {
  const names = (mail.attachments ?? []).map((attachment) => attachment.filename);
  if (names.length === 0) return body;
  const line = `${mail.locale === 'nl' ? 'Bijlagen' : 'Attachments'}: ${names.join(', ')}`;
  return { text: `${body.text}\n\n${line}\n`, html: `${body.html}\n<p>${escapeHtml(line)}</p>\n` };
}

export function smtpSettings(smtpUrl: string, publicUrl: string): { url: string; from: string } {
  const url = new URL(smtpUrl);
  const from = url.searchParams.get('from');
  url.searchParams.delete('from');
  const host = new URL(publicUrl).hostname;
  const defaultDomain = host.includes('.') && !/^[\d.]+$/.test(host) ? host : 'localhost.localdomain';
  return { url: url.toString(), from: from ?? `no-reply@${defaultDomain}` };
}

export function createMailer(options: MailerOptions): Mailer {
  const { db, logger } = options;
  const smtp = options.smtpUrl ? smtpSettings(options.smtpUrl, options.publicUrl) : undefined;
  const transport = smtp
    ? createTransport({ url: smtp.url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 })
    : undefined;
  const inFlight = new Set<Promise<unknown>>();

  async function send(mail: OutgoingMail): Promise<SentMail> {
    const id = newId('eml');
    const secrets = mail.secrets ?? [];
    const kept = withAttachmentNames(transport ? { text: blank(mail.text, secrets), html: blank(mail.html, secrets) } : { text: mail.text, html: mail.html }, mail);
    await db
      .insertInto('emails')
      .values({
        id,
        tenant_id: mail.tenantId,
        portal_id: mail.portalId,
        to_address: mail.to,
        subject: mail.subject,
        text_body: kept.text,
        html_body: kept.html,
        kind: mail.kind,
        locale: mail.locale,
        status: transport ? 'queued' : 'logged',
        error: null,
        created_at: nowIso(),
        sent_at: null,
      })
      .execute();
    if (!transport || !smtp) {
      // The subject and body may name people and their business: the log gets neither, only the kept mail's id.
      logger.info('mail kept for the demo mailbox (no SMTP_URL)', { emailId: id, kind: mail.kind, to: maskedAddress(mail.to) });
      return { id, status: 'logged' };
    }
    try {
      await transport.sendMail({
        from: { name: mail.fromName, address: smtp.from },
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        ...(mail.attachments?.length ? { attachments: mail.attachments.map(({ filename, content, contentType }) => ({ filename, content, contentType })) } : {}),
      });
      await db.updateTable('emails').set({ status: 'sent', sent_at: nowIso() }).where('id', '=', id).execute();
      logger.info('mail sent', { emailId: id, kind: mail.kind });
      return { id, status: 'sent' };
    } catch (error) {
      const message = blank(error instanceof Error ? error.message : String(error), secrets).slice(0, 500);
      await db.updateTable('emails').set({ status: 'failed', error: message }).where('id', '=', id).execute();
      logger.warn('mail could not be sent', { emailId: id, kind: mail.kind, error: withAddressesMasked(message) });
      return { id, status: 'failed' };
    }
  }

  function track<T>(promise: Promise<T>): Promise<T> {
    inFlight.add(promise);
    void promise.finally(() => inFlight.delete(promise)).catch(() => {});
    return promise;
  }

  return {
    send: (mail) => track(send(mail)),
    sendLater(mail) {
      track(send(mail)).catch((error: unknown) => {
        logger.error('mail could not be recorded', { kind: mail.kind, error: error instanceof Error ? error.message : String(error) });
      });
    },
    afterAnswer(what, prepare) {
      track(new Promise<void>((resolve) => setImmediate(resolve)).then(prepare)).catch((error: unknown) => {
        logger.error('mail could not be prepared', { what, error: withAddressesMasked(error instanceof Error ? error.message : String(error)) });
      });
    },
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
