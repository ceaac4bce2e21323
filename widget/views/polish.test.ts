import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { setLocale } from '../i18n/localization.js';
import { mockApi, page, type MockApi } from '../test-support/mock-api.js';
import { lineTable } from './line-table.js';
import { PortalView } from './portal-view.js';
import './requests-view.js';
import './request-form-view.js';
import type { RequestsView } from './requests-view.js';
import { mountView, serviceRequest, text } from './view-fixtures.js';

/** WCAG relative luminance of an `rgb(…)` colour. */
function luminance(color: string): number {
  const [r, g, b] = color.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map((value) => {
    const channel = value / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

class LinesUnderTest extends LitElement {
  static override styles = PortalView.styles;
  override render() {
    const lines = [
      { description: 'Remeha Tzerra Ace 28c combiketel inclusief rookgasafvoer en montagebeugel', quantity: 1, unitPriceCents: 935000, vatRate: 21 },
      { description: 'Warmtepompboilerinstallatiewerkzaamheden', quantity: 12.5, unitPriceCents: 6500, vatRate: 9 },
    ];
    return html`<div class="card">${lineTable(lines, { caption: 'Regels', currency: 'EUR', locale: 'nl', totalCents: 1131350 })}</div>`;
  }
}
customElements.define('kp-lines-under-test', LinesUnderTest);

describe('phone polish', () => {
  let api: MockApi | undefined;
  const start = location.href;
  afterEach(async () => {
    api?.restore();
    history.replaceState(null, '', start);
    await setLocale('nl');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('keeps the quote table within 320 px, without a horizontal scroll', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="width: 320px; container-type: inline-size"><kp-lines-under-test></kp-lines-under-test></div>`);
    const table = holder.querySelector('kp-lines-under-test')!.shadowRoot!.querySelector('table')!;
    expect(table.scrollWidth).to.be.at.most(320);
    expect(holder.scrollWidth).to.be.at.most(320);
  });

  it('keeps the selected filter chip readable while the pointer is on it', async () => {
    api = mockApi({ 'GET /requests': () => page([serviceRequest()]) });
    const view = await mountView<RequestsView>('kp-requests-view');
    const chip = await waitUntil(() => view.shadowRoot!.querySelector<HTMLButtonElement>('[part="filter"][aria-pressed="true"]'), 'the chips').then(
      () => view.shadowRoot!.querySelector<HTMLButtonElement>('[part="filter"][aria-pressed="true"]')!,
    );
    const box = chip.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    expect(chip.matches(':hover')).to.equal(true);
    const style = getComputedStyle(chip);
    expect(contrast(style.color, style.backgroundColor)).to.be.at.least(4.5);
  });

  it('returns to the filtered list on Back', async () => {
    api = mockApi({ 'GET /requests': () => page([serviceRequest()]) });
    const first = await mountView<RequestsView>('kp-requests-view');
    await waitUntil(() => first.shadowRoot!.querySelectorAll('[part="filter"]').length === 3, 'the chips');
    first.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="filter"]')[1]!.click();
    await first.updateComplete;
    history.pushState({ kpView: 'requests/req_1' }, '', '#kp/requests/req_1');
    const back = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    history.back();
    await back;
    const again = await mountView<RequestsView>('kp-requests-view');
    await waitUntil(() => again.shadowRoot!.querySelector('[part="filter"][aria-pressed="true"]'), 'the chips again');
    expect(text(again.shadowRoot!.querySelector('[part="filter"][aria-pressed="true"]'))).to.equal('Afgehandeld');
    await waitUntil(() => api!.calls.some((call, index) => index > 1 && call.path.includes('status=closed')), 'the filtered list loaded');
  });

  it('counts photos not yet sent in the right form, in Dutch and English', async () => {
    const view = document.createElement('kp-request-form-view');
    const render = (missing: number) => {
      const draft = { photos: Array.from({ length: missing }, (_, index) => new File(['x'], `${index}.jpg`)), uploaded: new Set<File>(), created: { id: 'req_1', reference: 'KP-1' } };
      return (view as unknown as { renderPhotosPending(draft: unknown, failure: unknown): unknown }).renderPhotosPending(draft, new Error('Down'));
    };
    const shown = async (missing: number) => {
      const holder = await fixture<HTMLDivElement>(html`<div>${render(missing)}</div>`);
      return holder.textContent!.replace(/\s+/g, ' ');
    };
    expect(await shown(1)).to.contain('1 foto is nog niet verstuurd');
    expect(await shown(2)).to.contain("2 foto's zijn nog niet verstuurd");
    await setLocale('en');
    expect(await shown(1)).to.contain('1 photo has not been sent yet');
    expect(await shown(2)).to.contain('2 photos have not been sent yet');
  });

  it('keeps references on one line', async () => {
    api = mockApi({ 'GET /requests': () => page([serviceRequest({ reference: 'WB-2026-0088' })]) });
    const holder = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const view = await mountView<RequestsView>('kp-requests-view');
    holder.append(view);
    const ref = await waitUntil(() => view.shadowRoot!.querySelector('.ref'), 'the reference').then(() => view.shadowRoot!.querySelector<HTMLElement>('.ref')!);
    expect(getComputedStyle(ref).whiteSpace).to.equal('nowrap');
    expect(ref.getClientRects()).to.have.length(1);
  });
});

