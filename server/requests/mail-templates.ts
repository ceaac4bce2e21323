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

const portalLink = (locale: Locale, url: string | null) => (url ? { label: locale === 'nl' ? 'Naar het klantportaal' : 'Open the customer portal', url } : null);

export interface StatusMailInput {
  portalName: string;
  recipientName: string;
  reference: string;
  status: RequestStatus;
  note: string | null;
  portalUrl: string | null;
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
    link: portalLink(locale, input.portalUrl),
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
    link: portalLink(locale, input.portalUrl),
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
