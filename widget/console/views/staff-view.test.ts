import { expect, waitUntil } from '@open-wc/testing';
import { deepActiveElement, find, findAll, type, visibleText, waitFor, waitForText } from '../../shell-fixtures.js';
import { errorResponse, jsonResponse, never, type MockApi } from '../../test-support/mock-api.js';
import { admin, consoleApi, mountConsoleView } from '../test-support/console-mock.js';
import * as people from '../test-support/people-fixtures.js';
import './staff-view.js';
import type { StaffView } from './staff-view.js';

let api: MockApi;
afterEach(() => api.restore());

const withStaff = (routes: Parameters<typeof consoleApi>[0] = {}) =>
  consoleApi({
    [`GET ${admin}/staff`]: () => ({ items: people.staffList(), nextCursor: null }),
    [`GET ${admin}/tenant`]: () => people.business(),
    ...routes,
  });
const mount = (width = 1000) => mountConsoleView<StaffView>('kp-staff-view', {}, width);
const rows = (view: Element) => findAll(view.shadowRoot!, '[part~="list-item"]');
const rowOf = (view: Element, name: string) => rows(view).find((row) => visibleText(row).includes(name))!;
const buttonIn = (row: Element, label: string) => findAll<HTMLButtonElement>(row, 'button').find((button) => visibleText(button).includes(label))!;
const writes = () => api.calls.filter((call) => call.method !== 'GET');

