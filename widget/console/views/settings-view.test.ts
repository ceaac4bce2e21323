import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../klantportaal.js';
import { find, type, visibleText, waitFor, waitForText } from '../../shell-fixtures.js';
import { errorResponse, jsonResponse, never, page, type MockApi } from '../../test-support/mock-api.js';
import { admin, consoleApi, mountConsoleView } from '../test-support/console-mock.js';
import * as sx from '../test-support/settings-fixtures.js';
import type { PortalSettings } from '../api/settings.js';
import './settings-view.js';
import type { SettingsView } from './settings-view.js';

let api: MockApi;
afterEach(() => api.restore());

// The preview's widget tries to restore a customer's session; only the back office's calls count here.
const writes = () => api.calls.filter((call) => call.method !== 'GET' && !call.path.startsWith('/auth/'));
const mount = (portalSlug = '', width = 1300) => mountConsoleView<SettingsView>('kp-settings-view', { portalSlug }, width);
const check = (view: Element, selector: string) => {
  const box = find<HTMLInputElement>(view, selector)!;
  box.click();
};
const widget = (view: Element) => find<HTMLElement & { configOverride: { features: Record<string, boolean>; branding: { primaryColor: string }; requestForm: { requirePhoto: boolean } } }>(view, 'klant-portaal')!;

