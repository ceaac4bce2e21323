import { expect } from '@open-wc/testing';
import { consoleViews, homePath, normalisePath, resolvePath } from './router.js';
import { defaultFilter, isFiltered, matches } from './views/inbox-filter.js';
import { guestRequest, request } from './test-support/fixtures.js';

describe('the console’s views', () => {
  it('are found by their path; a request by its id, and nothing else', () => {
    expect(resolvePath('inbox')?.view.name).to.equal('inbox');
    expect(resolvePath('requests/req_1')).to.deep.include({ path: 'requests/req_1', params: { requestId: 'req_1' } });
    expect(resolvePath('account')?.view.tag).to.equal('kp-console-account-view');
    expect(resolvePath('customers/import')?.view.name, 'the import, not a customer named import').to.equal('import');
    expect(resolvePath('customers/c-1/invoices/new')).to.deep.include({ params: { customerId: 'c-1', recordKind: 'invoices', recordId: 'new' } });
    expect(resolvePath('settings')?.params, 'no portal named').to.deep.equal({ portalSlug: '' });
    expect(resolvePath('settings/jansen')?.params).to.deep.equal({ portalSlug: 'jansen' });
    expect(resolvePath('bookings')?.params, 'this week').to.deep.equal({ scale: '', date: '' });
    expect(resolvePath('bookings/day/2026-12-08')?.params).to.deep.equal({ scale: 'day', date: '2026-12-08' });
    expect(resolvePath('bookings/settings')?.view.name, 'the settings, not a day').to.equal('booking-settings');
    expect(resolvePath('bookings/settings/jansen')?.params).to.deep.equal({ portalSlug: 'jansen' });
    for (const path of ['bookings/month', 'bookings/day/8-12-2026']) expect(resolvePath(path), path).to.equal(null);
    for (const path of ['requests', 'requests/a/b', 'requests/<script>', 'customers/c-1/secrets/x', 'settings/Jansen', 'staff/x', '']) expect(resolvePath(path), path).to.equal(null);
  });

  it('read the address bar in any of its forms; when it names nothing, an admin’s home is the dashboard and staff’s the inbox', () => {
    expect(normalisePath('#/requests/req_1')).to.equal('requests/req_1');
    expect(normalisePath('/account')).to.equal('account');
    expect(normalisePath('')).to.equal('');
    expect(normalisePath('#/')).to.equal('');
    expect(homePath('admin')).to.equal('dashboard');
    expect(homePath('staff')).to.equal('inbox');
  });

  it('put the sections in the navigation, the business’s settings and people for admins only', () => {
    expect(consoleViews.filter((view) => view.nav).map((view) => view.name)).to.deep.equal(['dashboard', 'inbox', 'bookings', 'customers', 'settings', 'staff', 'developers']);
    expect(consoleViews.filter((view) => view.adminOnly).map((view) => view.name)).to.deep.equal(['dashboard', 'booking-settings', 'settings', 'staff', 'developers']);
  });
});

describe('the inbox filter', () => {
  it('finds a request by its reference or by the name of its customer, contact or guest', () => {
    const filter = { ...defaultFilter };
    expect(matches(request(), { ...filter, q: 'kp-7f3' })).to.equal(true);
    expect(matches(request(), { ...filter, q: 'vries' })).to.equal(true);
    expect(matches(guestRequest(), { ...filter, q: 'bakker' })).to.equal(true);
    expect(matches(request(), { ...filter, q: 'bakker' })).to.equal(false);
  });

  it('keeps to status, portal, work type and whether a guest sent it', () => {
    expect(matches(request({ status: 'accepted' }), defaultFilter)).to.equal(false);
    expect(matches(request({ status: 'accepted' }), { ...defaultFilter, status: [] })).to.equal(true);
    expect(matches(request(), { ...defaultFilter, portal: 'zakelijk' })).to.equal(false);
    expect(matches(request(), { ...defaultFilter, workType: 'repair' })).to.equal(true);
    expect(matches(request(), { ...defaultFilter, source: 'guest' })).to.equal(false);
    expect(matches(guestRequest(), { ...defaultFilter, source: 'guest' })).to.equal(true);
    expect(isFiltered(defaultFilter)).to.equal(false);
    expect(isFiltered({ ...defaultFilter, q: ' x ' })).to.equal(true);
  });
});
