// The API's error codes turned into sentences a customer can act on, in the widget's language: sign-in-errors.ts's,
// and those only views meet (uploads, the account's password).
import { msg } from '@lit/localize';
import { PortalApiError } from './client.js';
import { describeError as describeSignInError, fieldErrors as signInFieldErrors, reasonText as signInReasonText } from './sign-in-errors.js';

export { isExpiredLink } from './sign-in-errors.js';

/** A message for the whole form or screen: what went wrong and what to do now. */
export function describeError(error: unknown): string {
  switch (error instanceof PortalApiError && error.code) {
    case 'payload_too_large':
      return msg('Het bestand is te groot.', { id: 'errors.tooLarge' });
    case 'unsupported_media_type':
      return msg('Dit soort bestand wordt niet ondersteund.', { id: 'errors.unsupportedType' });
    default:
      return describeSignInError(error);
  }
}

/** The server's reason for refusing a field, in the customer's words. */
function reasonText(reason: string | undefined): string {
  switch (reason) {
    case 'wrong_password':
      return msg('Dit is niet uw huidige wachtwoord.', { id: 'account.currentPasswordWrong' });
    case 'no_password':
      return msg('Uw account heeft nog geen wachtwoord. Log uit en kies "Wachtwoord vergeten" om er een in te stellen.', { id: 'errors.noPassword' });
    default:
      return signInReasonText(reason);
  }
}

/**
 * The server's complaints about single fields, by field path (`email`, `address.postalCode`), for showing next to the
 * field. Only fields the form knows are returned; the rest belongs in the form's general message.
 */
export function fieldErrors(error: unknown, fields: readonly string[]): Record<string, string> {
  return signInFieldErrors(error, fields, reasonText);
}
