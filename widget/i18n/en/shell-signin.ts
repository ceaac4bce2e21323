// English texts of the shell: sign-in, accepting an invite, and a guest following their request.
import type { TemplateResult } from 'lit';
import { str, type StrResult } from '@lit/localize';

export const templates: Record<string, string | StrResult | TemplateResult> = {
  'auth.throttled.reset': 'Send me a link to choose a new password',
  'auth.invite.for': 'This account is for',
  'auth.expired.invite': 'This invitation has expired or was already used. Activated already? Then simply sign in. If not, ask the business or a colleague for a new one.',
  'auth.follow.loading': 'Loading your request…',
  'auth.follow.gone': 'The link to follow your request has expired or is incomplete. A link works for 90 days, and until a month after the request was closed.',
  'auth.follow.goneNext': 'Do you have a newer email about this request? Use the link in it. Or contact the business and quote the reference from your email.',
  'auth.follow.title': 'Your request',
  'auth.follow.failed': 'Your request could not be loaded.',
  'auth.follow.workType': 'Work type',
  'auth.follow.submitted': 'Submitted',
  'auth.follow.steps': 'Progress',
  'auth.follow.messages': str`Messages from ${0}`,
  'auth.follow.noMessages': 'No messages yet. We will contact you by email or phone.',
  'auth.follow.privacy': str`Only visible with the link from your email; it works until ${0}. Do not pass the link on.`,
};
