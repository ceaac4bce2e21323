import { expect } from '@open-wc/testing';
import { mockApi, page, type MockApi } from '../test-support/mock-api.js';
import './documents-view.js';
import type { DocumentsView } from './documents-view.js';
import { all, config, document_, find, mountView, text } from './view-fixtures.js';

describe('<kp-documents-view>', () => {
  let api: MockApi;
  afterEach(() => api.restore());

  it('names the category and links the installation and work order a document belongs to', async () => {
    api = mockApi({ 'GET /documents': () => page([document_({ category: 'warranty', workOrderId: 'wo_1' })]) });
    const view = await mountView<DocumentsView>('kp-documents-view');
    const row = await find(view, '[part="list-item"]');
    expect(text(row)).to.contain('Garantie');
    expect([...row.querySelectorAll('a')].map((link) => link.getAttribute('href'))).to.deep.equal(['#kp/objects/obj_1', '#kp/work-orders/wo_1']);
    const download = row.querySelector('kp-download-button')!;
    expect(download.getAttribute('path')).to.equal('/documents/doc_1/file');
    expect(download.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).to.equal('Garantiebewijs Remeha downloaden');
  });

  it('does not link to views the portal does not show', async () => {
    api = mockApi({ 'GET /documents': () => page([document_({ workOrderId: 'wo_1' })]) });
    const view = await mountView<DocumentsView>('kp-documents-view', { config: { ...config, features: { ...config.features, objects: false, workOrders: false } } });
    await find(view, '[part="list-item"]');
    expect(all(view, '[part="list-item"] a')).to.have.length(0);
  });
});
