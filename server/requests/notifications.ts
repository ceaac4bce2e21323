// Mail about requests: the business hears of each new request (once the customer has finished adding photos) and the
// customer gets a receipt at that moment; the customer hears of status changes when the portal's settings ask for it.
// Each customer mail respects the contact's own choice of mails and links to the request itself (a guest's to the
// page that follows it). Message mail (messages/notifications.ts) shares the recipients and settings read here.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { ServiceRequest } from '../db/tables/requests.js';
import { nowIso } from '../db/ids.js';
import { formatDate, portalRecordLink } from '../customer-data/record-mails.js';
import { wantsMail, type MailKind } from '../customers/mail-preferences.js';
import type { Logger } from '../http/logger.js';
import type { Mailer } from '../mail/mailer.js';
import type { Locale } from '../mail/templates.js';
import { BackgroundLoop } from '../jobs/background-loop.js';
import { readPortalSettings, type PortalSettings } from '../portals/settings.js';
import { followLink, issueFollowToken } from './guest-follow.js';
import { renderNewRequestMail, renderReceivedMail, renderStatusMail, statusLabels } from './mail-templates.js';
import { attachmentsOf } from './repository.js';
import { loadAdminRequest } from './views.js';

export interface MailDeps {
  db: Kysely<Database>;
  mailer: Mailer;
  logger: Logger;
}

export interface Recipient {
  email: string;
  name: string;
  locale: Locale;
}

export async function portalSettings(db: Kysely<Database>, portalId: string): Promise<PortalSettings | undefined> {
  const row = await db.selectFrom('portals').select('settings').where('id', '=', portalId).executeTakeFirst();
  return row ? readPortalSettings(row.settings) : undefined;
}

/**
 * Whoever submitted the request: its contact while still active, or the guest. With `kind`, a contact who switched
 * that kind of mail off is no recipient.
 */
export async function requester(db: Kysely<Database>, request: ServiceRequest, kind?: MailKind): Promise<Recipient | undefined> {
  if (request.contact_id) {
    if (kind && !(await wantsMail(db, request.contact_id, kind))) return undefined;
    const contact = await db
      .selectFrom('contacts')
      .select(['email', 'name', 'locale'])
      .where('id', '=', request.contact_id)
      .where('status', '=', 'active')
      .executeTakeFirst();
    return contact ? { email: contact.email, name: contact.name, locale: contact.locale ?? request.locale } : undefined;
  }
  if (request.guest_email && request.guest_name) return { email: request.guest_email, name: request.guest_name, locale: request.locale };
  return undefined;
}

/** Where a mail about the request leads: its view in the portal, or for a guest a new link that follows it. */
export async function requestLink(db: Kysely<Database>, request: ServiceRequest, homeUrl: string | null): Promise<string | null> {
  if (!homeUrl) return null;
  if (request.contact_id) return portalRecordLink(homeUrl, `requests/${request.id}`);
  return followLink(homeUrl, await issueFollowToken(db, request));
}

/** Mail never fails the change it reports: that change is already committed. */
export async function safely(deps: MailDeps, what: string, send: () => Promise<void>): Promise<void> {
  try {
    await send();
  } catch (error) {
    deps.logger.error('request mail could not be prepared', { what, error: error instanceof Error ? error.message : String(error) });
  }
}

export function notifyStatusChange(deps: MailDeps, request: ServiceRequest, note: string | null): Promise<void> {
  return safely(deps, 'status', async () => {
    const settings = await portalSettings(deps.db, request.portal_id);
    if (!settings?.notifications.customerEmails.statusChanged) return;
    const to = await requester(deps.db, request, 'requestUpdates');
    if (!to) return;
    const mail = renderStatusMail(to.locale, {
      portalName: settings.name,
      recipientName: to.name,
      reference: request.reference,
      status: request.status,
      note,
      link: await requestLink(deps.db, request, settings.homeUrl),
      guest: !request.contact_id,
    });
    deps.mailer.sendLater({ tenantId: request.tenant_id, portalId: request.portal_id, to: to.email, fromName: settings.name, kind: 'request_status', locale: to.locale, ...mail });
  });
}

export interface NewRequestMailerOptions extends MailDeps {
  /** A request is mailed once it has been this long without a new photo: the customer has finished. */
  quietMs?: number;
  intervalMs?: number;
  now?: () => Date;
}

const partOfDayNames: Record<Locale, Record<'morning' | 'afternoon', string>> = {
  nl: { morning: 'ochtend', afternoon: 'middag' },
  en: { morning: 'morning', afternoon: 'afternoon' },
};

/** The requester's receipt, sent once with the business's mail about the same request. */
export async function sendReceipt(deps: MailDeps, request: ServiceRequest): Promise<void> {
  const settings = await portalSettings(deps.db, request.portal_id);
  if (!settings) return;
  const to = await requester(deps.db, request, 'requestUpdates');
  if (!to) return;
  const workType = settings.requestForm.workTypes.find((type) => type.id === request.work_type);
  const part = request.preferred_part_of_day && request.preferred_part_of_day !== 'any' ? ` (${partOfDayNames[to.locale][request.preferred_part_of_day]})` : '';
  const mail = renderReceivedMail(to.locale, {
    portalName: settings.name,
    recipientName: to.name,
    reference: request.reference,
    workTypeLabel: workType ? workType.label[to.locale] : request.work_type,
    description: request.description,
    preferredDate: request.preferred_date ? `${formatDate(request.preferred_date, to.locale)}${part}` : null,
    photoCount: (await attachmentsOf(deps.db, request.id)).length,
    link: await requestLink(deps.db, request, settings.homeUrl),
    guest: !request.contact_id,
  });
  deps.mailer.sendLater({ tenantId: request.tenant_id, portalId: request.portal_id, to: to.email, fromName: settings.name, kind: 'request_received', locale: to.locale, ...mail });
}

