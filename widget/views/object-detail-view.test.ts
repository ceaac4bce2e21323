import { expect } from '@open-wc/testing';
import { mockApi, type MockApi } from '../test-support/mock-api.js';
import './object-detail-view.js';
import type { ObjectDetailView } from './object-detail-view.js';
import { all, boiler, find, has, mountView, nextYear, objectDetail, text } from './view-fixtures.js';

describe('<kp-object-detail-view>', () => {
  let api: MockApi;
  afterEach(() => api.restore());

  it('asks for service for this installation through the request form', async () => {
    api = mockApi({ 'GET /objects/:id': () => objectDetail() });
    const view = await mountView<ObjectDetailView>('kp-object-detail-view', { recordId: 'obj_1' });
    let opened = '';
    view.addEventListener('kp-view-navigate', (event) => (opened = (event as CustomEvent).detail.view));
    (await find(view, '[part="request-service"]')).click();
    expect(opened).to.equal('requests/new?objectId=obj_1');
  });

  it('shows the service history, the parts and the documents', async () => {
    api = mockApi({ 'GET /objects/:id': () => objectDetail({ children: [{ ...boiler, id: 'obj_3', name: 'Boilervat' }] }) });
    const view = await mountView<ObjectDetailView>('kp-object-detail-view', { recordId: 'obj_1' });
    const history = await find(view, '[part="history"]');
    expect(text(history)).to.contain('WB-2026-0142').and.contain('14 oktober 2025');
    expect(text(view.shadowRoot!.querySelector('[part="parts"]'))).to.contain('Boilervat');
    expect(all(view, '[part="documents"] kp-download-button')).to.have.length(1);
    expect(text(view)).to.contain(`tot 2 april ${nextYear + 2}`);
  });

  it('leaves out the history and documents the portal does not show', async () => {
    api = mockApi({ 'GET /objects/:id': () => objectDetail({ workOrders: null, documents: null }) });
    const view = await mountView<ObjectDetailView>('kp-object-detail-view', { recordId: 'obj_1' });
    await find(view, '[part="details"]');
    expect(has(view, '[part="history"]'), '[part="history"]').to.equal(false);
    expect(has(view, '[part="documents"]'), '[part="documents"]').to.equal(false);
  });

  it('says so when no work was done yet', async () => {
    api = mockApi({ 'GET /objects/:id': () => objectDetail({ workOrders: [] }) });
    const view = await mountView<ObjectDetailView>('kp-object-detail-view', { recordId: 'obj_1' });
    expect(text(await find(view, '[part="empty"]'))).to.contain('Nog geen werk');
  });
});