describe('<kp-staff-view>', () => {
  it('shows placeholders while the staff load', async () => {
    api = withStaff({ [`GET ${admin}/staff`]: never, [`GET ${admin}/tenant`]: never });
    const { view } = await mount();
    await waitUntil(() => find(view, '[part="pending"][aria-busy="true"]'), 'no placeholder');
    expect(visibleText(view)).to.contain('Bezig met laden');
  });

  it('says when the staff could not be loaded, and tries again', async () => {
    let fail = true;
    api = withStaff({ [`GET ${admin}/staff`]: () => (fail ? errorResponse(500, 'internal', 'Boom') : { items: people.staffList(), nextCursor: null }) });
    const { view } = await mount();
    const retry = await waitFor<HTMLButtonElement>(view, '[part="retry"]');
    fail = false;
    retry.click();
    await waitUntil(() => rows(view).length === 3, 'the staff never appeared');
  });

  it('says so when there is no one yet', async () => {
    api = withStaff({ [`GET ${admin}/staff`]: () => ({ items: [], nextCursor: null }) });
    const { view } = await mount();
    await waitForText(view, 'Nog geen medewerkers.');
  });

  it('lists name, email, role, status, two-step sign-in and last sign-in, and is accessible', async () => {
    api = withStaff();
    const { view } = await mount();
    await waitUntil(() => rows(view).length === 3);
    const colleague = visibleText(rowOf(view, 'Mo Monteur'));
    expect(colleague).to.contain('monteur@vanderberg.example').and.contain('Medewerker').and.contain('Actief').and.contain('Inloggen in twee stappen Aan').and.contain('Laatst ingelogd');
    const invited = visibleText(rowOf(view, 'Nina Nieuw'));
    expect(invited).to.contain('Uitgenodigd').and.contain('Nog nooit').and.contain('Uitnodiging opnieuw sturen');
    // One's own two-step sign-in is not reset here.
    expect(visibleText(rowOf(view, 'Sanne Planning'))).not.to.contain('Twee stappen resetten');
    await waitForText(view, 'Naam van het bedrijf');
    await expect(view).to.be.accessible();
  });

  it('invites a colleague and shows the invite link to copy', async () => {
    api = withStaff({
      [`POST ${admin}/staff`]: (call) =>
        jsonResponse({ ...people.staffMember({ id: 'stf_9', ...(call.body as object), status: 'invited', lastLoginAt: null }), invite: { url: 'http://localhost/console#kp-staff-invite=abc', expiresAt: '2026-12-09T08:00:00.000Z' } }, 201),
    });
    const { view } = await mount();
    await waitUntil(() => rows(view).length === 3);
    find<HTMLFormElement>(view, '.invite-form')!.requestSubmit();
    await waitUntil(() => find(view, '#inviteName')?.getAttribute('aria-invalid') === 'true', 'the missing name is not marked');
    expect(writes()).to.deep.equal([]);
    type(find<HTMLInputElement>(view, '#inviteName'), 'Kees Collega');
    type(find<HTMLInputElement>(view, '#inviteEmail'), 'kees@vanderberg.example');
    const role = find<HTMLSelectElement>(view, '#inviteRole')!;
    role.value = 'admin';
    role.dispatchEvent(new Event('change'));
    find<HTMLFormElement>(view, '.invite-form')!.requestSubmit();
    const secret = await waitFor(view, 'kp-once-secret');
    expect(writes()[0]!.body).to.deep.equal({ name: 'Kees Collega', email: 'kees@vanderberg.example', role: 'admin' });
    await waitUntil(() => visibleText(secret).includes('#kp-staff-invite=abc'));
    expect(visibleText(secret)).to.contain('Uitnodiging voor Kees Collega');
    expect(rows(view)).to.have.length(4);
  });

  it('says in words that the last admin cannot be made staff or disabled', async () => {
    api = withStaff({
      [`PATCH ${admin}/staff/:id`]: () =>
        jsonResponse({ error: { code: 'conflict', message: 'last', details: [{ path: 'role', message: 'the business needs an active administrator', reason: 'last_admin' }] } }, 409),
    });
    const { view } = await mount();
    await waitUntil(() => rows(view).length === 3);
    buttonIn(rowOf(view, 'Sanne Planning'), 'Maak medewerker').click();
    await waitForText(view, 'Dit is de laatste actieve beheerder.');
    expect(find(rowOf(view, 'Sanne Planning'), '[role="alert"]')).to.exist;
  });

  it('disables a colleague after a confirmation, by keyboard', async () => {
    api = withStaff({ [`PATCH ${admin}/staff/:id`]: (call) => people.staffMember({ id: 'stf_2', name: 'Mo Monteur', role: 'staff', totpEnabled: true, ...(call.body as object) }) });
    const { view } = await mount();
    await waitUntil(() => rows(view).length === 3);
    buttonIn(rowOf(view, 'Mo Monteur'), 'Uitschakelen…').click();
    await waitUntil(() => (deepActiveElement() as HTMLElement | null)?.dataset.confirm !== undefined, 'focus did not move to the confirmation');
    expect(writes()).to.deep.equal([]);
    // Escape takes it back; asked again, Enter on the focused button confirms.
    deepActiveElement()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await waitUntil(() => !find(view, '[data-confirm]'));
    buttonIn(rowOf(view, 'Mo Monteur'), 'Uitschakelen…').click();
    await waitUntil(() => (deepActiveElement() as HTMLElement | null)?.dataset.confirm !== undefined);
    (deepActiveElement() as HTMLButtonElement).click();
    await waitForText(view, 'De medewerker is uitgeschakeld en uitgelogd.');
    expect(writes()[0]).to.include({ method: 'PATCH', path: `${admin}/staff/stf_2` });
    expect(writes()[0]!.body).to.deep.equal({ status: 'disabled' });
    expect(visibleText(rowOf(view, 'Mo Monteur'))).to.contain('Uitgeschakeld').and.contain('Inschakelen');
  });

  it('resets a colleague’s two-step sign-in after a confirmation, and resends an invite', async () => {
    api = withStaff({
      [`PATCH ${admin}/staff/:id`]: () => people.staffMember({ id: 'stf_2', name: 'Mo Monteur', role: 'staff', totpEnabled: false }),
      [`POST ${admin}/staff/:id/invite`]: () => ({ url: 'http://localhost/console#kp-staff-invite=nieuw', expiresAt: '2026-12-09T08:00:00.000Z' }),
    });
    const { view } = await mount();
    await waitUntil(() => rows(view).length === 3);
    buttonIn(rowOf(view, 'Mo Monteur'), 'Twee stappen resetten…').click();
    await waitForText(view, 'Inloggen in twee stappen van Mo Monteur resetten?');
    (await waitFor<HTMLButtonElement>(view, '[data-confirm]')).click();
    await waitForText(view, 'Inloggen in twee stappen is gereset.');
    expect(writes()[0]!.body).to.deep.equal({ resetTotp: true });
    expect(visibleText(rowOf(view, 'Mo Monteur'))).to.contain('Inloggen in twee stappen Uit');

    buttonIn(rowOf(view, 'Nina Nieuw'), 'Uitnodiging opnieuw sturen').click();
    const secret = await waitFor(view, 'kp-once-secret');
    await waitUntil(() => visibleText(secret).includes('kp-staff-invite=nieuw'));
    expect(writes()[1]).to.include({ method: 'POST', path: `${admin}/staff/stf_3/invite` });
  });

  it('saves the business’s name and the two-step requirement', async () => {
    api = withStaff({ [`PUT ${admin}/tenant`]: (call) => people.business(call.body as object) });
    const { view } = await mount();
    const name = await waitFor<HTMLInputElement>(view, '#tenantName');
    await waitUntil(() => name.value === 'Van der Berg Installatietechniek');
    type(name, 'Van der Berg Installatie');
    find<HTMLInputElement>(view, 'kp-staff-business-settings input[type="checkbox"]')!.click();
    find<HTMLFormElement>(view, 'kp-staff-business-settings form')!.requestSubmit();
    await waitForText(view, 'De gegevens van het bedrijf zijn opgeslagen.');
    expect(writes()[0]!.body).to.deep.equal({ name: 'Van der Berg Installatie', requireTotp: true });
  });

  it('stacks each person’s details on a 390 px phone, still accessible', async () => {
    api = withStaff();
    const { view } = await mount(390);
    await waitUntil(() => rows(view).length === 3);
    const cells = find(rowOf(view, 'Mo Monteur'), '.cells')!;
    expect(getComputedStyle(cells).gridTemplateColumns.split(' ')).to.have.length(1);
    expect(view.scrollWidth).to.be.at.most(390);
    await expect(view).to.be.accessible();
  });
});
