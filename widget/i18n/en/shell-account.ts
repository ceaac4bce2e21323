// English texts of the shell: the account view and mail choices.
import type { TemplateResult } from 'lit';
import type { StrResult } from '@lit/localize';

export const templates: Record<string, string | StrResult | TemplateResult> = {
  'account.access': 'Who has access',
  'account.accessIntro':
    'Who may use this portal: people in your household, colleagues or anyone else you give access. Administrators can also invite people themselves and change their access.',
  'account.accessList': 'Who has access',
  'account.accessEmpty': 'Only you have access so far. Invite someone below.',
  'account.inviteSomeone': 'Invite someone',
  'account.roleHintAnyone': 'An administrator can invite others and change their access.',
  'account.mails.title': 'Mail',
  'account.mails.legend': 'Send me an email about',
  'account.mails.requestUpdates': 'My requests',
  'account.mails.requestUpdatesHint': 'A confirmation when a request has come in, and every next step.',
  'account.mails.messages': 'Messages from the business',
  'account.mails.messagesHint': 'An answer or a question about a request or work order.',
  'account.mails.workOrders': 'Work order planning',
  'account.mails.workOrdersHint': 'When the work is scheduled, and every next step.',
  'account.mails.quotes': 'New quotes',
  'account.mails.quotesHint': 'When a quote is ready for you.',
  'account.mails.invoices': 'New invoices',
  'account.mails.invoicesHint': 'When an invoice is ready for you.',
  'account.mails.always': 'Emails about your account itself, such as a sign-in link or a new password, are always sent.',
  'account.mails.save': 'Save choice',
  'account.mails.saved': 'Your choice has been saved.',
  'account.mails.loading': 'Loading your choice…',
  'account.mails.loadFailed': 'Your choice could not be loaded.',
};
