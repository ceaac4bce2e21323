// English texts of the shell: the frame and navigation.
import type { TemplateResult } from 'lit';
import { str, type StrResult } from '@lit/localize';

export const templates: Record<string, string | StrResult | TemplateResult> = {
  'auth.guest.uploading': str`Sending photo ${0} of ${1}…`,
  'auth.guest.photosFailed.one': '1 photo was not sent.',
  'auth.guest.photosFailed.other': str`${0} photos were not sent.`,
  'auth.guest.retryPhotos': 'Send the photos again',
  'auth.guest.checkAbove': 'Check the marked fields above.',
  'auth.guest.photoRequired': 'Add at least one photo.',
};
