import { expect, waitUntil } from '@open-wc/testing';
import { find, findAll, type, visibleText, waitFor, waitForText } from '../../shell-fixtures.js';
import { setLocale } from '../../i18n/localization.js';
import { errorResponse, never, type MockApi } from '../../test-support/mock-api.js';
import { useConsoleEnglish } from '../i18n/texts.js';
import { admin, consoleApi, mountConsoleView } from '../test-support/console-mock.js';
import type { BookingSettings } from '../api/bookings.js';
import { bookingSettings } from './booking-fixtures.js';
import './booking-settings-view.js';
import type { BookingSettingsView } from './booking-settings-view.js';

let api: MockApi;
afterEach(async () => {
  api.restore();
  await setLocale('nl');
});

const mount = (width = 1100) => mountConsoleView<BookingSettingsView>('kp-booking-settings-view', { portalSlug: 'demo' }, width);
const puts = () => api.calls.filter((call) => call.method === 'PUT');
const save = (view: Element) => find<HTMLButtonElement>(view, '[part="save"]')!.click();

describe('<kp-booking-settings-view>', () => {
  it('shows a loading state, then an error with a retry that loads', async () => {
    let fail = true;
    api = consoleApi({ [`GET ${admin}/portals/demo/booking`]: () => (fail ? errorResponse(500, 'internal', 'Stuk') : bookingSettings()) });
    const { view } = await mount();
    await waitFor(view, '[part="retry"]');
    fail = false;
    find<HTMLButtonElement>(view, '[part="retry"]')!.click();
    await waitFor(view, '#enabled');
  });

  it('shows the pending state while the settings load, and axe finds nothing in it', async () => {
    api = consoleApi({ [`GET ${admin}/portals/demo/booking`]: never });
    const { view } = await mount();
    await waitFor(view, '[part="pending"]');
    await expect(view).to.be.accessible();
  });

  it('draws every setting, the windows by weekday, and saves what was changed', async () => {
    api = consoleApi({
      [`GET ${admin}/portals/demo/booking`]: () => bookingSettings({ closedDates: ['2026-12-25'] }),
      [`PUT ${admin}/portals/demo/booking`]: (call) => call.body,
    });
    const { view } = await mount();
    await waitFor(view, '#enabled');
    const text = visibleText(view.shadowRoot!);
    for (const part of ['Tijdvakken per dag', 'Maandag', 'Zondag', 'Hoe ver vooruit', 'Gesloten dagen', 'Soorten werk die klanten mogen boeken']) expect(text, part).to.contain(part);
    expect(findAll(view.shadowRoot!, '[part="window"]')).to.have.length(10);
    expect(text).to.contain('vrijdag 25 december 2026');
    await expect(view).to.be.accessible();
    type(find<HTMLInputElement>(view, '#windows-1-capacity'), '4');
    type(find<HTMLInputElement>(view, '#horizonWeeks'), '12');
    find<HTMLInputElement>(view, '#workTypes-maintenance')!.click();
    await view.updateComplete;
    expect(view.hasUnsavedChanges()).to.equal(true);
    expect(visibleText(view.shadowRoot!)).to.contain('Niet opgeslagen wijzigingen');
    save(view);
    await waitForText(view, 'De afspraakinstellingen zijn opgeslagen.');
    const body = puts()[0]!.body as BookingSettings;
    expect(body.windows[1]!.capacity).to.equal(4);
    expect(body.horizonWeeks).to.equal(12);
    expect(body.workTypes).to.deep.equal(['repair', 'maintenance']);
    expect(view.hasUnsavedChanges()).to.equal(false);
  });

  it('adds a window to a weekday and copies Monday to the other working days', async () => {
    api = consoleApi({ [`GET ${admin}/portals/demo/booking`]: () => bookingSettings({ windows: [] }), [`PUT ${admin}/portals/demo/booking`]: (call) => call.body });
    const { view } = await mount();
    await waitFor(view, '#enabled');
    find<HTMLButtonElement>(view, '[part="add-window"]')!.click();
    await view.updateComplete;
    await waitUntil(() => view.shadowRoot!.activeElement?.id === 'windows-0-label-nl', 'focus on the new window');
    find<HTMLButtonElement>(view, '[part="copy-monday"]')!.click();
    await view.updateComplete;
    expect(findAll(view.shadowRoot!, '[part="window"]')).to.have.length(5);
    save(view);
    await waitForText(view, 'De afspraakinstellingen zijn opgeslagen.');
    const windows = (puts()[0]!.body as BookingSettings).windows;
    expect(windows.map((window) => window.weekday)).to.deep.equal([1, 2, 3, 4, 5]);
    expect(new Set(windows.map((window) => window.id)).size, 'every window its own id').to.equal(5);
  });

  it('says what is wrong beside the field, focuses it and saves nothing; the server’s refusal is shown at its field', async () => {
    api = consoleApi({
      [`GET ${admin}/portals/demo/booking`]: () => bookingSettings(),
      [`PUT ${admin}/portals/demo/booking`]: () => errorResponse(400, 'validation_failed', 'Invalid', [{ path: 'windows.0.id', message: 'bad' }, { path: 'leadBusinessDays', message: 'must be at most 30' }]),
    });
    const { view } = await mount();
    await waitFor(view, '#enabled');
    type(find<HTMLInputElement>(view, '#windows-0-end'), '07:00');
    await view.updateComplete;
    expect(find(view, '#windows-0-end-error')?.textContent).to.contain('Het einde moet na het begin liggen.');
    type(find<HTMLInputElement>(view, '#windows-0-label-nl'), '');
    save(view);
    await view.updateComplete;
    await waitUntil(() => view.shadowRoot!.activeElement?.getAttribute('aria-invalid') === 'true', 'focus on the first problem');
    expect(find(view, '#windows-0-label-nl-error')?.textContent).to.contain('Geef het tijdvak een naam.');
    expect(puts()).to.have.length(0);
    type(find<HTMLInputElement>(view, '#windows-0-end'), '12:00');
    type(find<HTMLInputElement>(view, '#windows-0-label-nl'), 'Ochtend');
    save(view);
    await waitFor(view, '#leadBusinessDays-error');
    expect(find(view, '#leadBusinessDays-error')!.textContent).to.contain('must be at most 30');
    expect(find<HTMLInputElement>(view, '#leadBusinessDays')!.getAttribute('aria-describedby')).to.contain('leadBusinessDays-error');
  });

  it('asks before leaving with unsaved changes', async () => {
    api = consoleApi({ [`GET ${admin}/portals/demo/booking`]: () => bookingSettings() });
    const { view } = await mount();
    await waitFor(view, '#enabled');
    expect(view.canLeave()).to.equal(true);
    find<HTMLInputElement>(view, '#requireConfirmation')!.click();
    await view.updateComplete;
    const confirm = window.confirm;
    const asked: string[] = [];
    window.confirm = (question?: string) => (asked.push(question ?? ''), false);
    try {
      expect(view.canLeave()).to.equal(false);
    } finally {
      window.confirm = confirm;
    }
    expect(asked[0]).to.contain('nog niet zijn opgeslagen');
    expect(view.shadowRoot!.querySelector('#holdHours') === null, 'no hold without confirmation').to.equal(true);
  });

  it('fits 390 px and reads in English', async () => {
    useConsoleEnglish();
    await setLocale('en');
    api = consoleApi({ [`GET ${admin}/portals/demo/booking`]: () => bookingSettings() });
    const { view } = await mountConsoleView<BookingSettingsView>('kp-booking-settings-view', { portalSlug: 'demo', locale: 'en' }, 390);
    await waitFor(view, '#enabled');
    const text = visibleText(view.shadowRoot!);
    for (const part of ['Appointment settings', 'Windows per day', 'Monday', 'Name (Dutch)', 'Capacity', 'How far ahead', 'Closed days']) expect(text, part).to.contain(part);
    expect(view.scrollWidth).to.be.at.most(390);
  });
});
