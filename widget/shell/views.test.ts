import { expect } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import { config } from '../shell-fixtures.js';
import { resolveView, sections } from './views.js';

const features = { ...config().features, orders: true };

describe('the table of views', () => {
  it('knows every view name of the contract', () => {
    const tags = [
      'home',
      'requests',
      'requests/new',
      'requests/req_1',
      'work-orders',
      'work-orders/wo_1',
      'quotes',
      'quotes/q_1',
      'invoices',
      'invoices/inv_1',
      'objects',
      'objects/obj_1',
      'documents',
      'orders',
      'orders/ord_1',
      'account',
    ].map((view) => resolveView(view, features)?.module.tag);
    expect(tags).to.deep.equal([
      'kp-home-view',
      'kp-requests-view',
      'kp-request-form-view',
      'kp-request-detail-view',
      'kp-work-orders-view',
      'kp-work-order-detail-view',
      'kp-quotes-view',
      'kp-quote-detail-view',
      'kp-invoices-view',
      'kp-invoice-detail-view',
      'kp-objects-view',
      'kp-object-detail-view',
      'kp-documents-view',
      'kp-orders-view',
      'kp-order-detail-view',
      'kp-account-view',
    ]);
    for (const unknown of ['', 'constructor', '__proto__', 'documents/doc_1', 'requests/a/b', 'invoices/<script>']) {
      expect(resolveView(unknown, features), unknown).to.equal(null);
    }
  });

  it('gives a view the record of its name and the object of its query', () => {
    expect(resolveView('requests/new?objectId=obj_7', features)?.inputs).to.deep.equal({ objectId: 'obj_7', workType: '' });
    expect(resolveView('requests/new?objectId=obj_7&workType=onderhoud', features)?.inputs).to.deep.equal({ objectId: 'obj_7', workType: 'onderhoud' });
    expect(resolveView('requests/new', features)?.inputs).to.deep.equal({ objectId: '', workType: '' });
    expect(resolveView('invoices/inv_1?objectId=obj_7', features)?.inputs).to.deep.equal({ recordId: 'inv_1' });
    expect(resolveView('invoices', features)?.inputs).to.deep.equal({});
  });

  it('has no view of a part the portal has switched off', () => {
    const without = { ...features, invoices: false, requests: false };
    for (const view of ['invoices', 'invoices/inv_1', 'requests', 'requests/new', 'requests/req_1']) expect(resolveView(view, without), view).to.equal(null);
    expect(resolveView('home', without)?.module.tag).to.equal('kp-home-view');
  });

  it('loads every view it names, and each declares the inputs its route gives as properties', async () => {
    for (const section of sections.values()) {
      for (const [module, inputs] of [
        [section.list, []],
        [section.detail, ['recordId']],
        [section.create, ['objectId', 'workType']],
      ] as const) {
        if (!module) continue;
        await module.load();
        const element = customElements.get(module.tag) as typeof ReactiveElement | undefined;
        expect(element, module.tag).to.exist;
        expect(
          inputs.filter((input) => !element!.elementProperties.has(input)),
          `${module.tag} lacks`,
        ).to.deep.equal([]);
      }
    }
  });
});
