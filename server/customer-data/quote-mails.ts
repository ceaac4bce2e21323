// What is mailed once a customer answers a quote in the portal: the contact who answered gets a confirmation (on
// acceptance with the quote's number, total, name and time, and its PDF attached when it has one), and on acceptance the business hears of it at its
// notification address. Sent after the answer is committed; a mail that cannot be prepared never fails the answer.
import { safeFilename } from '../files/download.js';
import { fileContent } from '../files/store.js';
import type { Deps } from '../http/env.js';
import type { MailAttachment } from '../mail/mailer.js';
import { formatExpiry, renderLinkMail, type Locale, type Wording } from '../mail/templates.js';
import type { PortalSettings } from '../portals/settings.js';
import { formatAmount, portalRecordLink } from './record-mails.js';

export interface DecidedQuote {
  id: string;
  externalId: string;
  customerExternalId: string;
  customerName: string;
  number: string;
  title: string;
  totalCents: number;
  currency: string;
  hasPdf: boolean;
  decidedAt: string;
  decision: { outcome: 'accepted'; signedName: string } | { outcome: 'declined'; reason: string | null };
  /** Whether a drawn signature is kept with the acceptance. */
  signed: boolean;
}

export interface DecisionContext {
  tenantId: string;
  portalId: string;
  contactId: string;
  settings: PortalSettings;
}

const automatic = (locale: Locale, portalName: string) =>
  locale === 'nl' ? `Dit bericht is automatisch verstuurd door het klantportaal van ${portalName}.` : `This message was sent automatically by the customer portal of ${portalName}.`;

export function quoteAcceptedWords(quote: DecidedQuote, signedName: string, locale: Locale, recipientName: string, portalName: string): Wording {
  const amount = formatAmount(quote.totalCents, quote.currency, locale);
  const at = formatExpiry(quote.decidedAt, locale);
  return locale === 'nl'
    ? {
        subject: `Bevestiging: offerte ${quote.number} geaccepteerd`,
        greeting: `Beste ${recipientName},`,
        paragraphs: [
          `U heeft offerte ${quote.number} (${quote.title}) geaccepteerd op ${at}, als ${signedName}${quote.signed ? ', met uw handtekening' : ''}.`,
          `Totaal inclusief btw: ${amount}.`,
          quote.hasPdf ? 'De offerte zit als PDF bij deze mail om te bewaren, en staat ook in het klantportaal.' : 'De offerte staat in het klantportaal, met alle regels.',
          'Wij nemen contact met u op om het werk in te plannen.',
        ],
        button: 'Offerte bekijken',
        validity: 'Heeft u deze offerte niet geaccepteerd? Neem dan direct contact met ons op.',
        ignore: automatic(locale, portalName),
      }
    : {
        subject: `Confirmation: quote ${quote.number} accepted`,
        greeting: `Dear ${recipientName},`,
        paragraphs: [
          `You accepted quote ${quote.number} (${quote.title}) on ${at}, as ${signedName}${quote.signed ? ', with your signature' : ''}.`,
          `Total including VAT: ${amount}.`,
          quote.hasPdf ? 'The quote is attached to this mail as a PDF to keep, and is in the customer portal too.' : 'The quote is in the customer portal, with all its lines.',
          'We will get in touch to plan the work.',
        ],
        button: 'View the quote',
        validity: 'Did you not accept this quote? Then get in touch with us straight away.',
        ignore: automatic(locale, portalName),
      };
}

export function quoteDeclinedWords(quote: DecidedQuote, locale: Locale, recipientName: string, portalName: string): Wording {
  const at = formatExpiry(quote.decidedAt, locale);
  return locale === 'nl'
    ? {
        subject: `Bevestiging: offerte ${quote.number} afgewezen`,
        greeting: `Beste ${recipientName},`,
        paragraphs: [`U heeft offerte ${quote.number} (${quote.title}) afgewezen op ${at}. Bedankt voor uw reactie.`, 'Toch interesse, of een vraag over de offerte? Neem gerust contact met ons op.'],
        button: 'Offerte bekijken',
        validity: 'Heeft u deze offerte niet afgewezen? Neem dan contact met ons op.',
        ignore: automatic(locale, portalName),
      }
    : {
        subject: `Confirmation: quote ${quote.number} declined`,
        greeting: `Dear ${recipientName},`,
        paragraphs: [`You declined quote ${quote.number} (${quote.title}) on ${at}. Thank you for letting us know.`, 'Still interested, or a question about the quote? Do get in touch.'],
        button: 'View the quote',
        validity: 'Did you not decline this quote? Then get in touch with us.',
        ignore: automatic(locale, portalName),
      };
}

