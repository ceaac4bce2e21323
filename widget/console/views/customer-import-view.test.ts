import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, find, findAll, visibleText, waitFor, waitForText } from '../../shell-fixtures.js';
import { errorResponse, never, type MockApi } from '../../test-support/mock-api.js';
import { setLocale } from '../../i18n/localization.js';
import { useConsoleEnglish } from '../i18n/texts.js';
import { admin, consoleApi, mountConsoleView } from '../test-support/console-mock.js';
import * as ix from '../test-support/imports-fixtures.js';
import './customer-import-view.js';
import type { CustomerImportView } from './customer-import-view.js';

useConsoleEnglish();

let api: MockApi;
afterEach(async () => {
  api.restore();
  await setLocale('nl');
});

const importPath = `${admin}/imports/customers`;
const importCalls = () => api.calls.filter((call) => call.method === 'POST' && call.path.startsWith(importPath));

function choose(view: CustomerImportView, file = ix.csvFile()): void {
  const input = find<HTMLInputElement>(view, '#import-input')!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const rows = (view: Element) => findAll(view.shadowRoot!, '[part="rows"] > li');

describe('<kp-customer-import-view>', () => {
  it('explains the columns, offers an example file and a file input, and is accessible', async () => {
    api = consoleApi();
    const { view } = await mountConsoleView<CustomerImportView>('kp-customer-import-view');
    expect(visibleText(view)).to.contain('Wat het bestand nodig heeft').and.contain('externalId').and.contain('contactEmail');
    const example = find<HTMLAnchorElement>(view, '[part="example"]')!;
    expect(example.getAttribute('download')).to.equal('klanten-voorbeeld.csv');
    expect(decodeURIComponent(example.href)).to.contain('externalId;name;debtorNumber');
    expect(find(view, 'label[for="import-input"]')).to.exist;
    await expect(view).to.be.accessible();
  });

  it('checks the chosen file with a dry run and shows per line what would happen and why', async () => {
    api = consoleApi({ [`POST ${importPath}`]: () => ix.dryRun() });
    const { view } = await mountConsoleView<CustomerImportView>('kp-customer-import-view');
    choose(view);
    await waitUntil(() => rows(view).length === 4, 'the rows never appeared');
    expect(importCalls()[0]!.path).to.equal(`${importPath}?dryRun=1`);
    expect(importCalls()[0]!.headers.get('content-type')).to.equal('text/csv');
    const [created, updated, refused, unchanged] = rows(view);
    expect(visibleText(created!)).to.contain('regel 2').and.contain('K-1').and.contain('Wordt aangemaakt');
    expect(visibleText(updated!)).to.contain('Wordt bijgewerkt');
    expect(visibleText(refused!)).to.contain('regel 4').and.contain('Geweigerd').and.contain('naam ontbreekt');
    expect(visibleText(unchanged!)).to.contain('Ongewijzigd');
    expect(visibleText(find(view, '[part="summary"]')!)).to.contain('1 nieuw').and.contain('1 geweigerd');
    expect(visibleText(view)).to.contain('Opmerking');
    expect(view.hasUnsavedChanges()).to.equal(true);
    await expect(view).to.be.accessible();
  });

  it('shows that it is checking while the dry run runs', async () => {
    api = consoleApi({ [`POST ${importPath}`]: never });
    const { view } = await mountConsoleView<CustomerImportView>('kp-customer-import-view');
    choose(view);
    await waitUntil(() => find(view, '[aria-busy="true"]'), 'no busy state');
    expect(visibleText(view)).to.contain('klanten.csv wordt gecontroleerd');
  });

  it('says why a file cannot be read, and lets the staff member choose another', async () => {
    api = consoleApi({ [`POST ${importPath}`]: () => errorResponse(415, 'unsupported_media_type', 'Not CSV') });
    const { view } = await mountConsoleView<CustomerImportView>('kp-customer-import-view');
    choose(view, new File(['PK'], 'klanten.xlsx'));
    await waitUntil(() => find(view, '[part="problem"]'), 'no problem shown');
    expect(visibleText(find(view, '[part="problem"]')!)).to.contain('geen CSV-bestand');
    api.on(`POST ${importPath}`, () => errorResponse(400, 'validation_failed', 'lacks name', [{ path: 'name', message: 'column is missing' }].map((detail) => ({ ...detail, reason: 'missing_column' }))));
    choose(view);
    await waitForText(view, 'de kolom naam ontbreekt');
    await expect(view).to.be.accessible();
  });

  it('accepts a file dropped on the drop zone', async () => {
    api = consoleApi({ [`POST ${importPath}`]: () => ix.dryRun() });
    const { view } = await mountConsoleView<CustomerImportView>('kp-customer-import-view');
    const zone = find(view, '[part="drop-zone"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(ix.csvFile());
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await view.updateComplete;
    expect(zone.classList.contains('over')).to.equal(true);
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await waitUntil(() => rows(view).length === 4);
  });

  it('says so when the file has no customers, and offers no import when every line is refused', async () => {
    api = consoleApi({ [`POST ${importPath}`]: () => ix.empty() });
    const { view } = await mountConsoleView<CustomerImportView>('kp-customer-import-view');
    choose(view);
    await waitForText(view, 'geen regels met klanten');
    expect(find(view, '[part="run"]')).to.equal(undefined);
    api.on(`POST ${importPath}`, () => ix.allRefused());
    find<HTMLButtonElement>(view, '.actions .btn.secondary')!.click();
    await waitFor(view, '#import-input');
    choose(view);
    await waitForText(view, 'ander aantal kolommen');
    expect(find(view, '[part="run"]')).to.equal(undefined);
  });

  it('imports with the keyboard, inviting the contacts now, then links to the customers', async () => {
    api = consoleApi({ [`POST ${importPath}`]: (call) => (call.path.includes('dryRun') ? ix.dryRun() : ix.importDone(true)) });
    const announced: string[] = [];
    const { view } = await mountConsoleView<CustomerImportView>('kp-customer-import-view');
    view.addEventListener('kp-console-announce', (event) => announced.push((event as CustomEvent<{ message: string }>).detail.message));
    choose(view);
    await waitFor(view, '[part="run"]');
    const now = findAll<HTMLInputElement>(view.shadowRoot!, 'input[name="invite"]')[1]!;
    now.focus();
    await sendKeys({ press: 'Space' });
    await view.updateComplete;
    expect(now.checked).to.equal(true);
    find<HTMLButtonElement>(view, '[part="run"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitForText(view, 'De import is klaar');
    expect(importCalls()[1]!.path).to.equal(`${importPath}?invite=1&portal=${view.portals[0]!.slug}`);
    expect(deepActiveElement()?.id).to.equal('import-done');
    expect(visibleText(view)).to.contain('1 contactpersoon heeft een uitnodiging gekregen').and.contain('uitgenodigd');
    const link = findAll<HTMLAnchorElement>(view.shadowRoot!, '[part="rows"] a').find((anchor) => anchor.textContent === 'K-1')!;
    expect(link.getAttribute('href')).to.equal('#/customers/K-1');
    expect(announced.at(-1)).to.contain('Import klaar: 1 nieuw');
    expect(view.hasUnsavedChanges()).to.equal(false);
    await expect(view).to.be.accessible();
  });

  it('imports without inviting by default, and keeps the check when the run fails', async () => {
    api = consoleApi({ [`POST ${importPath}`]: (call) => (call.path.includes('dryRun') ? ix.dryRun() : errorResponse(500, 'internal', 'boom')) });
    const { view } = await mountConsoleView<CustomerImportView>('kp-customer-import-view');
    choose(view);
    (await waitFor<HTMLButtonElement>(view, '[part="run"]')).click();
    await waitUntil(() => find(view, '.notice.error[role="alert"]'), 'no error shown');
    expect(importCalls()[1]!.path).to.equal(importPath);
    expect(rows(view)).to.have.length(4);
  });

  it('is English on an English page, and fits a phone', async () => {
    await setLocale('en');
    api = consoleApi({ [`POST ${importPath}`]: () => ix.dryRun() });
    const { view } = await mountConsoleView<CustomerImportView>('kp-customer-import-view', {}, 390);
    choose(view);
    await waitUntil(() => rows(view).length === 4);
    expect(visibleText(view)).to.contain('Will be created').and.contain('name is missing');
    expect(view.scrollWidth).to.be.at.most(390);
    await expect(view).to.be.accessible();
  });
});
