import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, find, findAll, type, visibleText, waitFor, waitForText } from '../../shell-fixtures.js';
import { errorResponse, jsonResponse, never, type MockApi } from '../../test-support/mock-api.js';
import { admin, consoleApi, mountConsoleView } from '../test-support/console-mock.js';
import * as fx from '../test-support/fixtures.js';
import './request-view.js';
import type { RequestView } from './request-view.js';

let api: MockApi;
afterEach(() => {
  api.restore();
});

const photo = () => new Response(new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }), { headers: { 'Content-Type': 'image/png' } });
const writes = () => api.calls.filter((call) => call.method !== 'GET');
const mount = (requestId = 'req_1') => mountConsoleView<RequestView>('kp-request-view', { requestId });

describe('<kp-request-view>', () => {
  it('shows a placeholder while the request loads', async () => {
    api = consoleApi({ [`GET ${admin}/requests/:id`]: never });
    const { view } = await mount();
    await waitFor(view, '[part="pending"]');
  });

  it('shows what the customer asked, who and where, and marks it seen', async () => {
    api = consoleApi({ [`GET ${admin}/requests/:id/attachments/:attachment`]: photo });
    const { view, seen } = await mount();
    await waitForText(view, 'Storing of reparatie');
    const text = visibleText(view);
    expect(text).to.contain('Aanvraag KP-7F3K2Q').and.contain('Ingediend');
    expect(text).to.contain('De cv-ketel geeft foutcode E119');
    expect(text).to.contain('3 december 2026, Ochtend');
    expect(text).to.contain('Er zijn huisdieren aanwezig');
    expect(text).to.contain('Jan de Vries').and.contain('jan@example.nl').and.contain('Dorpsstraat 12').and.contain('3512 AB Utrecht');
    expect(text).to.contain('Cv-ketel zolder').and.contain('Cv-ketel · Remeha · Calenta Ace 28c').and.contain('Serienummer RM-2291-77');
    expect(find<HTMLAnchorElement>(view, 'a[href^="tel:"]')!.href).to.equal('tel:0612345678');
    expect(seen.freshness(fx.request())).to.equal(null);
    const thumbnails = findAll<HTMLImageElement>(find(view, 'kp-photo-viewer')!.shadowRoot!, 'img');
    expect(thumbnails.map((image) => new URL(image.src).pathname)).to.deep.equal([`${admin}/requests/req_1/attachments/att_1`, `${admin}/requests/req_1/attachments/att_2`]);
  });

  it('says so when the request does not exist, and retries after another failure', async () => {
    api = consoleApi({ [`GET ${admin}/requests/:id`]: () => errorResponse(404, 'not_found', 'No such request.') });
    const { view } = await mount('req_gone');
    await waitForText(view, 'Aanvraag niet gevonden');
    api.restore();
    let fail = true;
    api = consoleApi({ [`GET ${admin}/requests/:id`]: () => (fail ? errorResponse(503, 'internal', 'Down') : fx.requestDetail()) });
    const again = await mount();
    await waitForText(again.view, 'De aanvraag kon niet worden geladen.');
    fail = false;
    find(again.view, '[part="retry"]')!.click();
    await waitForText(again.view, 'Storing of reparatie');
  });

  it('opens a photo large; the arrow keys and a swipe page through, Escape closes and gives focus back', async () => {
    api = consoleApi({ [`GET ${admin}/requests/:id/attachments/:attachment`]: photo });
    const { view } = await mount();
    const viewer = await waitFor(view, 'kp-photo-viewer');
    const thumbnail = find<HTMLButtonElement>(viewer, '[part="thumbnail"]')!;
    expect(thumbnail.getAttribute('aria-label')).to.equal('Foto 1 van 2 groot bekijken');
    thumbnail.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await waitFor<HTMLDialogElement>(viewer, 'dialog');
    await waitUntil(() => dialog.open, 'the viewer did not open');
    expect(find(viewer, '#viewer-title')!.textContent).to.equal('ketel.png');
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => find(viewer, '#viewer-title')!.textContent === 'lekkage.png', 'ArrowRight did not page');
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => find(viewer, '#viewer-title')!.textContent === 'ketel.png', 'ArrowLeft did not page');
    const stage = find(viewer, '.stage')!;
    stage.dispatchEvent(new PointerEvent('pointerdown', { clientX: 300, clientY: 200, bubbles: true }));
    stage.dispatchEvent(new PointerEvent('pointerup', { clientX: 120, clientY: 210, bubbles: true }));
    await waitUntil(() => find(viewer, '#viewer-title')!.textContent === 'lekkage.png', 'a swipe to the left did not page');
    await expect(viewer).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape did not close');
    await waitUntil(() => deepActiveElement() === thumbnail, 'focus did not return to the thumbnail');
  });

  it('answers the customer in the conversation, signed with the staff member’s name, from the console', async () => {
    api = consoleApi({
      [`POST ${admin}/requests/:id/messages`]: (call) =>
        jsonResponse({ id: 'msg_3', requestId: 'req_1', workOrderId: null, author: 'business', authorName: 'Sanne Planning', body: (call.body as { body: string }).body, createdAt: '2026-12-01T09:00:00.000Z' }, 201),
    });
    const { view } = await mount();
    const thread = await waitFor(view, 'kp-message-thread');
    await waitForText(thread, 'Het water staat op de vloer');
    find<HTMLButtonElement>(thread, '[part="send"]')!.click();
    await waitForText(thread, 'Schrijf eerst een antwoord.');
    type(find<HTMLTextAreaElement>(thread, '#reply'), 'We komen morgen om 9 uur.');
    find<HTMLButtonElement>(thread, '[part="send"]')!.click();
    await waitForText(thread, 'Uw antwoord is verstuurd. De klant krijgt er een mail over.');
    const post = writes().find((call) => call.path === `${admin}/requests/req_1/messages`)!;
    expect(post.body).to.deep.equal({ body: 'We komen morgen om 9 uur.', authorName: 'Sanne Planning' });
    expect(post.headers.get('x-requested-with')).to.equal('klantportaal-console');
    expect(post.headers.get('idempotency-key')).to.match(/^[0-9a-f-]{36}$/);
    expect(visibleText(thread)).to.contain('We komen morgen om 9 uur.');
  });

  it('keeps internal notes apart, marked as never seen by the customer, and adds one', async () => {
    api = consoleApi({
      [`POST ${admin}/requests/:id/notes`]: (call) =>
        jsonResponse({ id: 'note_2', requestId: 'req_1', author: { kind: 'staff', id: 'stf_1', name: 'Sanne Planning' }, body: (call.body as { body: string }).body, createdAt: '2026-12-01T09:05:00.000Z' }, 201),
    });
    const { view } = await mount();
    const notes = await waitFor(view, 'kp-internal-notes');
    await waitForText(notes, 'Ketel is 9 jaar oud');
    expect(visibleText(view)).to.contain('Interne notities').and.contain('Intern');
    expect(visibleText(notes)).to.contain('de klant ziet deze notities nooit');
    type(find<HTMLTextAreaElement>(notes, '#note'), 'Onderdeel besteld.');
    find<HTMLButtonElement>(notes, '[part="save-note"]')!.click();
    await waitForText(notes, 'Onderdeel besteld.');
    expect(writes().find((call) => call.path === `${admin}/requests/req_1/notes`)!.body).to.deep.equal({ body: 'Onderdeel besteld.' });
  });

  it('takes a request in review', async () => {
    api = consoleApi({ [`PATCH ${admin}/requests/:id`]: () => fx.requestDetail({ status: 'in_review', updatedAt: '2026-12-01T09:10:00.000Z' }) });
    const { view } = await mount();
    const moves = await waitFor(view, 'kp-request-moves');
    (await waitFor(moves, '[part="in-review"]')).click();
    await waitUntil(() => find(view, 'kp-status-badge')?.getAttribute('status') === 'in_review', 'the status did not change');
    expect(writes().map((call) => [call.method, call.path, call.body])).to.deep.equal([['PATCH', `${admin}/requests/req_1`, { status: 'in_review' }]]);
  });

  it('accepts into a new work order made in the same step: in review, the work order, then accepted with its externalId', async () => {
    api = consoleApi({
      [`PATCH ${admin}/requests/:id`]: (call) => {
        const body = call.body as { status: string; workOrderExternalId?: string };
        return fx.requestDetail({
          status: body.status as 'in_review',
          workOrderExternalId: body.workOrderExternalId ?? null,
          workOrder: body.workOrderExternalId ? { id: 'wo_1', externalId: body.workOrderExternalId, number: 'WB-1001', status: 'planned' } : null,
        });
      },
      [`PUT ${admin}/work-orders/:externalId`]: (call) => jsonResponse({ externalId: call.path.split('/').at(-1), number: 'WB-1001' }, 201),
    });
    const { view } = await mount();
    const moves = await waitFor(view, 'kp-request-moves');
    (await waitFor(moves, '[part="accept"]')).click();
    const number = await waitFor<HTMLInputElement>(moves, '#number');
    expect(number.value).to.equal('KP-7F3K2Q');
    type(number, 'WB-1001');
    type(find<HTMLInputElement>(moves, '#from'), '08:00');
    type(find<HTMLInputElement>(moves, '#to'), '07:00');
    find<HTMLButtonElement>(moves, '[part="confirm-accept"]')!.click();
    await waitForText(moves, 'De eindtijd ligt na de begintijd.');
    expect(writes()).to.deep.equal([]);
    type(find<HTMLInputElement>(moves, '#to'), '10:00');
    type(find<HTMLInputElement>(moves, '#note'), 'Monteur Piet komt woensdagochtend.');
    find<HTMLButtonElement>(moves, '[part="confirm-accept"]')!.click();
    await waitForText(moves, 'Geaccepteerd. Werkbon: WB-1001.');
    const [review, put, accept] = writes();
    expect([review!.method, review!.body]).to.deep.equal(['PATCH', { status: 'in_review' }]);
    const externalId = put!.path.split('/').at(-1)!;
    expect(put!.method).to.equal('PUT');
    expect(externalId).to.match(/^console-wo-\d{8}-[a-z0-9]+$/);
    expect(put!.body).to.deep.equal({
      customerExternalId: 'DEB-1001',
      locationExternalId: 'LOC-1',
      requestId: 'req_1',
      number: 'WB-1001',
      workType: 'repair',
      description: fx.request().description,
      status: 'planned',
      plannedStart: new Date('2026-12-03T08:00').toISOString(),
      plannedEnd: new Date('2026-12-03T10:00').toISOString(),
    });
    expect(accept!.body).to.deep.equal({ status: 'accepted', workOrderExternalId: externalId, note: 'Monteur Piet komt woensdagochtend.' });
    expect(writes().every((call) => call.headers.get('x-requested-with') === 'klantportaal-console')).to.equal(true);
  });

  it('accepts by linking the back office’s work order number', async () => {
    api = consoleApi({
      [`GET ${admin}/requests/:id`]: () => fx.requestDetail({ status: 'in_review' }),
      [`PATCH ${admin}/requests/:id`]: () => fx.requestDetail({ status: 'accepted', workOrderExternalId: 'BO-77' }),
    });
    const { view } = await mount();
    const moves = await waitFor(view, 'kp-request-moves');
    (await waitFor(moves, '[part="accept"]')).click();
    (await waitFor<HTMLInputElement>(moves, 'input[value="link"]')).click();
    type(await waitFor<HTMLInputElement>(moves, '#externalId'), 'BO-77');
    find<HTMLButtonElement>(moves, '[part="confirm-accept"]')!.click();
    await waitForText(moves, 'Geaccepteerd. Werkbon: BO-77.');
    expect(writes().map((call) => call.body)).to.deep.equal([{ status: 'accepted', workOrderExternalId: 'BO-77' }]);
  });

  it('rejects only with a reason for the customer', async () => {
    api = consoleApi({
      [`GET ${admin}/requests/:id`]: () => fx.requestDetail({ status: 'in_review' }),
      [`PATCH ${admin}/requests/:id`]: () => fx.requestDetail({ status: 'rejected' }),
    });
    const { view } = await mount();
    const moves = await waitFor(view, 'kp-request-moves');
    (await waitFor(moves, '[part="reject"]')).click();
    (await waitFor(moves, '[part="confirm-reject"]')).click();
    await waitForText(moves, 'Schrijf de klant waarom.');
    expect(writes()).to.deep.equal([]);
    type(find<HTMLTextAreaElement>(moves, '#reason'), 'Wij werken niet in uw regio.');
    find<HTMLButtonElement>(moves, '[part="confirm-reject"]')!.click();
    await waitForText(moves, 'Afgewezen. De klant ziet de reden in het portaal.');
    expect(writes().map((call) => call.body)).to.deep.equal([{ status: 'rejected', note: 'Wij werken niet in uw regio.' }]);
  });

  it('makes a guest a customer with an invited contact in one step; then a new work order can be made for them', async () => {
    const guest = { ...fx.requestDetail(), ...fx.guestRequest(), attachments: [], timeline: [] };
    const address = fx.guestRequest().guest!.address!;
    const theirs = {
      ...guest,
      source: 'portal' as const,
      guest: null,
      customer: { id: 'cus_9', externalId: 'guest-KP-GST4X9', name: 'Bakker Advies', debtorNumber: null },
      contact: { id: 'con_9', name: 'Petra Bakker', email: 'petra@example.nl' },
      location: { id: 'loc_9', externalId: 'guest-KP-GST4X9', street: address.street, houseNumber: address.houseNumber, postalCode: address.postalCode, city: address.city },
      locationId: 'loc_9',
    };
    api = consoleApi({
      [`GET ${admin}/requests/:id`]: () => guest,
      [`POST ${admin}/requests/:id/customer`]: () => jsonResponse({ customer: {}, contact: {}, invite: {}, request: theirs }, 201),
    });
    const { view } = await mount('req_guest');
    const announced: string[] = [];
    view.addEventListener('kp-console-announce', (event) => announced.push((event as CustomEvent<{ message: string }>).detail.message));
    await waitForText(view, 'Petra Bakker');
    const moves = await waitFor(view, 'kp-request-moves');
    (await waitFor(moves, '[part="accept"]')).click();
    expect((await waitFor<HTMLInputElement>(moves, 'input[value="new"]')).disabled).to.equal(true);
    await waitForText(moves, 'maak eerst een klant van deze gast');
    const card = await waitFor(view, 'kp-guest-customer');
    find(card, '[part="make-customer"]')!.click();
    const name = await waitFor<HTMLInputElement>(card, '#customer-name');
    expect(name.value).to.equal('Petra Bakker');
    type(name, 'Bakker Advies');
    find<HTMLButtonElement>(card, '[part="confirm-customer"]')!.click();
    await waitUntil(() => !find(view, 'kp-guest-customer'), 'the guest stays a guest');
    expect(writes().map((call) => [call.path, call.body])).to.deep.equal([[`${admin}/requests/req_guest/customer`, { name: 'Bakker Advies', invite: true }]]);
    expect(announced).to.deep.equal(['Bakker Advies is nu klant. De uitnodiging voor het portaal is gemaild naar petra@example.nl.']);
    const text = visibleText(view);
    expect(text).to.contain('Bakker Advies').and.contain('Kerkweg 4a').and.not.contain('Gast');
    await waitUntil(() => !find<HTMLInputElement>(moves, 'input[value="new"]')?.disabled, 'a new work order stays impossible');
  });

  it('says what went wrong when the guest cannot become a customer, and keeps the form', async () => {
    const guest = { ...fx.requestDetail(), ...fx.guestRequest(), attachments: [], timeline: [] };
    api = consoleApi({
      [`GET ${admin}/requests/:id`]: () => guest,
      [`POST ${admin}/requests/:id/customer`]: () =>
        errorResponse(409, 'conflict', 'A contact with this email address already exists.', [{ path: 'email', message: 'is already in use' }]),
    });
    const { view } = await mount('req_guest');
    const card = await waitFor(view, 'kp-guest-customer');
    (await waitFor(card, '[part="make-customer"]')).click();
    (await waitFor<HTMLButtonElement>(card, '[part="confirm-customer"]')).click();
    await waitForText(card, 'Er is al een contactpersoon met petra@example.nl. Zoek die klant op in plaats van een nieuwe te maken.');
    expect(find(card, '#customer-name')).to.exist;
  });

  it('reloads when the customer writes while it is open', async () => {
    let messages = fx.messages();
    api = consoleApi({ [`GET ${admin}/requests/:id/messages`]: () => ({ items: messages, nextCursor: null }) });
    const { view, events } = await mount();
    const thread = await waitFor(view, 'kp-message-thread');
    await waitForText(thread, 'Het water staat op de vloer');
    messages = [{ ...fx.messages()[1]!, id: 'msg_9', body: 'Het lekt nu harder.', createdAt: '2026-12-01T09:20:00.000Z' }, ...messages];
    events.open();
    events.send('message', { id: 'evt_2', type: 'message.created', createdAt: '2026-12-01T09:20:00.000Z', data: { message: messages[0] } });
    await waitForText(thread, 'Het lekt nu harder.');
    const before = api.calls.length;
    events.send('message', { id: 'evt_3', type: 'message.created', createdAt: '2026-12-01T09:21:00.000Z', data: { message: { ...messages[0], id: 'msg_10', requestId: 'req_other' } } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(api.calls.length).to.equal(before);
  });

  it('passes axe, with its moves open', async () => {
    api = consoleApi({ [`GET ${admin}/requests/:id/attachments/:attachment`]: photo });
    const { view } = await mount();
    await waitForText(view, 'Ketel is 9 jaar oud');
    await waitForText(view, 'Het water staat op de vloer');
    await expect(view).to.be.accessible();
    const moves = find(view, 'kp-request-moves')!;
    find(moves, '[part="accept"]')!.click();
    await waitFor(moves, '#number');
    await expect(view).to.be.accessible();
  });
});
