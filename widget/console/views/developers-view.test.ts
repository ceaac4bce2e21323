import { expect, waitUntil } from '@open-wc/testing';
import { deepActiveElement, find, findAll, type, visibleText, waitFor, waitForText } from '../../shell-fixtures.js';
import { errorResponse, jsonResponse, never, type MockApi } from '../../test-support/mock-api.js';
import { admin, consoleApi, mountConsoleView } from '../test-support/console-mock.js';
import * as people from '../test-support/people-fixtures.js';
import './developers-view.js';
import type { DevelopersView } from './developers-view.js';

let api: MockApi;
afterEach(() => api.restore());

const withDevelopers = (routes: Parameters<typeof consoleApi>[0] = {}) =>
  consoleApi({
    [`GET ${admin}/api-keys`]: () => ({ items: [people.apiKey()], nextCursor: null }),
    [`GET ${admin}/webhooks`]: () => ({ items: [people.webhook()], nextCursor: null }),
    [`GET ${admin}/webhooks/:id/deliveries`]: () => ({ items: people.deliveries(), nextCursor: null }),
    [`GET ${admin}/audit`]: () => ({ items: people.auditEvents(), nextCursor: null }),
    [`GET ${admin}/staff`]: () => ({ items: people.staffList(), nextCursor: null }),
    ...routes,
  });
const mount = (developerTab = '', webhookId = '', width = 1000) => mountConsoleView<DevelopersView>('kp-developers-view', { developerTab, webhookId }, width);
const rows = (view: Element) => findAll(view.shadowRoot!, '[part~="list-item"]');
const buttonIn = (root: ParentNode, label: string) => findAll<HTMLButtonElement>(root, 'button').find((button) => visibleText(button).includes(label))!;
const writes = () => api.calls.filter((call) => call.method !== 'GET');

