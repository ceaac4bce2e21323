import { expect, waitUntil } from '@open-wc/testing';
import { errorResponse, jsonResponse, mockApi, page, type MockApi } from '../test-support/mock-api.js';
import './request-detail-view.js';
import type { RequestDetailView } from './request-detail-view.js';
import type { ServiceRequestDetail } from '../api/types.js';
import { FakeEventStream, signedInClient } from '../test-support/live-stream.js';
import { config, find, has, location, mountView, photoFile, serviceRequest, serviceRequestDetail, text } from './view-fixtures.js';
import { setLocale } from '../i18n/localization.js';
import type { PhotoPicker } from '../components/photo-picker.js';
import { freeWindow } from '../components/booking-fixtures.js';

const photo = () => new Response(new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' }), { headers: { 'Content-Type': 'image/jpeg' } });

describe('<kp-request-detail-view>', () => {
  let api: MockApi;
  afterEach(() => api.restore());

  it('shows the photos through object URLs, and releases them when the customer leaves', async () => {
    const made: string[] = [];
    const released: string[] = [];
    const create = URL.createObjectURL;
    const revoke = URL.revokeObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      const url = create(blob);
      made.push(url);
      return url;
    };
    URL.revokeObjectURL = (url: string) => {
      released.push(url);
      revoke(url);
    };
    try {
      api = mockApi({ 'GET /requests/:id': () => serviceRequestDetail(), 'GET /requests/:id/attachments/:attachment': photo, 'GET /requests/:id/messages': () => page([]) });
      const view = await mountView<RequestDetailView>('kp-request-detail-view', { recordId: 'req_1' });
      const thumbnail = await find(view, 'kp-protected-image');
      await waitUntil(() => thumbnail.shadowRoot!.querySelector('img'), 'the photo appears');
      const image = thumbnail.shadowRoot!.querySelector('img')!;
      expect(image.src).to.match(/^blob:/);
      expect(image.alt).to.equal('Foto 1 (opent in een nieuw tabblad)');
      expect(image.closest('a')!.target).to.equal('_blank');
      expect(api.calls.some((call) => call.path === '/requests/req_1/attachments/att_1')).to.equal(true);
      view.remove();
      expect(released).to.include(made[0]);
    } finally {
      URL.createObjectURL = create;
      URL.revokeObjectURL = revoke;
    }
  });

  it('shows the visit booked with the request and what became of it, in Dutch and in English', async () => {
    const window = freeWindow(3);
    const booking = () => ({
      id: 'bkg_1', kind: 'visit', status: 'requested', date: window.date, windowId: window.windowId, label: window.label, start: window.start, end: window.end,
      holdUntil: null, reason: null, workType: 'repair', requestId: 'req_1', workOrderId: null, createdAt: '2026-11-20T09:15:00.000Z', updatedAt: '2026-11-20T09:15:00.000Z',
    });
    api = mockApi({
      'GET /requests/:id': () => serviceRequestDetail(),
      'GET /bookings': () => ({ items: [booking()] }),
      'GET /requests/:id/attachments/:attachment': photo,
      'GET /requests/:id/messages': () => page([]),
    });
    const view = await mountView<RequestDetailView>('kp-request-detail-view', { recordId: 'req_1' });
    await waitUntil(() => text(view).includes('aangevraagd, wij bevestigen het nog'), 'the requested visit is not shown');
    expect(text(view)).to.match(/Afspraak\s*\S+ \d+ \S+, ochtend 08:00/);
    expect(api.calls.some((call) => call.path === '/bookings?requestId=req_1')).to.equal(true);
    await setLocale('en');
    await waitUntil(() => text(view).includes('requested, we will confirm it'), 'the visit is not shown in English');
    await setLocale('nl');
  });

  it('shows no visit when the portal books none', async () => {
    api = mockApi({ 'GET /requests/:id': () => serviceRequestDetail(), 'GET /bookings': () => errorResponse(403, 'feature_disabled', 'Booking is off'), 'GET /requests/:id/messages': () => page([]), 'GET /requests/:id/attachments/:attachment': photo });
    const view = await mountView<RequestDetailView>('kp-request-detail-view', { recordId: 'req_1' });
    await waitUntil(() => api.calls.some((call) => call.path.startsWith('/bookings')), 'the bookings were not asked for');
    await waitUntil(() => text(view).includes('Omschrijving'));
    expect(text(view)).not.to.contain('Afspraak');
  });

  it('cancels a submitted request after the customer confirms', async () => {
    api = mockApi({
      'GET /requests/:id': () => serviceRequestDetail(),
      'POST /requests/:id/cancel': () =>
        serviceRequestDetail({
          status: 'cancelled',
          timeline: [
            { status: 'submitted', note: null, at: '2026-11-20T09:15:00.000Z' },
            { status: 'cancelled', note: null, at: '2026-11-20T09:30:00.000Z' },
          ],
        }),
      'GET /requests/:id/attachments/:attachment': photo,
      'GET /requests/:id/messages': () => page([]),
    });
    const view = await mountView<RequestDetailView>('kp-request-detail-view', { recordId: 'req_1' });
    (await find(view, '[part="cancel"]')).click();
    const confirm = await find(view, '[part="confirm-cancel"]');
    expect(api.calls.some((call) => call.method === 'POST'), 'nothing sent before confirming').to.equal(false);
    await waitUntil(() => view.shadowRoot!.activeElement === confirm, 'focus on the confirmation');
    confirm.click();
    await waitUntil(() => view.shadowRoot!.querySelector('kp-status-badge')?.getAttribute('status') === 'cancelled', 'shown as cancelled');
    expect(api.calls.find((call) => call.method === 'POST')!.path).to.equal('/requests/req_1/cancel');
    expect(has(view, '[part="cancel"]'), '[part="cancel"]').to.equal(false);
    expect(view.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Uw aanvraag is geannuleerd.');
    await waitUntil(() => view.shadowRoot!.activeElement?.getAttribute('part') === 'heading', 'focus back on the heading');
  });

  it('explains a refused cancel', async () => {
    api = mockApi({
      'GET /requests/:id': () => serviceRequestDetail(),
      'POST /requests/:id/cancel': () => errorResponse(409, 'conflict', 'This request can no longer be cancelled: it is in review.'),
      'GET /requests/:id/attachments/:attachment': photo,
      'GET /requests/:id/messages': () => page([]),
    });
    const view = await mountView<RequestDetailView>('kp-request-detail-view', { recordId: 'req_1' });
    (await find(view, '[part="cancel"]')).click();
    (await find(view, '[part="confirm-cancel"]')).click();
    await waitUntil(() => view.shadowRoot!.querySelector('.cancel-box [role="alert"]'), 'the refusal is shown');
  });

  it('cannot be cancelled once in review, and links the work order it became', async () => {
    api = mockApi({
      'GET /requests/:id': () => serviceRequestDetail({ status: 'accepted', workOrderId: 'wo_1', workOrder: { id: 'wo_1', number: 'WB-2026-0142', status: 'planned' } }),
      'GET /requests/:id/attachments/:attachment': photo,
      'GET /requests/:id/messages': () => page([]),
    });
    const view = await mountView<RequestDetailView>('kp-request-detail-view', { recordId: 'req_1' });
    const notice = await find(view, '[part="work-order"]');
    expect(text(notice)).to.contain('WB-2026-0142');
    expect(notice.querySelector('a')!.getAttribute('href')).to.equal('#kp/work-orders/wo_1');
    expect(has(view, '[part="cancel"]'), '[part="cancel"]').to.equal(false);
  });

  it('shows the conversation and sends a reply with an Idempotency-Key', async () => {
    api = mockApi({
      'GET /requests/:id': () => serviceRequestDetail({ attachments: [] }),
      'GET /requests/:id/messages': () =>
        page([{ id: 'msg_1', requestId: 'req_1', workOrderId: null, author: 'business', authorName: 'Jansen', body: 'Welke code ziet u?', createdAt: '2026-11-20T10:00:00.000Z' }]),
      'POST /requests/:id/messages': (call) =>
        jsonResponse({ id: 'msg_2', requestId: 'req_1', workOrderId: null, author: 'contact', authorName: 'Anna de Vries', body: (call.body as { body: string }).body, createdAt: '2026-11-20T10:05:00.000Z' }, 201),
    });
    const view = await mountView<RequestDetailView>('kp-request-detail-view', { recordId: 'req_1' });
    const thread = await find(view, 'kp-message-thread');
    await waitUntil(() => thread.shadowRoot!.querySelector('[part~="message"]'), 'the thread loads');
    expect(text(thread)).to.contain('Welke code ziet u?');
    const box = thread.shadowRoot!.querySelector('textarea')!;
    box.value = 'E119';
    box.dispatchEvent(new InputEvent('input'));
    thread.shadowRoot!.querySelector<HTMLButtonElement>('[part="send"]')!.click();
    await waitUntil(() => thread.shadowRoot!.querySelectorAll('[part~="message"]').length === 2, 'the reply appears');
    const post = api.calls.find((call) => call.method === 'POST')!;
    expect(post.body).to.deep.equal({ body: 'E119' });
    expect(post.headers.get('Idempotency-Key')).to.match(/^[0-9a-f-]{36}$/);
    expect(thread.shadowRoot!.querySelector('textarea')!.value).to.equal('');
    expect(text(thread)).to.contain('Uw bericht is verstuurd.');
  });

  it('has no conversation when the portal has messages switched off', async () => {
    api = mockApi({ 'GET /requests/:id': () => serviceRequestDetail({ attachments: [] }) });
    const view = await mountView<RequestDetailView>('kp-request-detail-view', {
      recordId: 'req_1',
      config: { ...config, features: { ...config.features, messages: false } },
    });
    await find(view, '[part="details"]');
    expect(has(view, 'kp-message-thread'), 'kp-message-thread').to.equal(false);
    expect(api.calls.map((call) => call.path).filter((path) => !path.startsWith('/locations') && !path.startsWith('/bookings'))).to.deep.equal(['/requests/req_1']);
  });
});

describe('<kp-request-detail-view> while it is open', () => {
  let api: MockApi;
  afterEach(() => api.restore());

  it('shows a status change by the business without a reload, and says so', async () => {
    let status: ServiceRequestDetail['status'] = 'submitted';
    const stream = new FakeEventStream();
    api = mockApi({
      'GET /requests/:id': () =>
        serviceRequestDetail({
          attachments: [],
          status,
          timeline: [{ status: 'submitted', note: null, at: '2026-11-20T09:15:00.000Z' }, ...(status === 'in_review' ? [{ status, note: 'We kijken ernaar', at: '2026-11-21T10:00:00.000Z' }] : [])],
        }),
      'GET /requests/:id/messages': () => page([]),
      'GET /events': stream.handler,
    });
    const view = await mountView<RequestDetailView>('kp-request-detail-view', { recordId: 'req_1' });
    await find(view, '[part="cancel"]');
    await signedInClient(api, view.client);
    await waitUntil(() => stream.open, 'the view listens to the live updates');

    status = 'in_review';
    stream.send({ type: 'request.updated', data: { request: { ...serviceRequest(), status } } });
    await waitUntil(() => view.shadowRoot!.querySelector('kp-status-badge')?.getAttribute('status') === 'in_review', 'the new status shows');
    expect(text(view.shadowRoot!.querySelector('kp-timeline')), 'the timeline has the move').to.contain('We kijken ernaar');
    expect(has(view, '[part="cancel"]'), 'no cancel once the business has it').to.equal(false);
    expect(view.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('De status van uw aanvraag is nu: In behandeling.');
    expect(has(view, '[part="pending"]'), 'no loading state for a live change').to.equal(false);
  });

  it('leaves another request’s change alone', async () => {
    const stream = new FakeEventStream();
    api = mockApi({ 'GET /requests/:id': () => serviceRequestDetail({ attachments: [] }), 'GET /requests/:id/messages': () => page([]), 'GET /events': stream.handler });
    const view = await mountView<RequestDetailView>('kp-request-detail-view', { recordId: 'req_1' });
    await find(view, '[part="cancel"]');
    await signedInClient(api, view.client);
    await waitUntil(() => stream.open);
    const loads = () => api.calls.filter((call) => call.path === '/requests/req_1').length;
    await waitUntil(() => loads() === 2, 'the first stream has the view load once more');
    stream.send({ type: 'request.updated', data: { request: { ...serviceRequest({ id: 'req_2' }), status: 'rejected' } } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(loads()).to.equal(2);
  });
});

const textOf = (root: Element, selector: string) => text(root.shadowRoot!.querySelector(selector));

describe('<kp-request-detail-view> after sending: photos and the address', () => {
  let api: MockApi;
  afterEach(async () => {
    api.restore();
    await setLocale('nl');
  });

  async function choose(view: RequestDetailView, files: File[]) {
    const picker = await find(view, 'kp-photo-picker');
    const input = picker.shadowRoot!.querySelector<HTMLInputElement>('#choose')!;
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await (picker as PhotoPicker).whenSettled();
    await view.updateComplete;
  }

  it('adds a photo to an open request, shows the progress and the new photo', async () => {
    let release: () => void = () => {};
    const uploaded = new Promise<void>((resolve) => (release = resolve));
    api = mockApi({
      'GET /requests/:id': () => serviceRequestDetail({ status: 'in_review' }),
      'GET /requests/:id/attachments/:attachment': photo,
      'GET /requests/:id/messages': () => page([]),
      'GET /locations': () => page([location]),
      'POST /requests/:id/attachments': async () => {
        await uploaded;
        return jsonResponse({ id: 'att_2', filename: 'display.jpg', contentType: 'image/jpeg', size: 2_000, createdAt: '2026-11-21T09:00:00.000Z' }, 201);
      },
    });
    const view = await mountView<RequestDetailView>('kp-request-detail-view', { recordId: 'req_1' });
    await choose(view, [await photoFile(40, 30, 'display.png')]);
    (await find(view, '[part="add-files-send"]')).click();
    await waitUntil(() => textOf(view, '[part="add-files"] [role="status"]').includes('Bestand 1 van 1 versturen'), 'the progress is shown');
    release();
    await waitUntil(() => view.shadowRoot!.querySelectorAll('[part="photos"] li').length === 2, 'the new photo appears');
    expect(textOf(view, '[part="add-files"] [role="status"]')).to.contain('Het bestand is toegevoegd.');
    const upload = api.calls.find((call) => call.method === 'POST')!;
    expect(upload.path).to.equal('/requests/req_1/attachments');
    await expect(view).to.be.accessible();
  });

  it('says so when the request no longer takes files, or is full', async () => {
    let status = 'submitted';
    api = mockApi({
      'GET /requests/:id': () => serviceRequestDetail({ status: status as ServiceRequestDetail['status'] }),
      'GET /requests/:id/attachments/:attachment': photo,
      'GET /requests/:id/messages': () => page([]),
      'GET /locations': () => page([location]),
      'POST /requests/:id/attachments': () => {
        status = 'accepted';
        return errorResponse(409, 'conflict', 'Files can no longer be added: the request is accepted.');
      },
    });
    const view = await mountView<RequestDetailView>('kp-request-detail-view', { recordId: 'req_1' });
    await choose(view, [await photoFile(20, 20, 'meter.png')]);
    (await find(view, '[part="add-files-send"]')).click();
    await waitUntil(() => has(view, '[part="files-closed"]'), 'the closed request says so');
    expect(textOf(view, '[part="files-closed"]')).to.contain('Deze aanvraag is afgesloten');

    api.restore();
    const five = Array.from({ length: 5 }, (_, n) => ({ id: `att_${n}`, filename: `f${n}.jpg`, contentType: 'image/jpeg', size: 1, createdAt: '2026-11-20T09:16:00.000Z' }));
    api = mockApi({
      'GET /requests/:id': () => serviceRequestDetail({ id: 'req_2', attachments: five }),
      'GET /requests/:id/attachments/:attachment': photo,
      'GET /requests/:id/messages': () => page([]),
      'GET /locations': () => page([location]),
    });
    const full = await mountView<RequestDetailView>('kp-request-detail-view', { recordId: 'req_2' });
    await waitUntil(() => has(full, '[part="files-closed"]'));
    expect(textOf(full, '[part="files-closed"]')).to.contain('het maximum van 5 bestanden');
    expect(has(full, 'kp-photo-picker')).to.equal(false);
  });

  it('shows the work address, and which one when the customer has two', async () => {
    api = mockApi({
      'GET /requests/:id': () => serviceRequestDetail(),
      'GET /requests/:id/attachments/:attachment': photo,
      'GET /requests/:id/messages': () => page([]),
      'GET /locations': () => page([location, { ...location, id: 'loc_2', name: 'Woning', street: 'Kerkweg' }]),
    });
    const view = await mountView<RequestDetailView>('kp-request-detail-view', { recordId: 'req_1' });
    await waitUntil(() => has(view, '[part="address"]'), 'the address appears');
    expect(textOf(view, '[part="address"]')).to.equal('Kantoor: Dorpsstraat 12, 1234 AB Utrecht');
  });

  it('fits a 390 px phone and reads in English', async () => {
    await setLocale('en');
    api = mockApi({
      'GET /requests/:id': () => serviceRequestDetail(),
      'GET /requests/:id/attachments/:attachment': photo,
      'GET /requests/:id/messages': () => page([]),
      'GET /locations': () => page([location]),
    });
    const view = await mountView<RequestDetailView>('kp-request-detail-view', { recordId: 'req_1', locale: 'en' });
    view.parentElement!.style.width = '390px';
    await waitUntil(() => has(view, '[part="address"]'));
    expect(textOf(view, '#add-files-title')).to.equal('Add photos');
    expect(textOf(view, '[part="add-files-send"]')).to.equal('Add to the request');
    const picker = await find(view, 'kp-photo-picker');
    expect(picker.shadowRoot!.querySelector('label[for="choose"]')!.textContent!.trim()).to.equal('Choose photos or PDFs');
    expect(view.scrollWidth).to.be.at.most(390);
    // Keyboard: the picker's button and the send button are reachable controls.
    (picker as PhotoPicker).focus();
    expect(picker.shadowRoot!.activeElement?.id).to.be.oneOf(['take', 'choose']);
  });
});