describe('<kp-settings-view>', () => {
  it('shows a loading state, then an error with a retry that loads', async () => {
    let fail = true;
    api = consoleApi({ [`GET ${admin}/portals`]: () => (fail ? errorResponse(500, 'internal', 'Stuk') : page([sx.portal()])) });
    const { view } = await mount();
    await waitForText(view, 'Opnieuw proberen');
    fail = false;
    find<HTMLButtonElement>(view, '.state button, [part~="retry"], button')!.click();
    await waitFor(view, '#name');
    expect(find<HTMLInputElement>(view, '#name')!.value).to.equal('Van der Berg Installatietechniek');
  });

  it('shows the pending state while the portals load', async () => {
    api = consoleApi({ [`GET ${admin}/portals`]: never });
    const { view } = await mount();
    expect(find(view, '#name')).to.equal(undefined);
    await expect(view).to.be.accessible();
  });

  it('offers a first portal when the business has none', async () => {
    api = consoleApi({ [`GET ${admin}/portals`]: () => page([]) });
    const { view } = await mount();
    await waitForText(view, 'Uw bedrijf heeft nog geen portaal.');
    expect(find(view, '#new-slug')).to.not.equal(undefined);
  });

  it('draws every group, is accessible, and the preview follows the unsaved settings', async () => {
    api = consoleApi({ [`GET ${admin}/portals`]: () => page([sx.portal()]) });
    const { view } = await mount();
    await waitFor(view, '#name');
    const text = visibleText(view.shadowRoot!);
    for (const group of ['Algemeen', 'Wat klanten zien', 'Aanvragen', 'Gastaanvragen', 'Meldingen', 'Inloggen', 'Huisstijl', 'Website', 'Op uw website zetten', 'Voorbeeld']) {
      expect(text, group).to.contain(group);
    }
    await waitUntil(() => widget(view)?.configOverride, 'no preview');
    expect(widget(view).configOverride.features.invoices).to.equal(true);
    check(view, '#feature-invoices');
    await view.updateComplete;
    expect(widget(view).configOverride.features.invoices).to.equal(false);
    check(view, '#requirePhoto');
    await view.updateComplete;
    expect(widget(view).configOverride.requestForm.requirePhoto).to.equal(true);
    expect(view.hasUnsavedChanges()).to.equal(true);
    await expect(view).to.be.accessible();
  });

  it('checks websites as they are typed and ties the error to its field', async () => {
    api = consoleApi({ [`GET ${admin}/portals`]: () => page([sx.portal()]) });
    const { view } = await mount();
    const origin = await waitFor<HTMLInputElement>(view, '#allowedOrigins-0');
    type(origin, 'https://www.vanderberg.example/klanten');
    await view.updateComplete;
    expect(origin.getAttribute('aria-invalid')).to.equal('true');
    expect(find(view, '#allowedOrigins-0-error')!.textContent).to.contain('zonder pad');
    type(origin, 'https://www.vanderberg.example');
    await view.updateComplete;
    expect(origin.getAttribute('aria-invalid')).to.equal('false');
    type(find<HTMLInputElement>(view, '#homeUrl'), 'vanderberg.example');
    await view.updateComplete;
    expect(find(view, '#homeUrl-error')).to.not.equal(undefined);
  });

  it('warns when the colour is too light for white text', async () => {
    api = consoleApi({ [`GET ${admin}/portals`]: () => page([sx.portal()]) });
    const { view } = await mount();
    type(await waitFor<HTMLInputElement>(view, '#branding-primaryColor'), '#ffcc00');
    await view.updateComplete;
    expect(find(view, '.contrast-low')).to.not.equal(undefined);
    expect(widget(view).configOverride.branding.primaryColor).to.equal('#ffcc00');
  });

  it('saves and tells what changed; nothing is sent while a field is wrong', async () => {
    let stored = sx.portal();
    api = consoleApi({
      [`GET ${admin}/portals`]: () => page([stored]),
      [`PUT ${admin}/portals/vanderberg`]: (call) => {
        stored = { ...stored, settings: call.body as PortalSettings };
        return stored;
      },
    });
    const { view } = await mount();
    type(await waitFor<HTMLInputElement>(view, '#name'), '');
    find<HTMLFormElement>(view, 'form.form')!.requestSubmit();
    await waitForText(view, 'Vul de naam van het portaal in.');
    expect(writes()).to.deep.equal([]);
    type(find<HTMLInputElement>(view, '#name'), 'Van der Berg Service');
    check(view, '#feature-invoices');
    check(view, '#showPrices');
    check(view, '#requirePhoto');
    find<HTMLFormElement>(view, 'form.form')!.requestSubmit();
    await waitForText(view, '4 instellingen opgeslagen: Naam, Facturen, Prijzen tonen, Foto verplicht.');
    const body = writes()[0]!.body as PortalSettings;
    expect(body.features.invoices).to.equal(false);
    expect(body.workOrders.showPrices).to.equal(true);
    expect(body.requestForm.requirePhoto).to.equal(true);
    expect(view.hasUnsavedChanges()).to.equal(false);
  });

  it('shows the server’s refusal beside its field', async () => {
    api = consoleApi({
      [`GET ${admin}/portals`]: () => page([sx.portal()]),
      [`PUT ${admin}/portals/vanderberg`]: () => errorResponse(400, 'validation_failed', 'The request body is not valid.', [{ path: 'notifications.newRequestEmail', message: 'Invalid email address' }]),
    });
    const { view } = await mount();
    type(await waitFor<HTMLInputElement>(view, '#notifications-newRequestEmail'), 'planning@vanderberg.example');
    find<HTMLFormElement>(view, 'form.form')!.requestSubmit();
    await waitUntil(() => find(view, '#notifications-newRequestEmail')?.getAttribute('aria-invalid') === 'true', 'the field is not marked');
    expect(find(view, '#notifications-newRequestEmail-error')!.textContent).to.contain('Invalid email address');
  });

  it('asks before leaving unsaved changes', async () => {
    api = consoleApi({ [`GET ${admin}/portals`]: () => page([sx.portal()]) });
    const { view } = await mount();
    await waitFor(view, '#name');
    expect(view.canLeave()).to.equal(true);
    type(find<HTMLInputElement>(view, '#name'), 'Anders');
    const realConfirm = window.confirm;
    let asked = 0;
    window.confirm = () => {
      asked += 1;
      return false;
    };
    try {
      expect(view.canLeave()).to.equal(false);
      expect(asked).to.equal(1);
    } finally {
      window.confirm = realConfirm;
    }
  });

  it('adds, renames and reorders work types with the keyboard-reachable buttons', async () => {
    api = consoleApi({ [`GET ${admin}/portals`]: () => page([sx.portal()]) });
    const { view } = await mount();
    await waitFor(view, '#name');
    const add = [...view.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent?.includes('Soort werk toevoegen'))!;
    add.focus();
    add.click();
    await view.updateComplete;
    type(find<HTMLInputElement>(view, '#requestForm-workTypes-2-label-nl'), 'Zonnepanelen');
    type(find<HTMLInputElement>(view, '#requestForm-workTypes-2-label-en'), 'Solar panels');
    await view.updateComplete;
    find<HTMLButtonElement>(view, 'button[aria-label="Zonnepanelen omhoog"]')!.click();
    await view.updateComplete;
    const types = (view as unknown as { draft: PortalSettings }).draft.requestForm.workTypes;
    expect(types.map((item) => item.id)).to.deep.equal(['repair', 'zonnepanelen', 'maintenance']);
  });

  it('uploads a logo and refuses a file that is too large before sending it', async () => {
    api = consoleApi({
      [`GET ${admin}/portals`]: () => page([sx.portal()]),
      [`PUT ${admin}/portals/vanderberg/logo`]: () => sx.portal('vanderberg', { branding: { primaryColor: '#0b5cad', logoUrl: 'http://localhost/api/v1/portal/vanderberg/logo?v=abc' } }),
    });
    const { view } = await mount();
    const input = await waitFor<HTMLInputElement>(view, 'input[type="file"]');
    const big = new File([new Uint8Array(1024 * 1024 + 1)], 'groot.png', { type: 'image/png' });
    Object.defineProperty(input, 'files', { value: [big], configurable: true });
    input.dispatchEvent(new Event('change'));
    await waitForText(view, 'Dit bestand is groter dan 1 MB.');
    expect(writes()).to.deep.equal([]);
    Object.defineProperty(input, 'files', { value: [new File([new Uint8Array(8)], 'logo.png', { type: 'image/png' })], configurable: true });
    input.dispatchEvent(new Event('change'));
    await waitFor(view, 'img.logo-preview');
    expect(writes()[0]!.path).to.contain('/portals/vanderberg/logo');
    expect(view.hasUnsavedChanges()).to.equal(false);
  });

  it('switches portals and makes a new one, refusing a taken address', async () => {
    let portals = [sx.portal(), sx.portal('zakelijk', { name: 'Van der Berg Zakelijk' })];
    api = consoleApi({
      [`GET ${admin}/portals`]: () => page(portals),
      [`POST ${admin}/portals`]: (call) => {
        const { slug, name } = call.body as { slug: string; name: string };
        if (slug === 'zakelijk') return errorResponse(409, 'conflict', 'taken', [{ path: 'slug', message: 'taken' }]);
        const created = sx.portal(slug, { name });
        portals = [...portals, created];
        return jsonResponse(created, 201);
      },
    });
    const { view } = await mount('zakelijk');
    await waitUntil(() => find<HTMLInputElement>(view, '#name')?.value === 'Van der Berg Zakelijk', 'the second portal is not open');
    const navigations: string[] = [];
    view.addEventListener('kp-console-navigate', (event) => navigations.push((event as CustomEvent<{ path: string }>).detail.path));
    find<HTMLButtonElement>(view, '[part~="new-portal"]')!.click();
    await view.updateComplete;
    type(find<HTMLInputElement>(view, '#new-name'), 'Noord');
    type(find<HTMLInputElement>(view, '#new-slug'), 'zakelijk');
    find<HTMLFormElement>(view, 'form.new-portal')!.requestSubmit();
    await waitForText(view, 'Dit adres is al in gebruik. Kies een ander.');
    type(find<HTMLInputElement>(view, '#new-slug'), 'noord');
    find<HTMLFormElement>(view, 'form.new-portal')!.requestSubmit();
    await waitUntil(() => navigations.includes('settings/noord'), 'did not open the new portal');
  });

  it('shows the embed code and the check’s findings', async () => {
    api = consoleApi({
      [`GET ${admin}/portals`]: () => page([sx.portal()]),
      [`GET ${admin}/portals/vanderberg/embed-check`]: () => sx.embedCheck(),
    });
    const { view } = await mount('', 390);
    await waitFor(view, '#name');
    const embed = find<HTMLElement>(view, 'kp-settings-embed')!;
    expect(find(embed, '[part~="snippet"]')!.textContent).to.contain('<klant-portaal portal="vanderberg"></klant-portaal>');
    find<HTMLButtonElement>(embed, '[part~="run-check"]')!.click();
    await waitForText(embed, 'staat niet bij de toegestane websites');
    expect(visibleText(embed.shadowRoot!)).to.contain('geen openbaar webadres');
    await expect(view).to.be.accessible();
  });

  it('works by keyboard: the preview’s width and language, and a switch of the form, by Space and Enter', async () => {
    api = consoleApi({ [`GET ${admin}/portals`]: () => page([sx.portal()]) });
    const { view } = await mount();
    await waitUntil(() => widget(view), 'no preview');
    const preview = find<HTMLElement>(view, 'kp-settings-preview')!;
    const desktop = [...preview.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent?.trim() === 'Computer')!;
    desktop.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => find(preview, '[part~="frame"]')?.getAttribute('data-width') === 'desktop', 'the preview did not widen');
    const english = [...preview.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent?.trim() === 'English')!;
    english.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => find(preview, 'klant-portaal')?.getAttribute('locale') === 'en', 'the preview is not in English');
    find<HTMLInputElement>(view, '#feature-quotes')!.focus();
    await sendKeys({ press: 'Space' });
    await view.updateComplete;
    expect(widget(view).configOverride.features.quotes).to.equal(false);
  });

  it('previews as a portal user found by email, read-only, and says when there is none', async () => {
    api = consoleApi({
      [`GET ${admin}/portals`]: () => page([sx.portal()]),
      [`GET ${admin}/customers`]: () => page([{ externalId: 'jansen' }]),
      [`GET ${admin}/customers/jansen/contacts`]: () => page([{ id: 'con_jan', email: 'jan@example.com', status: 'active' }]),
      [`POST ${admin}/preview-token`]: () => ({ accessToken: 'preview.jwt', expiresIn: 900, portal: 'vanderberg', contact: { id: 'con_jan', name: 'Jan de Vries', email: 'jan@example.com' } }),
    });
    const { view } = await mount();
    await waitUntil(() => widget(view), 'no preview');
    const preview = find<HTMLElement>(view, 'kp-settings-preview')!;
    type(find<HTMLInputElement>(preview, '#preview-as'), 'piet@example.com');
    find<HTMLFormElement>(preview, 'form.as-customer')!.requestSubmit();
    await waitForText(preview, 'Geen actieve portaalgebruiker met dit e-mailadres.');
    type(find<HTMLInputElement>(preview, '#preview-as'), 'jan@example.com');
    find<HTMLFormElement>(preview, 'form.as-customer')!.requestSubmit();
    await waitForText(preview, 'Ingelogd als Jan de Vries, alleen lezen.');
    const tokens = () => api.calls.filter((call) => call.path.startsWith('/api/v1/admin/preview-token'));
    const body = () => tokens().at(-1)!.body as { contactId: string; settings: { features: { quotes: boolean } } };
    expect(tokens()).to.have.length(1);
    expect(body().contactId).to.equal('con_jan');
    expect(body().settings.features.quotes, 'the preview reads the settings as they stand in the form').to.equal(true);
    expect((widget(view) as unknown as { previewToken: { accessToken: string } }).previewToken.accessToken).to.equal('preview.jwt');

    // A change not saved yet reaches the customer's data too: a new preview with the changed settings, once typing pauses.
    find<HTMLInputElement>(view, '#feature-quotes')!.click();
    await waitUntil(() => tokens().length === 2, 'no new preview after a change');
    expect(body().settings.features.quotes).to.equal(false);
    expect(api.calls.some((call) => call.method === 'PUT'), 'nothing is saved').to.equal(false);
  });
});