describe('<kp-developers-view>', () => {
  it('shows its tabs as links, the current one marked, API keys first', async () => {
    api = withDevelopers();
    const { view } = await mount();
    const links = findAll<HTMLAnchorElement>(view.shadowRoot!, '.tabs a');
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['#/developers/api-keys', '#/developers/webhooks', '#/developers/audit']);
    await waitUntil(() => links[0]!.getAttribute('aria-current') === 'page');
    expect(links[1]!.hasAttribute('aria-current')).to.equal(false);
    await waitForText(view, 'Planningssoftware');
    await expect(view).to.be.accessible();
  });

  it('shows placeholders while keys load, an error with retry, and the empty list', async () => {
    api = withDevelopers({ [`GET ${admin}/api-keys`]: never });
    let mounted = await mount();
    await waitUntil(() => find(mounted.view, '[part="pending"][aria-busy="true"]'), 'no placeholder');
    api.restore();

    let fail = true;
    api = withDevelopers({ [`GET ${admin}/api-keys`]: () => (fail ? errorResponse(500, 'internal', 'Boom') : { items: [], nextCursor: null }) });
    mounted = await mount();
    const retry = await waitFor<HTMLButtonElement>(mounted.view, '[part="retry"]');
    fail = false;
    retry.click();
    await waitForText(mounted.view, 'Nog geen API-sleutels.');
  });

  it('makes an API key and shows it once, with a copy button and a warning; closing it hides it for good', async () => {
    api = withDevelopers({ [`POST ${admin}/api-keys`]: () => jsonResponse({ id: 'key_2', name: 'Boekhouding', key: 'kp_live_geheimgeheimgeheimgeheimgeheim12' }, 201) });
    const { view } = await mount('api-keys');
    await waitForText(view, 'Planningssoftware');
    find<HTMLFormElement>(view, 'kp-developers-api-keys form')!.requestSubmit();
    await waitUntil(() => find(view, '#keyName')?.getAttribute('aria-invalid') === 'true', 'the missing name is not marked');
    type(find<HTMLInputElement>(view, '#keyName'), 'Boekhouding');
    find<HTMLFormElement>(view, 'kp-developers-api-keys form')!.requestSubmit();
    const secret = await waitFor(view, 'kp-once-secret');
    await waitUntil(() => visibleText(secret).includes('kp_live_geheimgeheimgeheimgeheimgeheim12'));
    expect(visibleText(secret)).to.contain('u ziet hem hierna nooit meer');
    expect(find(secret, '[part="copy"]')).to.exist;
    await waitUntil(() => deepActiveElement()?.id === 'once-title', 'focus did not move to the key');
    expect(writes()[0]!.body).to.deep.equal({ name: 'Boekhouding' });
    expect(visibleText(rows(view)[0]!)).to.contain('Boekhouding').and.contain('Nog nooit');
    await expect(view).to.be.accessible();
    buttonIn(secret.shadowRoot!, 'Ik heb de sleutel bewaard').click();
    await waitUntil(() => !find(view, 'kp-once-secret'));
    expect(visibleText(view)).not.to.contain('kp_live_geheimgeheimgeheimgeheimgeheim12');
  });

  it('revokes a key after a confirmation', async () => {
    api = withDevelopers({ [`DELETE ${admin}/api-keys/:id`]: () => new Response(null, { status: 204 }) });
    const { view } = await mount('api-keys');
    await waitUntil(() => rows(view).length === 1);
    buttonIn(rows(view)[0]!, 'Intrekken…').click();
    await waitForText(view, 'Een backoffice die deze sleutel gebruikt, wordt meteen geweigerd.');
    await waitUntil(() => (deepActiveElement() as HTMLElement | null)?.dataset.confirm !== undefined, 'focus did not move to the confirmation');
    expect(writes()).to.deep.equal([]);
    (deepActiveElement() as HTMLButtonElement).click();
    await waitForText(view, 'Nog geen API-sleutels.');
    expect(writes()[0]).to.include({ method: 'DELETE', path: `${admin}/api-keys/key_1` });
  });

  it('creates a webhook with events as checkboxes and shows its secret once', async () => {
    api = withDevelopers({
      [`POST ${admin}/webhooks`]: (call) => jsonResponse({ ...people.webhook({ id: 'whk_2', ...(call.body as object) }), secret: 'whsec_geheim' }, 201),
    });
    const { view } = await mount('webhooks');
    await waitForText(view, 'https://backoffice.vanderberg.example/klantportaal');
    type(find<HTMLInputElement>(view, '#url'), 'geen adres');
    find<HTMLFormElement>(view, 'kp-developers-webhooks form')!.requestSubmit();
    await waitForText(view, 'Dit is geen geldig adres.');
    type(find<HTMLInputElement>(view, '#url'), 'https://hooks.example.nl/kp');
    find<HTMLInputElement>(view, 'input[value="quote.accepted"]')!.click();
    find<HTMLFormElement>(view, 'kp-developers-webhooks form')!.requestSubmit();
    const secret = await waitFor(view, 'kp-once-secret');
    await waitUntil(() => visibleText(secret).includes('whsec_geheim'));
    expect(writes()[0]!.body).to.deep.equal({ url: 'https://hooks.example.nl/kp', events: ['request.created', 'quote.accepted'] });
    expect(rows(view)).to.have.length(2);
    await expect(view).to.be.accessible();
  });

  it('shows a webhook’s deliveries and sends a failed one again', async () => {
    api = withDevelopers({ [`POST ${admin}/webhooks/:id/deliveries/:id/retry`]: () => people.delivery({ id: 'whd_3', event: 'message.created', status: 'pending', attempts: 9, lastError: 'HTTP 500', nextAttemptAt: '2026-11-30T09:05:00.000Z', deliveredAt: null }) });
    const { view } = await mount('webhooks', 'whk_1');
    await waitUntil(() => rows(view).length === 3, 'the deliveries never appeared');
    await waitForText(view, 'https://backoffice.vanderberg.example/klantportaal · Nieuwe aanvraag, Nieuw bericht van een klant');
    const [failed, retrying, delivered] = rows(view);
    expect(visibleText(failed!)).to.contain('Nieuw bericht van een klant').and.contain('Opgegeven').and.contain('Pogingen 9').and.contain('HTTP 500');
    expect(visibleText(retrying!)).to.contain('Mislukt, wordt opnieuw geprobeerd').and.contain('Volgende poging');
    expect(visibleText(delivered!)).to.contain('Afgeleverd');
    expect(buttonIn(delivered!, 'Opnieuw versturen')).to.equal(undefined);
    await expect(view).to.be.accessible();
    buttonIn(failed!, 'Opnieuw versturen').click();
    await waitForText(view, 'Wordt nu opnieuw verstuurd.');
    expect(writes()[0]).to.include({ method: 'POST', path: `${admin}/webhooks/whk_1/deliveries/whd_3/retry` });
    expect(visibleText(rows(view)[0]!)).to.contain('Mislukt, wordt opnieuw geprobeerd');
  });

  it('filters the audit trail by actor, action and period, and links the CSV of the same filter', async () => {
    api = withDevelopers();
    const { view } = await mount('audit');
    await waitUntil(() => rows(view).length === 2, 'the trail never appeared');
    expect(visibleText(rows(view)[0]!)).to.contain('tenant.updated').and.contain('API-sleutel: Planningssoftware');
    await waitUntil(() => find<HTMLSelectElement>(view, '#auditActor')!.options.length > 6, 'the staff never became choices');
    const actor = find<HTMLSelectElement>(view, '#auditActor')!;
    actor.value = 'staff:stf_2';
    actor.dispatchEvent(new Event('change'));
    type(find<HTMLInputElement>(view, '#auditAction'), 'staff.invited');
    type(find<HTMLInputElement>(view, '#auditFrom'), '2026-11-01');
    type(find<HTMLInputElement>(view, '#auditTo'), '2026-11-30');
    find<HTMLFormElement>(view, 'form.filters')!.requestSubmit();
    await waitUntil(() => api.calls.some((call) => call.path.includes('action=staff.invited')), 'the filter was not sent');
    const query = new URL(api.calls.filter((call) => call.path.startsWith(`${admin}/audit?`)).at(-1)!.path, location.origin).searchParams;
    expect(query.get('actor')).to.equal('staff:stf_2');
    expect(query.get('from')).to.equal(new Date('2026-11-01T00:00:00').toISOString());
    expect(query.get('to')).to.equal(new Date('2026-11-30T23:59:59.999').toISOString());
    const link = (await waitFor<HTMLAnchorElement>(view, '[part="export"]'));
    await waitUntil(() => link.getAttribute('href')!.includes('action=staff.invited'));
    expect(link.getAttribute('href')).to.match(/^\/api\/v1\/admin\/audit\/export\.csv\?actor=staff%3Astf_2&action=staff\.invited&from=/);
    expect(link.hasAttribute('download')).to.equal(true);
    await expect(view).to.be.accessible();
  });

  it('refuses a period that ends before it starts, and says when nothing matches', async () => {
    api = withDevelopers({ [`GET ${admin}/audit`]: (call) => ({ items: call.path.includes('action=') ? [] : people.auditEvents(), nextCursor: null }) });
    const { view } = await mount('audit');
    await waitUntil(() => rows(view).length === 2);
    type(find<HTMLInputElement>(view, '#auditFrom'), '2026-11-30');
    type(find<HTMLInputElement>(view, '#auditTo'), '2026-11-01');
    find<HTMLFormElement>(view, 'form.filters')!.requestSubmit();
    await waitForText(view, 'De einddatum ligt na de begindatum.');
    type(find<HTMLInputElement>(view, '#auditFrom'), '');
    type(find<HTMLInputElement>(view, '#auditTo'), '');
    type(find<HTMLInputElement>(view, '#auditAction'), 'niets.gebeurd');
    find<HTMLFormElement>(view, 'form.filters')!.requestSubmit();
    await waitForText(view, 'Niets gevonden met deze filters.');
  });

  it('stacks rows on a 390 px phone without scrolling sideways', async () => {
    api = withDevelopers();
    const { view } = await mount('webhooks', 'whk_1', 390);
    await waitUntil(() => rows(view).length === 3);
    expect(getComputedStyle(find(rows(view)[0]!, '.cells')!).gridTemplateColumns.split(' ')).to.have.length(1);
    expect(view.scrollWidth).to.be.at.most(390);
    await expect(view).to.be.accessible();
  });
});