export function businessAcceptedWords(quote: DecidedQuote, signedName: string, contactEmail: string, locale: Locale, portalName: string): Wording {
  const amount = formatAmount(quote.totalCents, quote.currency, locale);
  const at = formatExpiry(quote.decidedAt, locale);
  return locale === 'nl'
    ? {
        subject: `Offerte ${quote.number} geaccepteerd door ${quote.customerName}`,
        greeting: 'Goed nieuws,',
        paragraphs: [
          `${quote.customerName} heeft offerte ${quote.number} (${quote.title}) geaccepteerd in het klantportaal.`,
          `Totaal inclusief btw: ${amount}.`,
          `Geaccepteerd door ${signedName} (${contactEmail}) op ${at}${quote.signed ? ', met een getekende handtekening' : ''}.`,
        ],
        button: 'Offerte openen in de console',
        validity: 'Naam, tijd en adres van de acceptatie staan bij de offerte en in het auditlog.',
        ignore: automatic(locale, portalName),
      }
    : {
        subject: `Quote ${quote.number} accepted by ${quote.customerName}`,
        greeting: 'Good news,',
        paragraphs: [
          `${quote.customerName} accepted quote ${quote.number} (${quote.title}) in the customer portal.`,
          `Total including VAT: ${amount}.`,
          `Accepted by ${signedName} (${contactEmail}) on ${at}${quote.signed ? ', with a drawn signature' : ''}.`,
        ],
        button: 'Open the quote in the console',
        validity: 'The name, time and address of the acceptance are kept with the quote and in the audit trail.',
        ignore: automatic(locale, portalName),
      };
}

/** The quote's page in the console, where staff see the acceptance and the signature. */
export function consoleQuoteLink(publicUrl: string, quote: Pick<DecidedQuote, 'customerExternalId' | 'externalId'>): string {
  return `${publicUrl}/console#/customers/${encodeURIComponent(quote.customerExternalId)}/quotes/${encodeURIComponent(quote.externalId)}`;
}

/** The quote's PDF as a mail attachment, named like its download in the portal; none when the quote has no PDF. */
async function quotePdfAttachment(deps: Deps, tenantId: string, quote: DecidedQuote, locale: Locale): Promise<MailAttachment[]> {
  if (!quote.hasPdf) return [];
  const row = await deps.db.selectFrom('quotes').select('pdf_file_id').where('tenant_id', '=', tenantId).where('id', '=', quote.id).executeTakeFirst();
  const file = row?.pdf_file_id ? await fileContent(deps.db, tenantId, row.pdf_file_id) : undefined;
  if (!file) return [];
  return [{ filename: safeFilename(`${locale === 'en' ? 'quote' : 'offerte'} ${quote.number}.pdf`), content: file.data, contentType: file.contentType }];
}

/** Mails the contact who answered and, on acceptance, the business; a failure is logged, never the answer's. */
export async function mailQuoteDecision(deps: Deps, context: DecisionContext, quote: DecidedQuote): Promise<void> {
  const { settings, tenantId, portalId } = context;
  try {
    const contact = await deps.db
      .selectFrom('contacts')
      .select(['email', 'name', 'locale'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', context.contactId)
      .where('status', '=', 'active')
      .executeTakeFirst();
    const accepted = quote.decision.outcome === 'accepted' ? quote.decision.signedName : null;
    // Without a page to open the portal on, the mail's button would lead nowhere (the new-quote mail is skipped alike).
    if (contact && settings.homeUrl) {
      const locale = contact.locale ?? settings.locale;
      const words = accepted !== null ? quoteAcceptedWords(quote, accepted, locale, contact.name, settings.name) : quoteDeclinedWords(quote, locale, contact.name, settings.name);
      const rendered = renderLinkMail(words, locale, portalRecordLink(settings.homeUrl, `quotes/${quote.id}`), settings.name);
      const attachments = accepted !== null ? await quotePdfAttachment(deps, tenantId, quote, locale) : [];
      deps.mailer.sendLater({ tenantId, portalId, to: contact.email, fromName: settings.name, kind: accepted !== null ? 'quote_accepted' : 'quote_declined', locale, ...rendered, attachments });
    }
    const business = settings.notifications.newRequestEmail;
    if (accepted !== null && business) {
      const locale = settings.locale;
      const words = businessAcceptedWords(quote, accepted, contact?.email ?? '', locale, settings.name);
      const rendered = renderLinkMail(words, locale, consoleQuoteLink(deps.config.publicUrl, quote), settings.name);
      deps.mailer.sendLater({ tenantId, portalId, to: business, fromName: settings.name, kind: 'quote_accepted_business', locale, ...rendered });
    }
  } catch (error) {
    deps.logger.error('quote mail could not be prepared', { quote: quote.id, error: error instanceof Error ? error.message : String(error) });
  }
}
