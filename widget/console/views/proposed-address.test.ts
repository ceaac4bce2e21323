import { expect, waitUntil } from '@open-wc/testing';
import { find, visibleText, waitFor, waitForText } from '../../shell-fixtures.js';
import { errorResponse, type MockApi } from '../../test-support/mock-api.js';
import { admin, consoleApi, mountConsoleView } from '../test-support/console-mock.js';
import * as fx from '../test-support/fixtures.js';
import './request-view.js';
import type { RequestView } from './request-view.js';

let api: MockApi;
afterEach(() => api.restore());

const proposedLocation = { id: 'loc_9', externalId: 'proposed-KP-7F3K2Q', street: 'Nieuwe Gracht', houseNumber: '7', postalCode: '3512 LK', city: 'Utrecht', proposal: 'proposed' as const };
const withProposal = (proposal: 'proposed' | 'declined' | null) => fx.requestDetail({ location: { ...proposedLocation, proposal } });

describe('an address the customer proposed, in <kp-request-view>', () => {
  it('is marked "Voorgesteld door de klant" beside the address, and staff take it on as a work address', async () => {
    api = consoleApi({
      [`GET ${admin}/requests/:id`]: () => withProposal('proposed'),
      [`POST ${admin}/requests/:id/proposed-address`]: () => withProposal(null),
    });
    const { view } = await mountConsoleView<RequestView>('kp-request-view', { requestId: 'req_1' });
    await waitForText(view, 'Voorgesteld door de klant');
    await expect(view).to.be.accessible();
    const accept = await waitFor<HTMLButtonElement>(view, '[part="accept-address"]');
    accept.focus();
    accept.click();
    await waitUntil(() => !visibleText(view).includes('Voorgesteld door de klant'), 'no longer proposed');
    const call = api.calls.find((candidate) => candidate.path.endsWith('/proposed-address'))!;
    expect(call.body).to.deep.equal({ decision: 'accept' });
  });

  it('shows why a decision failed, beside its buttons', async () => {
    api = consoleApi({
      [`GET ${admin}/requests/:id`]: () => withProposal('proposed'),
      [`POST ${admin}/requests/:id/proposed-address`]: () => errorResponse(409, 'conflict', 'This request has no address proposed by the customer waiting for a decision.'),
    });
    const { view } = await mountConsoleView<RequestView>('kp-request-view', { requestId: 'req_1' });
    (await waitFor<HTMLButtonElement>(view, '[part="decline-address"]')).click();
    await waitFor(view, 'kp-proposed-address [role="alert"]');
  });

  it('says so when it was declined', async () => {
    api = consoleApi({ [`GET ${admin}/requests/:id`]: () => withProposal('declined') });
    const { view } = await mountConsoleView<RequestView>('kp-request-view', { requestId: 'req_1' });
    await waitForText(view, 'niet overgenomen');
    expect(find(view, '[part="accept-address"]')).to.equal(undefined);
  });

  it('is not shown for one of the customer’s own addresses', async () => {
    api = consoleApi({ [`GET ${admin}/requests/:id`]: () => withProposal(null) });
    const { view } = await mountConsoleView<RequestView>('kp-request-view', { requestId: 'req_1' });
    await waitForText(view, 'Nieuwe Gracht');
    expect(find(view, '[part="proposal"]')).to.equal(undefined);
  });
});
