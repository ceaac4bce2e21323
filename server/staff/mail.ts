// The mails staff get (an invite to the console, a password-reset link) in their language, Dutch by default.
import type { Deps } from '../http/env.js';
import { formatExpiry, renderLinkMail, type Locale, type RenderedMail, type Wording } from '../mail/templates.js';
import { staffLink, type StaffLinkPurpose } from './tokens.js';

export interface StaffMailInput {
  business: string;
  name: string;
  link: string;
  expiresAt: string;
  /** Who sent the invite, when a colleague did. */
  invitedBy?: string | null;
}

function wording(purpose: StaffLinkPurpose, locale: Locale, input: StaffMailInput): Wording {
  const { business, name } = input;
  const until = formatExpiry(input.expiresAt, locale);
  if (locale === 'nl') {
    return purpose === 'invite'
      ? {
          subject: `Uitnodiging voor de console van ${business}`,
          greeting: `Hallo ${name},`,
          paragraphs: [
            input.invitedBy ? `${input.invitedBy} nodigt je uit voor de console van ${business}.` : `Je bent uitgenodigd voor de console van ${business}.`,
            'Daar behandel je de aanvragen en berichten van klanten en beheer je het klantportaal.',
          ],
          button: 'Uitnodiging accepteren',
          validity: `Deze link werkt één keer, tot ${until}.`,
          ignore: 'Verwachtte je deze uitnodiging niet? Dan kun je deze e-mail negeren.',
        }
      : {
          subject: `Nieuw wachtwoord voor de console van ${business}`,
          greeting: `Hallo ${name},`,
          paragraphs: [`Je hebt gevraagd om een nieuw wachtwoord voor de console van ${business}.`],
          button: 'Nieuw wachtwoord kiezen',
          validity: `Deze link werkt één keer, tot ${until}.`,
          ignore: 'Heb je dit niet gevraagd? Dan kun je deze e-mail negeren; je wachtwoord blijft hetzelfde.',
        };
  }
  return purpose === 'invite'
    ? {
        subject: `Your invitation to the ${business} console`,
        greeting: `Hello ${name},`,
        paragraphs: [
          input.invitedBy ? `${input.invitedBy} invites you to the console of ${business}.` : `You have been invited to the console of ${business}.`,
          'There you handle customers’ requests and messages and run the customer portal.',
        ],
        button: 'Accept the invitation',
        validity: `This link works once, until ${until}.`,
        ignore: 'Not expecting this invitation? Then you can ignore this email.',
      }
    : {
        subject: `A new password for the ${business} console`,
        greeting: `Hello ${name},`,
        paragraphs: [`You asked for a new password for the console of ${business}.`],
        button: 'Choose a new password',
        validity: `This link works once, until ${until}.`,
        ignore: 'Did not ask for this? Then you can ignore this email; your password stays the same.',
      };
}

export function renderStaffMail(purpose: StaffLinkPurpose, locale: Locale, input: StaffMailInput): RenderedMail {
  return renderLinkMail(wording(purpose, locale, input), locale, input.link, input.business);
}

export interface StaffMailTarget {
  tenantId: string;
  business: string;
  staff: { email: string; name: string; locale: 'nl' | 'en' | null };
  purpose: StaffLinkPurpose;
  token: string;
  expiresAt: string;
  invitedBy?: string | null;
}

/** Sends a staff link in the background: the request neither waits for SMTP nor answers slower when a mail goes out. */
export function mailStaffLink(deps: Pick<Deps, 'mailer' | 'config'>, target: StaffMailTarget): void {
  const locale = target.staff.locale ?? 'nl';
  const link = staffLink(deps.config.publicUrl, target.purpose, target.token);
  const rendered = renderStaffMail(target.purpose, locale, {
    business: target.business,
    name: target.staff.name,
    link,
    expiresAt: target.expiresAt,
    invitedBy: target.invitedBy ?? null,
  });
  deps.mailer.sendLater({
    tenantId: target.tenantId,
    portalId: null,
    to: target.staff.email,
    fromName: target.business,
    kind: `staff_${target.purpose}`,
    locale,
    ...rendered,
    secrets: [link, target.token],
  });
}
