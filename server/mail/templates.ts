// The account mails (invite, magic link, password reset) in Dutch and English, as plain text and as HTML.
export type Locale = 'nl' | 'en';
export type AccountMailKind = 'invite' | 'magic' | 'reset';

export interface AccountMailInput {
  portalName: string;
  contactName: string;
  link: string;
  /** When the link stops working; written out in the mail's language. */
  expiresAt: string;
  /** Who sent the invite, when a colleague did. */
  invitedBy?: string | null;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** What a mail with one link says: the layout around it is the same for every such mail. */
export interface Wording {
  subject: string;
  greeting: string;
  paragraphs: string[];
  button: string;
  validity: string;
  ignore: string;
}

export function formatExpiry(expiresAt: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(expiresAt));
}

function wording(kind: AccountMailKind, locale: Locale, input: AccountMailInput): Wording {
  const { portalName: portal, contactName: name } = input;
  const until = formatExpiry(input.expiresAt, locale);
  if (locale === 'nl') {
    switch (kind) {
      case 'invite':
        return {
          subject: `Uitnodiging voor het klantportaal van ${portal}`,
          greeting: `Beste ${name},`,
          paragraphs: [
            input.invitedBy
              ? `${input.invitedBy} nodigt u uit voor het klantportaal van ${portal}.`
              : `U bent uitgenodigd voor het klantportaal van ${portal}.`,
            'Daar dient u aanvragen in en volgt u uw werkbonnen, offertes en facturen.',
          ],
          button: 'Uitnodiging accepteren',
          validity: `Deze link werkt één keer, tot ${until}.`,
          ignore: 'Verwachtte u deze uitnodiging niet? Dan kunt u deze e-mail negeren.',
        };
      case 'magic':
        return {
          subject: `Inloggen bij ${portal}`,
          greeting: `Beste ${name},`,
          paragraphs: [`Met de knop hieronder logt u in op het klantportaal van ${portal}, zonder wachtwoord.`],
          button: 'Inloggen',
          validity: `Deze link werkt één keer, tot ${until}.`,
          ignore: 'Heeft u niet gevraagd om in te loggen? Dan kunt u deze e-mail negeren; er verandert niets.',
        };
      case 'reset':
        return {
          subject: `Nieuw wachtwoord voor ${portal}`,
          greeting: `Beste ${name},`,
          paragraphs: [`U heeft gevraagd om een nieuw wachtwoord voor het klantportaal van ${portal}.`],
          button: 'Nieuw wachtwoord kiezen',
          validity: `Deze link werkt één keer, tot ${until}.`,
          ignore: 'Heeft u dit niet gevraagd? Dan kunt u deze e-mail negeren; uw wachtwoord blijft hetzelfde.',
        };
    }
  }
  switch (kind) {
    case 'invite':
      return {
        subject: `Your invitation to the ${portal} customer portal`,
        greeting: `Dear ${name},`,
        paragraphs: [
          input.invitedBy
            ? `${input.invitedBy} invites you to the customer portal of ${portal}.`
            : `You have been invited to the customer portal of ${portal}.`,
          'There you can submit requests and follow your work orders, quotes and invoices.',
        ],
        button: 'Accept the invitation',
        validity: `This link works once, until ${until}.`,
        ignore: 'Not expecting this invitation? Then you can ignore this email.',
      };
    case 'magic':
      return {
        subject: `Sign in to ${portal}`,
        greeting: `Dear ${name},`,
        paragraphs: [`Use the button below to sign in to the customer portal of ${portal}, without a password.`],
        button: 'Sign in',
        validity: `This link works once, until ${until}.`,
        ignore: 'Did not ask to sign in? Then you can ignore this email; nothing changes.',
      };
    case 'reset':
      return {
        subject: `A new password for ${portal}`,
        greeting: `Dear ${name},`,
        paragraphs: [`You asked for a new password for the customer portal of ${portal}.`],
        button: 'Choose a new password',
        validity: `This link works once, until ${until}.`,
        ignore: 'Did not ask for this? Then you can ignore this email; your password stays the same.',
      };
  }
}

export function renderAccountMail(kind: AccountMailKind, locale: Locale, input: AccountMailInput): RenderedMail {
  return renderLinkMail(wording(kind, locale, input), locale, input.link, input.portalName);
}

/** A mail with one link as its button, as plain text and HTML, signed with `signature` (the sender's name). */
export function renderLinkMail(words: Wording, locale: Locale, link: string, signature: string): RenderedMail {
  const text = [words.greeting, '', ...words.paragraphs, '', `${words.button}:`, link, '', words.validity, words.ignore, '', signature, ''].join('\n');
  const paragraph = (value: string) => `<p style="margin:0 0 16px">${escapeHtml(value)}</p>`;
  const html = `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(words.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2328">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:32px">
${paragraph(words.greeting)}
${words.paragraphs.map(paragraph).join('\n')}
<p style="margin:24px 0"><a href="${escapeHtml(link)}" style="display:inline-block;background:#0b5cad;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:bold">${escapeHtml(words.button)}</a></p>
<p style="margin:0 0 16px;font-size:13px;color:#57606a">${escapeHtml(words.validity)}<br>${escapeHtml(words.ignore)}</p>
<p style="margin:0;font-size:13px;color:#57606a">${escapeHtml(signature)}</p>
</div>
</body>
</html>
`;
  return { subject: words.subject, text, html };
}
