// English texts of the console: a work address a customer proposed with a request.
import type { TemplateResult } from 'lit';
import type { StrResult } from '@lit/localize';

export const templates: Record<string, string | StrResult | TemplateResult> = {
  'console.proposal.tag': 'Proposed by the customer',
  'console.proposal.declinedTag': 'Proposed by the customer, not taken on',
  'console.proposal.accept': 'Take on as work address',
  'console.proposal.decline': 'Don’t take on',
  'console.proposal.accepted': 'The address is now one of the customer’s addresses.',
  'console.proposal.declined': 'The address was not taken on.',
};
