import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, find, type, visibleText, waitForText } from '../../shell-fixtures.js';
import { errorResponse, never, type MockApi } from '../../test-support/mock-api.js';
import { setLocale } from '../../i18n/localization.js';
import { ConsoleClient } from '../api/console-client.js';
import { useConsoleEnglish } from '../i18n/texts.js';
import { admin, consoleApi } from '../test-support/console-mock.js';
import './customer-privacy.js';
import type { CustomerPrivacy } from './customer-privacy.js';

useConsoleEnglish();

let api: MockApi;
afterEach(async () => {
  api.restore();
  await setLocale('nl');
});

const customer = { externalId: 'DEB 7', name: 'Garage Smit' };

async function mount(): Promise<CustomerPrivacy> {
  const element = await fixture<CustomerPrivacy>(html`<kp-customer-privacy .client=${new ConsoleClient()} .customer=${customer} locale="nl"></kp-customer-privacy>`);
  await element.updateComplete;
  return element;
}

describe('<kp-customer-privacy>', () => {
  it('links to the export zip and keeps the erasure behind a button', async () => {
    api = consoleApi();
    const element = await mount();
    expect(find<HTMLAnchorElement>(element, '[part="export"]')!.getAttribute('href')).to.equal('/api/v1/admin/customers/DEB%207/export');
    expect(find(element, '[part="confirm-name"]')).to.equal(undefined);
    await expect(element).to.be.accessible();
  });

  it('erases only after the name is typed, says what goes and stays, then announces it and goes to the customers', async () => {
    api = consoleApi({ [`DELETE ${admin}/customers/:id`]: () => new Response(null, { status: 204 }) });
    const element = await mount();
    const events: string[] = [];
    element.addEventListener('kp-console-announce', (event) => events.push(`announce:${(event as CustomEvent<{ message: string }>).detail.message}`));
    element.addEventListener('kp-console-navigate', (event) => events.push(`navigate:${(event as CustomEvent<{ path: string }>).detail.path}`));
    find<HTMLButtonElement>(element, '[part="erase"]')!.click();
    await element.updateComplete;
    expect(visibleText(element)).to.contain('Wat verdwijnt').and.contain('Wat blijft').and.contain('[gewist]');
    expect(deepActiveElement()?.id).to.equal('erase-name');
    const confirm = find<HTMLButtonElement>(element, '[part="confirm-erase"]')!;
    type(find<HTMLInputElement>(element, '[part="confirm-name"]'), 'Garage');
    await element.updateComplete;
    expect(confirm.disabled).to.equal(true);
    await expect(element).to.be.accessible();
    type(find<HTMLInputElement>(element, '[part="confirm-name"]'), 'garage smit');
    await element.updateComplete;
    expect(confirm.disabled).to.equal(false);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => events.length === 2, 'no announcement and navigation');
    expect(events).to.deep.equal(['announce:Garage Smit is gewist.', 'navigate:customers']);
    const call = api.calls.find((entry) => entry.method === 'DELETE')!;
    expect(call.path).to.equal(`${admin}/customers/DEB%207?confirm=DEB%207`);
  });

  it('shows that it is erasing, and why it failed', async () => {
    api = consoleApi({ [`DELETE ${admin}/customers/:id`]: never });
    const element = await mount();
    find<HTMLButtonElement>(element, '[part="erase"]')!.click();
    await element.updateComplete;
    type(find<HTMLInputElement>(element, '[part="confirm-name"]'), 'Garage Smit');
    await element.updateComplete;
    find<HTMLButtonElement>(element, '[part="confirm-erase"]')!.click();
    await waitForText(element, 'Bezig met wissen');
    api.restore();
    api = consoleApi({ [`DELETE ${admin}/customers/:id`]: () => errorResponse(500, 'internal', 'boom') });
    const second = await mount();
    find<HTMLButtonElement>(second, '[part="erase"]')!.click();
    await second.updateComplete;
    type(find<HTMLInputElement>(second, '[part="confirm-name"]'), 'Garage Smit');
    await second.updateComplete;
    find<HTMLButtonElement>(second, '[part="confirm-erase"]')!.click();
    await waitUntil(() => find(second, '.notice.error[role="alert"]'), 'no error');
  });

  it('closes the confirmation with Escape and gives focus back to the button', async () => {
    api = consoleApi();
    const element = await mount();
    find<HTMLButtonElement>(element, '[part="erase"]')!.click();
    await element.updateComplete;
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(find(element, '[part="confirm-name"]')).to.equal(undefined);
    expect(deepActiveElement()?.getAttribute('part')).to.equal('erase');
  });

  it('is English on an English page', async () => {
    await setLocale('en');
    api = consoleApi();
    const element = await mount();
    expect(visibleText(element)).to.contain('Download data').and.contain('Erase customer');
  });
});
