// The work address a customer added with a request: the business accepts it as a work address, or declines it.
import type { ConsoleClient } from './console-client.js';
import type { AdminRequestDetail } from './types.js';

export type ProposalDecision = 'accept' | 'decline';

export function decideProposedAddress(client: ConsoleClient, requestId: string, decision: ProposalDecision): Promise<AdminRequestDetail> {
  return client.request('POST', `/admin/requests/${encodeURIComponent(requestId)}/proposed-address`, { decision });
}
