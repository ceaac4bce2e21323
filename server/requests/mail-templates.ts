// The mails about requests and conversations, in Dutch and English, as plain text and HTML.
import type { RequestStatus } from '../db/tables/requests.js';
import { escapeHtml, type Locale, type RenderedMail } from '../mail/templates.js';

export const statusLabels: Record<Locale, Record<RequestStatus, string>> = {
  nl: { submitted: 'ingediend', in_review: 'in behandeling', accepted: 'geaccepteerd', rejected: 'afgewezen', cancelled: 'geannuleerd' },
  en: { submitted: 'submitted', in_review: 'in review', accepted: 'accepted', rejected: 'declined', cancelled: 'cancelled' },
};

interface Layout {
  locale: Locale;
  subject: string;
  paragraphs: string[];
  /** Label and value rows, such as the fields of a request. */
  facts?: [string, string][];
  /** A quoted text: the message itself. */
  quote?: string;
  link?: { label: string; url: string } | null;
  signature: string;
}

function render(layout: Layout): RenderedMail {
  const text = [
    ...layout.paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...(layout.quote ? [...layout.quote.split('\n').map((line) => `> ${line}`), ''] : []),
    ...(layout.facts?.length ? [...layout.facts.map(([label, value]) => `${label}: ${value}`), ''] : []),
    ...(layout.link ? [`${layout.link.label}: ${layout.link.url}`, ''] : []),
    layout.signature,
    '',
  ].join('\n');
  const muted = 'color:#57606a';
  const html = `<!doctype html>
<html lang="${layout.locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(layout.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2328">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:32px">
${layout.paragraphs.map((paragraph) => `<p style="margin:0 0 16px">${escapeHtml(paragraph)}</p>`).join('\n')}
${layout.quote ? `<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #d0d7de;white-space:pre-line">${escapeHtml(layout.quote)}</blockquote>` : ''}
${
  layout.facts?.length
    ? `<table style="border-collapse:collapse;margin:0 0 16px">${layout.facts
        .map(([label, value]) => `<tr><th style="text-align:left;vertical-align:top;padding:2px 16px 2px 0;${muted};font-weight:normal">${escapeHtml(label)}</th><td style="padding:2px 0;white-space:pre-line">${escapeHtml(value)}</td></tr>`)
        .join('')}</table>`
    : ''
}
${layout.link ? `<p style="margin:24px 0"><a href="${escapeHtml(layout.link.url)}" style="display:inline-block;background:#0b5cad;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:bold">${escapeHtml(layout.link.label)}</a></p>` : ''}
<p style="margin:0;font-size:13px;${muted}">${escapeHtml(layout.signature)}</p>
</div>
</body>
</html>
`;
  return { subject: layout.subject, text, html };
}

/** The button to the request itself: its view in the portal, or for a guest the page that follows it. */
const requestButton = (locale: Locale, url: string | null, guest: boolean) =>
  url ? { label: guest ? (locale === 'nl' ? 'Uw aanvraag volgen' : 'Follow your request') : locale === 'nl' ? 'Aanvraag bekijken' : 'View your request', url } : null;

export interface StatusMailInput {
  portalName: string;
  recipientName: string;
  reference: string;
  status: RequestStatus;
  note: string | null;
  /** The request's view in the portal, or a guest's follow link; null when the portal names no page. */
  link: string | null;
  guest: boolean;
}

export function renderStatusMail(locale: Locale, input: StatusMailInput): RenderedMail {
  const status = statusLabels[locale][input.status];
  const nl = locale === 'nl';
  const explanation: Partial<Record<RequestStatus, string>> = nl
    ? { in_review: 'We bekijken uw aanvraag en nemen zo nodig contact met u op.', accepted: 'We plannen het werk in; u ziet de werkbon in het klantportaal.' }
    : { in_review: 'We are looking at your request and will contact you if needed.', accepted: 'We are scheduling the work; you will find the work order in the customer portal.' };
  return render({
    locale,
    subject: nl ? `Uw aanvraag ${input.reference} is ${status}` : `Your request ${input.reference} is ${status}`,
    paragraphs: [
      nl ? `Beste ${input.recipientName},` : `Dear ${input.recipientName},`,
      nl ? `Uw aanvraag ${input.reference} is ${status}.` : `Your request ${input.reference} is ${status}.`,
      ...(explanation[input.status] ? [explanation[input.status]!] : []),
    ],
    ...(input.note ? { quote: input.note } : {}),
    link: requestButton(locale, input.link, input.guest),
    signature: input.portalName,
  });
}

export interface MessageMailInput {
  portalName: string;
  recipientName: string;
  /** "aanvraag KP-7F3K2Q" / "request KP-7F3K2Q" or the work order's number. */
  thread: { kind: 'request' | 'work_order'; label: string };
  authorName: string;
  body: string;
  /** Where the button leads: the thread's own view in the portal (the request or the work order). */
  portalUrl: string | null;
}

export function renderMessageMail(locale: Locale, input: MessageMailInput): RenderedMail {
  const nl = locale === 'nl';
  const about = nl
    ? `${input.thread.kind === 'request' ? 'uw aanvraag' : 'werkbon'} ${input.thread.label}`
    : `${input.thread.kind === 'request' ? 'your request' : 'work order'} ${input.thread.label}`;
  return render({
    locale,
    subject: nl ? `Nieuw bericht over ${about}` : `New message about ${about}`,
    paragraphs: [
      nl ? `Beste ${input.recipientName},` : `Dear ${input.recipientName},`,
      nl ? `${input.authorName} schreef over ${about}:` : `${input.authorName} wrote about ${about}:`,
    ],
    quote: input.body,
    link: input.portalUrl
      ? { label: input.thread.kind === 'request' ? (nl ? 'Aanvraag bekijken' : 'View your request') : nl ? 'Werkbon bekijken' : 'View the work order', url: input.portalUrl }
      : null,
    signature: input.portalName,
  });
}

export interface NewRequestMailInput {
  portalName: string;
  reference: string;
  workTypeLabel: string;
  from: string;
  facts: [string, string][];
  attachments: { filename: string; contentType: string; size: number }[];
  requestId: string;
}

const kilobytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

export function renderNewRequestMail(locale: Locale, input: NewRequestMailInput): RenderedMail {
  const nl = locale === 'nl';
  const files = input.attachments.length
    ? input.attachments.map((file) => `${file.filename} (${file.contentType}, ${kilobytes(file.size)})`).join('\n')
    : nl
      ? 'geen'
      : 'none';
  return render({
    locale,
    subject: nl ? `Nieuwe aanvraag ${input.reference}: ${input.workTypeLabel} — ${input.from}` : `New request ${input.reference}: ${input.workTypeLabel} — ${input.from}`,
    paragraphs: [
      nl ? `Er is een nieuwe aanvraag binnengekomen via het klantportaal ${input.portalName}.` : `A new request came in through the customer portal ${input.portalName}.`,
      nl
        ? `De bijlagen en het hele verzoek staan in de back-office-API: GET /api/v1/admin/requests/${input.requestId}`
        : `The attachments and the whole request are in the back-office API: GET /api/v1/admin/requests/${input.requestId}`,
    ],
    facts: [...input.facts, [nl ? 'Bijlagen' : 'Attachments', files]],
    signature: input.portalName,
  });
}

export interface ReceivedMailInput {
  portalName: string;
  recipientName: string;
  reference: string;
  workTypeLabel: string;
  description: string;
  /** Written out already: "14 januari 2027 (ochtend)". */
  preferredDate: string | null;
  photoCount: number;
  /** The request's view in the portal, or a guest's follow link; null when the portal names no page. */
  link: string | null;
  guest: boolean;
}

/** The first few lines of what the customer wrote, enough to recognise it. */
export function firstLines(text: string, lines = 3, characters = 280): string {
  const kept = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  let summary = kept.slice(0, lines).join('\n');
  if (summary.length > characters) summary = `${summary.slice(0, characters).trimEnd()}…`;
  else if (kept.length > lines) summary = `${summary}…`;
  return summary;
}

/** The customer's receipt: their request came in, what it was about, and where to find it. */
export function renderReceivedMail(locale: Locale, input: ReceivedMailInput): RenderedMail {
  const nl = locale === 'nl';
  const facts: [string, string][] = [
    [nl ? 'Referentie' : 'Reference', input.reference],
    [nl ? 'Soort werk' : 'Work type', input.workTypeLabel],
    [nl ? 'Omschrijving' : 'Description', firstLines(input.description)],
  ];
  if (input.preferredDate) facts.push([nl ? 'Voorkeursdatum' : 'Preferred date', input.preferredDate]);
  if (input.photoCount > 0) facts.push([nl ? 'Bijlagen' : 'Attachments', String(input.photoCount)]);
  const next = input.guest
    ? nl
      ? 'Wat er nu gebeurt: we bekijken uw aanvraag en nemen per mail of telefoon contact met u op, om een afspraak te maken of als we nog iets willen weten.'
      : 'What happens next: we look at your request and get in touch by mail or phone, to make an appointment or if we need to know more.'
    : nl
      ? 'We bekijken uw aanvraag en laten het u weten zodra er iets verandert. In het klantportaal ziet u steeds hoe het ermee staat.'
      : 'We will look at your request and let you know as soon as anything changes. The customer portal always shows where it stands.';
  const follow =
    input.guest && input.link
      ? [
          nl
            ? 'Met de knop hieronder volgt u uw aanvraag zonder account. De link werkt 90 dagen; stuur hem niet door, want wie hem heeft ziet de status.'
            : 'The button below lets you follow your request without an account. The link works for 90 days; do not pass it on: whoever has it can see the status.',
        ]
      : [];
  return render({
    locale,
    subject: nl ? `We hebben uw aanvraag ontvangen (${input.reference})` : `We have received your request (${input.reference})`,
    paragraphs: [
      nl ? `Beste ${input.recipientName},` : `Dear ${input.recipientName},`,
      nl
        ? `Bedankt voor uw aanvraag. We hebben hem goed ontvangen onder referentie ${input.reference}; noem die als u ons belt.`
        : `Thank you for your request. We have received it under reference ${input.reference}; please quote it when you call us.`,
      next,
      ...follow,
    ],
    facts,
    link: requestButton(locale, input.link, input.guest),
    signature: input.portalName,
  });
}
