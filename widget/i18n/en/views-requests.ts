// English texts of the views: requests, photos and messages after sending.
import type { TemplateResult } from 'lit';
import { str, type StrResult } from '@lit/localize';

export const templates: Record<string, string | StrResult | TemplateResult> = {
  'views.photos.hint.one': 'One photo, for example of the appliance, its type plate or the error message.',
  'views.photos.hint.other': str`At most ${0} photos, for example of the appliance, its type plate or the error message.`,
  'views.files.hint.one': 'One photo or PDF, for example of the display or a receipt.',
  'views.files.hint.other': str`At most ${0} photos or PDFs, for example of the display or a receipt.`,
  'views.photos.count.one': str`1 photo chosen, at most ${0}`,
  'views.photos.count.other': str`${0} photos chosen, at most ${1}`,
  'views.files.count.one': str`1 file chosen, at most ${0}`,
  'views.files.count.other': str`${0} files chosen, at most ${1}`,
  'views.photos.tooMany.one': str`You can add at most ${0} files; 1 was not added.`,
  'views.photos.tooMany.other': str`You can add at most ${0} files; ${1} were not added.`,
  'views.photos.tooLarge': str`${0} is larger than 10 MB.`,
  'views.files.unreadable': str`${0} is not a photo or PDF we can read.`,
  'views.files.choose': 'Choose photos or PDFs',
  'views.messages.files': 'Attachments',
  'views.messages.photo': str`Photo ${0} with the message`,
  'views.messages.attach': 'Photos or PDFs to send along',
  'views.messages.uploading': str`Sending file ${0} of ${1}…`,
  'views.request.address': 'Work address',
  'views.request.addFilesTitle': 'Add photos',
  'views.request.addFilesLabel': 'Photos or PDFs',
  'views.request.addFilesSend': 'Add to the request',
  'views.request.uploading': str`Sending file ${0} of ${1}…`,
  'views.request.filesAdded.one': 'The file has been added.',
  'views.request.filesAdded.other': str`${0} files have been added.`,
  'views.request.filesClosed': 'This request is closed: photos can no longer be added. Send them with a message if needed.',
  'views.request.filesFull': str`This request has the maximum of ${0} files. Send more photos with a message.`,
};
