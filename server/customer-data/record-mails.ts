// What a customer hears by mail of the records the business publishes, when the portal's notification settings ask
// for it: a new invoice, a new quote, a work order's new status. Told once a write is committed, and only by the write
// that created the record (or changed the status), so one record never mails twice.
import type { Kysely } from 'kysely';
import { readMailPreferences, type MailKind } from '../customers/mail-preferences.js';
import type { Database } from '../db/schema.js';
import type { WorkOrderStatus } from '../db/tables/customer-data.js';
import type { Deps } from '../http/env.js';
import { formatExpiry, renderLinkMail, type Locale, type Wording } from '../mail/templates.js';
import { readPortalSettings, type PortalSettings } from '../portals/settings.js';

/** Recipients of one mail: more contacts than this for one customer are not a household but a mailing list. */
const maxRecipients = 50;

type Setting = keyof Pick<PortalSettings['notifications']['customerEmails'], 'newInvoice' | 'newQuote' | 'statusChanged'>;

/** The portal's setting says whether the business sends it at all; each contact's own choice whether they get it. */
const contactChoice: Record<Setting, MailKind> = { newInvoice: 'newInvoices', newQuote: 'newQuotes', statusChanged: 'workOrderPlanning' };

export interface RecordMail {
  tenantId: string;
  customerId: string;
  setting: Setting;
  /** The portal section the record is shown in: no mail while the portal does not show it. */
  feature: 'invoices' | 'quotes' | 'workOrders';
  /** The widget's view of the record, opened from the mail's button: `invoices/inv_…`. */
  view: string;
  /** What `emails.kind` records. */
  kind: string;
  /** Whether this portal shows the record at all (a work order in a status it hides does not exist for the customer). */
  shown?: (settings: PortalSettings) => boolean;
  words(locale: Locale, recipientName: string, portalName: string): Wording;
}

/** A record belongs to no portal: its mails go out under the business's first portal, as a work order's messages do. */
async function firstPortal(db: Kysely<Database>, tenantId: string) {
  return db.selectFrom('portals').select(['id', 'settings']).where('tenant_id', '=', tenantId).orderBy('created_at').orderBy('id').executeTakeFirst();
}

function activeContacts(db: Kysely<Database>, tenantId: string, customerId: string) {
  return db
    .selectFrom('contacts')
    .select(['email', 'name', 'locale', 'mail_preferences'])
    .where('tenant_id', '=', tenantId)
    .where('customer_id', '=', customerId)
    .where('status', '=', 'active')
    .orderBy('created_at')
    .orderBy('id')
    .limit(maxRecipients)
    .execute();
}

/**
 * The address of the record in the portal: the business site's page with the widget's view in its hash
 * (`#kp/requests/req_…`). The widget opens that view at once, or right after the customer has signed in.
 */
export function portalRecordLink(homeUrl: string, view: string): string {
  const url = new URL(homeUrl);
  url.hash = `kp/${view}`;
  return url.toString();
}

/** Mails each active contact of the customer in their own language; a failure is logged, never the write's. */
export async function mailRecordToCustomer(deps: Deps, mail: RecordMail): Promise<void> {
  try {
    const portal = await firstPortal(deps.db, mail.tenantId);
    if (!portal) return;
    const settings = readPortalSettings(portal.settings);
    // Without a page to open the portal on, the mail's button would lead nowhere (invites are refused alike).
    if (!settings.enabled || !settings.homeUrl || !settings.notifications.customerEmails[mail.setting] || !settings.features[mail.feature]) return;
    if (mail.shown && !mail.shown(settings)) return;
    const link = portalRecordLink(settings.homeUrl, mail.view);
    for (const contact of await activeContacts(deps.db, mail.tenantId, mail.customerId)) {
      if (!readMailPreferences(contact.mail_preferences)[contactChoice[mail.setting]]) continue;
      const locale = contact.locale ?? settings.locale;
      const rendered = renderLinkMail(mail.words(locale, contact.name, settings.name), locale, link, settings.name);
      deps.mailer.sendLater({ tenantId: mail.tenantId, portalId: portal.id, to: contact.email, fromName: settings.name, kind: mail.kind, locale, ...rendered });
    }
  } catch (error) {
    deps.logger.error('record mail could not be prepared', { kind: mail.kind, error: error instanceof Error ? error.message : String(error) });
  }
}

export function formatAmount(cents: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency }).format(cents / 100);
}

/** A calendar date (YYYY-MM-DD) written out: "14 januari 2027". */
export function formatDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

const automatic = (locale: Locale, portalName: string) =>
  locale === 'nl' ? `Dit bericht is automatisch verstuurd door het klantportaal van ${portalName}.` : `This message was sent automatically by the customer portal of ${portalName}.`;