/**
 * Sends the portal's newRequestEmail one mail per request, listing its attachments, and the requester their receipt. Photos are uploaded after the
 * request is created, so the mail waits until the request has been quiet for a while. A claim on the request row
 * makes sure only one server process sends it.
 */
export class NewRequestMailer {
  readonly #deps: MailDeps;
  readonly #quietMs: number;
  readonly #now: () => Date;
  readonly #loop: BackgroundLoop;
  readonly #batchSize = 20;

  constructor(options: NewRequestMailerOptions) {
    this.#deps = { db: options.db, mailer: options.mailer, logger: options.logger };
    this.#quietMs = options.quietMs ?? 90_000;
    this.#now = options.now ?? (() => new Date());
    this.#loop = new BackgroundLoop('new request mail', async () => (await this.runOnce()) >= this.#batchSize, options.intervalMs ?? 15_000, options.logger);
  }

  start(): void {
    this.#loop.start();
  }

  stop(): Promise<void> {
    return this.#loop.stop();
  }

  /** Mails the requests that are due; answers how many were handled. */
  async runOnce(): Promise<number> {
    const { db } = this.#deps;
    const now = this.#now();
    const due = await db
      .selectFrom('requests')
      .selectAll()
      .where('business_notified_at', 'is', null)
      .where('updated_at', '<=', nowIso(new Date(now.getTime() - this.#quietMs)))
      .orderBy('updated_at')
      .limit(this.#batchSize)
      .execute();
    for (const request of due) {
      const claimed = await db
        .updateTable('requests')
        .set({ business_notified_at: nowIso(now) })
        .where('id', '=', request.id)
        .where('business_notified_at', 'is', null)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) continue;
      await safely(this.#deps, 'new request', () => this.#send(request));
      await safely(this.#deps, 'receipt', () => sendReceipt(this.#deps, request));
    }
    return due.length;
  }

  async #send(row: ServiceRequest): Promise<void> {
    const { db, mailer } = this.#deps;
    const settings = await portalSettings(db, row.portal_id);
    const to = settings?.notifications.newRequestEmail;
    if (!settings || !to) return;
    const locale = settings.locale;
    const nl = locale === 'nl';
    const request = await loadAdminRequest(db, row.tenant_id, row.id);
    const attachments = await attachmentsOf(db, row.id);
    const workType = settings.requestForm.workTypes.find((type) => type.id === request.workType);
    const workTypeLabel = workType ? workType.label[locale] : request.workType;
    const from = request.customer?.name ?? request.guest?.name ?? '';
    const facts: [string, string][] = [[nl ? 'Referentie' : 'Reference', request.reference]];
    if (request.customer) facts.push([nl ? 'Klant' : 'Customer', `${request.customer.name} (${request.customer.externalId})`]);
    if (request.contact) facts.push([nl ? 'Contactpersoon' : 'Contact', `${request.contact.name} <${request.contact.email}>`]);
    if (request.guest) {
      facts.push([nl ? 'Aanvrager (zonder account)' : 'Requester (no account)', `${request.guest.name} <${request.guest.email}>`]);
      const address = request.guest.address;
      if (address) facts.push([nl ? 'Adres' : 'Address', `${address.street} ${address.houseNumber}, ${address.postalCode} ${address.city}`]);
    }
    if (request.location) facts.push([nl ? 'Adres' : 'Address', `${request.location.street} ${request.location.houseNumber}, ${request.location.postalCode} ${request.location.city}`]);
    if (request.objectId) facts.push([nl ? 'Installatie' : 'Installation', request.objectId]);
    facts.push([nl ? 'Soort werk' : 'Work type', workTypeLabel]);
    facts.push([nl ? 'Omschrijving' : 'Description', request.description]);
    if (request.preferredDate) {
      const part = request.preferredPartOfDay && request.preferredPartOfDay !== 'any' ? ` (${request.preferredPartOfDay === 'morning' ? (nl ? 'ochtend' : 'morning') : nl ? 'middag' : 'afternoon'})` : '';
      facts.push([nl ? 'Voorkeursdatum' : 'Preferred date', `${request.preferredDate}${part}`]);
    }
    if (request.phone) facts.push([nl ? 'Telefoon' : 'Phone', request.phone]);
    if (request.checklist.length > 0) {
      const labels = request.checklist.map((id) => settings.requestForm.checklist.find((item) => item.id === id)?.label[locale] ?? id);
      facts.push([nl ? 'Aangevinkt' : 'Checked', labels.join('\n')]);
    }
    facts.push(['Status', statusLabels[locale][request.status]]);
    const mail = renderNewRequestMail(locale, {
      portalName: settings.name,
      reference: request.reference,
      workTypeLabel,
      from,
      facts,
      attachments: attachments.map((file) => ({ filename: file.filename, contentType: file.content_type, size: Number(file.size_bytes) })),
      requestId: request.id,
    });
    await mailer.send({ tenantId: row.tenant_id, portalId: row.portal_id, to, fromName: settings.name, kind: 'new_request', locale, ...mail });
  }
}
