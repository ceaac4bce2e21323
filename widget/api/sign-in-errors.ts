// The API's error codes turned into sentences a customer can act on, in the widget's language: those the sign-in
// screens can meet, part of the entry. errors.ts, which views import, adds those of uploads and the account.
import { msg, str } from '@lit/localize';
import { PortalApiError } from './client.js';

/** A message for the whole form or screen: what went wrong and what to do now. */
export function describeError(error: unknown): string {
  if (!(error instanceof PortalApiError)) {
    return msg('Er ging iets mis. Probeer het opnieuw.', { id: 'errors.unknown' });
  }
  switch (error.code) {
    case 'network':
      return msg('Geen verbinding met de server. Controleer uw internetverbinding en probeer het opnieuw.', { id: 'errors.network' });
    case 'origin_not_allowed':
      return msg('Het klantportaal is op deze website nog niet ingeschakeld. Probeer het later nog eens, of neem contact op met het bedrijf.', { id: 'errors.originNotAllowed' });
    case 'rate_limited':
      return rateLimited(error.retryAfter);
    case 'validation_failed':
      return msg('Niet alles is goed ingevuld. Controleer de gemarkeerde velden.', { id: 'errors.validation' });
    case 'unauthorized':
      return msg('U bent niet (meer) ingelogd. Log opnieuw in.', { id: 'errors.unauthorized' });
    case 'forbidden':
      return msg('U heeft geen toegang tot dit onderdeel.', { id: 'errors.forbidden' });
    case 'feature_disabled':
      return msg('Dit onderdeel is niet beschikbaar in dit portaal.', { id: 'errors.featureDisabled' });
    case 'not_found':
      return msg('Dit bestaat niet (meer), of het hoort niet bij uw account.', { id: 'errors.notFound' });
    case 'conflict':
      return msg('Dit is intussen gewijzigd. Laad de pagina opnieuw en probeer het nog eens.', { id: 'errors.conflict' });
    default:
      return error.status >= 500 || error.code === 'internal'
        ? msg('Er ging aan onze kant iets mis. Probeer het over een paar minuten opnieuw.', { id: 'errors.internal' })
        : msg('Er ging iets mis. Probeer het opnieuw.', { id: 'errors.unknown' });
  }
}

function rateLimited(seconds: number | null): string {
  if (seconds === null || seconds <= 0) {
    return msg('Te veel pogingen achter elkaar. Wacht even en probeer het dan opnieuw.', { id: 'errors.rateLimited' });
  }
  if (seconds < 60) {
    return msg(str`Te veel pogingen achter elkaar. Probeer het over ${seconds} seconden opnieuw.`, { id: 'errors.rateLimitedSeconds' });
  }
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1
    ? msg('Te veel pogingen achter elkaar. Probeer het over een minuut opnieuw.', { id: 'errors.rateLimitedMinute' })
    : msg(str`Te veel pogingen achter elkaar. Probeer het over ${minutes} minuten opnieuw.`, { id: 'errors.rateLimitedMinutes' });
}

/** The server's reason for refusing a field, in the customer's words. */
export function reasonText(reason: string | undefined): string {
  switch (reason) {
    case 'required':
      return msg('Dit veld is verplicht.', { id: 'shell.validate.required' });
    case 'too_short':
      return msg('Gebruik minstens 8 tekens.', { id: 'shell.validate.passwordShort' });
    case 'too_long':
      return msg('Gebruik hoogstens 128 tekens.', { id: 'shell.validate.passwordLong' });
    case 'too_common':
      return msg('Dit is een van de meest gebruikte wachtwoorden en dus makkelijk te raden. Kies een ander, bijvoorbeeld een paar woorden achter elkaar.', {
        id: 'errors.passwordTooCommon',
      });
    case 'too_weak':
      return msg('Dit wachtwoord is makkelijk te raden. Maak het langer, bijvoorbeeld met een paar woorden achter elkaar.', { id: 'errors.passwordTooWeak' });
    default:
      return msg('Controleer wat u hier heeft ingevuld.', { id: 'errors.checkField' });
  }
}

/**
 * The server's complaints about single fields, by field path (`email`, `address.postalCode`), for showing next to the
 * field. Only fields the form knows are returned; the rest belongs in the form's general message. The server's own
 * words are English developer text, so the customer sees the wording for its `reason` instead (`words`).
 */
export function fieldErrors(error: unknown, fields: readonly string[], words: (reason: string | undefined) => string = reasonText): Record<string, string> {
  const result: Record<string, string> = {};
  if (!(error instanceof PortalApiError)) return result;
  for (const detail of error.details) {
    const path = detail.path ?? '';
    const field = fields.find((name) => path === name || path.startsWith(`${name}.`));
    if (field && !result[field]) result[field] = words(detail.reason);
  }
  return result;
}

/** True when the API refused because the one-time link is unknown, used or expired. */
export function isExpiredLink(error: unknown): boolean {
  if (!(error instanceof PortalApiError)) return false;
  if (error.code === 'validation_failed') return error.details.some((detail) => detail.path === 'token');
  return error.status === 401 || error.status === 404 || error.status === 410 || error.code === 'conflict';
}