export interface InvoiceMailInput {
  number: string;
  totalCents: number;
  currency: string;
  dueDate: string;
}

export function newInvoiceWords(invoice: InvoiceMailInput) {
  return (locale: Locale, name: string, portalName: string): Wording => {
    const amount = formatAmount(invoice.totalCents, invoice.currency, locale);
    const due = formatDate(invoice.dueDate, locale);
    return locale === 'nl'
      ? {
          subject: `Nieuwe factuur ${invoice.number} van ${portalName}`,
          greeting: `Beste ${name},`,
          paragraphs: [`Er staat een nieuwe factuur voor u klaar in het klantportaal: factuur ${invoice.number} van ${amount}.`],
          button: 'Factuur bekijken',
          validity: `Te betalen uiterlijk ${due}.`,
          ignore: automatic(locale, portalName),
        }
      : {
          subject: `New invoice ${invoice.number} from ${portalName}`,
          greeting: `Dear ${name},`,
          paragraphs: [`A new invoice is ready for you in the customer portal: invoice ${invoice.number} for ${amount}.`],
          button: 'View the invoice',
          validity: `Due by ${due}.`,
          ignore: automatic(locale, portalName),
        };
  };
}

export interface QuoteMailInput {
  number: string;
  title: string;
  totalCents: number;
  currency: string;
  validUntil: string | null;
}

export function newQuoteWords(quote: QuoteMailInput) {
  return (locale: Locale, name: string, portalName: string): Wording => {
    const amount = formatAmount(quote.totalCents, quote.currency, locale);
    const until = quote.validUntil ? formatDate(quote.validUntil, locale) : null;
    return locale === 'nl'
      ? {
          subject: `Nieuwe offerte ${quote.number}: ${quote.title}`,
          greeting: `Beste ${name},`,
          paragraphs: [
            `Er staat een nieuwe offerte voor u klaar in het klantportaal: ${quote.title} (${quote.number}), ${amount}.`,
            'U kunt de offerte daar bekijken en accepteren of afwijzen.',
          ],
          button: 'Offerte bekijken',
          validity: until ? `De offerte is geldig tot en met ${until}.` : 'Vragen over de offerte? Neem gerust contact met ons op.',
          ignore: automatic(locale, portalName),
        }
      : {
          subject: `New quote ${quote.number}: ${quote.title}`,
          greeting: `Dear ${name},`,
          paragraphs: [`A new quote is ready for you in the customer portal: ${quote.title} (${quote.number}), ${amount}.`, 'You can view it there and accept or decline it.'],
          button: 'View the quote',
          validity: until ? `The quote is valid until ${until}.` : 'Questions about the quote? Do get in touch.',
          ignore: automatic(locale, portalName),
        };
  };
}

const workOrderStatusNames: Record<Locale, Record<WorkOrderStatus, string>> = {
  nl: { open: 'open', planned: 'ingepland', in_progress: 'in uitvoering', completed: 'afgerond', cancelled: 'geannuleerd' },
  en: { open: 'open', planned: 'planned', in_progress: 'in progress', completed: 'completed', cancelled: 'cancelled' },
};

export interface WorkOrderMailInput {
  number: string;
  status: WorkOrderStatus;
  /** The business's own name for the stage, shown instead of the status. */
  statusLabel: string | null;
  plannedStart: string | null;
}

export function workOrderStatusWords(workOrder: WorkOrderMailInput) {
  return (locale: Locale, name: string, portalName: string): Wording => {
    const status = workOrder.statusLabel ?? workOrderStatusNames[locale][workOrder.status];
    const planned = workOrder.status === 'planned' && workOrder.plannedStart ? formatExpiry(workOrder.plannedStart, locale) : null;
    return locale === 'nl'
      ? {
          subject: `Werkbon ${workOrder.number}: ${status}`,
          greeting: `Beste ${name},`,
          paragraphs: [`De status van werkbon ${workOrder.number} is nu: ${status}.`],
          button: 'Werkbon bekijken',
          validity: planned ? `Gepland op ${planned}.` : 'In het klantportaal ziet u elke stap van het werk.',
          ignore: automatic(locale, portalName),
        }
      : {
          subject: `Work order ${workOrder.number}: ${status}`,
          greeting: `Dear ${name},`,
          paragraphs: [`The status of work order ${workOrder.number} is now: ${status}.`],
          button: 'View the work order',
          validity: planned ? `Planned for ${planned}.` : 'The customer portal shows every step of the work.',
          ignore: automatic(locale, portalName),
        };
  };
}
