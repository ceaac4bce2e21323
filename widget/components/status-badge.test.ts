import { expect, fixture, html } from '@open-wc/testing';
import { setLocale } from '../i18n/localization.js';
import './status-badge.js';
import type { StatusBadge } from './status-badge.js';

describe('<kp-status-badge>', () => {
  afterEach(() => setLocale('nl'));

  it('names the status in words, with a colour by meaning', async () => {
    const badge = await fixture<StatusBadge>(html`<kp-status-badge kind="invoice" status="overdue"></kp-status-badge>`);
    const pill = badge.shadowRoot!.querySelector('[part="badge"]')!;
    expect(pill.textContent).to.equal('Te laat');
    expect(pill.getAttribute('data-tone')).to.equal('danger');
    await expect(badge).to.be.accessible();
  });

  it("shows the business's own label for a work order stage", async () => {
    const badge = await fixture<StatusBadge>(html`<kp-status-badge kind="workOrder" status="in_progress" label="Monteur onderweg"></kp-status-badge>`);
    expect(badge.shadowRoot!.textContent).to.contain('Monteur onderweg');
  });

  it('follows a locale switch, and shows an unknown status as sent', async () => {
    const badge = await fixture<StatusBadge>(html`<kp-status-badge kind="quote" status="expired"></kp-status-badge>`);
    await setLocale('en');
    await badge.updateComplete;
    expect(badge.shadowRoot!.textContent).to.contain('Expired');
    badge.status = 'on_hold';
    await badge.updateComplete;
    expect(badge.shadowRoot!.textContent).to.contain('on hold');
  });

  it('in English shows the standard status, with the business’s Dutch label beside it', async () => {
    await setLocale('en');
    const badge = await fixture<StatusBadge>(html`<kp-status-badge kind="workOrder" status="in_progress" label="Monteur onderweg"></kp-status-badge>`);
    expect(badge.shadowRoot!.querySelector('[part="badge"]')!.textContent).to.equal('In progress');
    const label = badge.shadowRoot!.querySelector('[part="business-label"]')!;
    expect(label.textContent).to.equal('Monteur onderweg');
    expect(label.getAttribute('lang')).to.equal('nl');
    await expect(badge).to.be.accessible();
    await setLocale('nl');
    await badge.updateComplete;
    expect(badge.shadowRoot!.querySelector('[part="badge"]')!.textContent).to.equal('Monteur onderweg');
    expect(badge.shadowRoot!.querySelector('[part="business-label"]')).to.equal(null);
  });
});
