import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, find, findAll, visibleText, waitFor, waitForText } from '../../shell-fixtures.js';
import { errorResponse, never, type MockApi } from '../../test-support/mock-api.js';
import { setLocale } from '../../i18n/localization.js';
import { useConsoleEnglish } from '../i18n/texts.js';
import { admin, consoleApi, mountConsoleView } from '../test-support/console-mock.js';
import * as dx from '../test-support/dashboard-fixtures.js';
import './dashboard-view.js';
import type { DashboardView } from './dashboard-view.js';
import { waitInWords } from './dashboard-words.js';

useConsoleEnglish();

let api: MockApi;
afterEach(async () => {
  api.restore();
  await setLocale('nl');
});

const bars = (view: Element) => findAll<SVGGElement>(view.shadowRoot!, '[part~="bar"]');
const figures = (view: Element) => findAll(view.shadowRoot!, '[part="figure"]').map((figure) => visibleText(figure).trim());
const navigations = (view: Element) => {
  const paths: string[] = [];
  view.addEventListener('kp-console-navigate', (event) => paths.push((event as CustomEvent<{ path: string }>).detail.path));
  return paths;
};

describe('<kp-dashboard-view>', () => {
  it('shows placeholders while the figures load', async () => {
    api = consoleApi({ [`GET ${admin}/stats`]: never });
    const { view } = await mountConsoleView<DashboardView>('kp-dashboard-view');
    await waitUntil(() => find(view, '[part="pending"][aria-busy="true"]'), 'no placeholder');
    expect(visibleText(view)).to.contain('Bezig met laden');
    await expect(view).to.be.accessible();
  });

  it('says when the figures could not be loaded, and loads them on retry', async () => {
    let fail = true;
    api = consoleApi({ [`GET ${admin}/stats`]: () => (fail ? errorResponse(503, 'unavailable', 'Down') : dx.stats()) });
    const { view } = await mountConsoleView<DashboardView>('kp-dashboard-view');
    await waitForText(view, 'Het overzicht kon niet worden geladen.');
    await expect(view).to.be.accessible();
    fail = false;
    find<HTMLButtonElement>(view, '[part="retry"]')!.click();
    await waitUntil(() => bars(view).length === 12, 'the chart never appeared');
  });

  it('tells a business without requests what to do first, with links to the portal settings and the customers', async () => {
    api = consoleApi({ [`GET ${admin}/stats`]: () => dx.newBusiness() });
    const { view } = await mountConsoleView<DashboardView>('kp-dashboard-view');
    await waitFor(view, '[part="empty"]');
    const paths = navigations(view);
    expect(visibleText(view)).to.contain('Nog geen aanvragen').and.contain('(0 actief, 2 uitgenodigd)');
    expect(bars(view)).to.have.length(0);
    await expect(view).to.be.accessible();
    find<HTMLAnchorElement>(view, '[part="start-settings"]')!.click();
    find<HTMLAnchorElement>(view, '[part="start-customers"]')!.click();
    expect(paths).to.deep.equal(['settings', 'customers']);
    expect(find(view, '[part="start-settings"]')!.getAttribute('href')).to.equal('#/settings');
  });

  it('shows the figures in words, linked on to the inbox and the customers', async () => {
    api = consoleApi({ [`GET ${admin}/stats`]: () => dx.stats() });
    const { view } = await mountConsoleView<DashboardView>('kp-dashboard-view');
    await waitUntil(() => figures(view).length === 5, 'the figures never appeared');
    expect(api.calls.filter((call) => call.path.startsWith(`${admin}/stats`)).map((call) => call.path)).to.deep.equal([`${admin}/stats`]);
    const [week, answer, accepted, quotes, contacts] = figures(view);
    expect(week).to.contain('Aanvragen deze week').and.contain('5').and.contain('3 nieuw in de inbox');
    expect(answer).to.contain('3 uur').and.contain('66 beantwoord, 5 nog zonder antwoord');
    expect(accepted).to.contain('80%').and.contain('48 van 60 beoordeelde aanvragen');
    expect(quotes).to.contain('21').and.contain('4 afgewezen, 6 open');
    expect(contacts).to.contain('57').and.contain('9 uitgenodigd, nog niet ingelogd');
    expect(visibleText(view)).to.contain('Week 38 tot en met 49');
    const paths = navigations(view);
    const newLink = find<HTMLAnchorElement>(view, '[part="new-link"]')!;
    expect(newLink.getAttribute('href')).to.equal('#/inbox');
    newLink.click();
    find<HTMLAnchorElement>(view, '[part="invited-link"]')!.click();
    expect(paths).to.deep.equal(['inbox', 'customers']);
    await expect(view).to.be.accessible();
  });

  it('draws a bar per week whose height and name match the numbers, and the same numbers as a table', async () => {
    api = consoleApi({ [`GET ${admin}/stats`]: () => dx.stats() });
    const { view } = await mountConsoleView<DashboardView>('kp-dashboard-view');
    await waitUntil(() => bars(view).length === 12, 'the chart never appeared');
    const expected = dx.weeks();
    const drawn = bars(view);
    drawn.forEach((bar, index) => {
      const week = expected[index]!;
      expect(bar.dataset.requests).to.equal(String(week.requests));
      expect(bar.getAttribute('aria-label')).to.contain(`Week ${week.week} `).and.contain(`${week.requests} aanvra`).and.contain(`${week.guest} van gasten`);
    });
    // Heights in proportion: week 47 (11 requests) is the tallest, week 41 (none) has no height, guests sit on top.
    const height = (bar: SVGGElement, part: string) => Number(bar.querySelector(`.${part}`)!.getAttribute('height'));
    const total = (bar: SVGGElement) => height(bar, 'portal') + height(bar, 'guest');
    const tallest = drawn[9]!;
    expect(total(tallest) / total(drawn[10]!)).to.be.closeTo(11 / 7, 0.01);
    expect(total(drawn[3]!)).to.equal(0);
    expect(height(tallest, 'guest') / total(tallest)).to.be.closeTo(5 / 11, 0.01);
    const table = findAll(find(view, 'kp-dashboard-chart')!.shadowRoot!, 'tbody tr').map((row) => [...row.children].map((cell) => cell.textContent!.trim()));
    expect(table).to.have.length(12);
    expect(table[9]).to.deep.equal(['Week 47, vanaf 16 nov', '11', '6', '5']);
    expect(table.map((row) => Number(row[1]))).to.deep.equal(expected.map((week) => week.requests));
  });

  it('moves between weeks with the keyboard: one stop on Tab, arrows, Home and End, the week’s numbers shown', async () => {
    api = consoleApi({ [`GET ${admin}/stats`]: () => dx.stats() });
    const { view } = await mountConsoleView<DashboardView>('kp-dashboard-view');
    await waitUntil(() => bars(view).length === 12, 'the chart never appeared');
    const drawn = bars(view);
    expect(drawn.filter((bar) => bar.getAttribute('tabindex') === '0')).to.deep.equal([drawn[11]]);
    drawn[11]!.focus();
    const detail = () => find(view, 'kp-dashboard-chart [part="detail"]')!.textContent!.trim();
    await waitUntil(() => detail().startsWith('Week 49'), 'no detail for this week');
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => deepActiveElement() === drawn[10], 'focus did not move left');
    expect(detail()).to.equal('Week 48 (vanaf 23 nov): 7 aanvragen, 2 van gasten');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => deepActiveElement() === drawn[0], 'Home did not reach the first week');
    await sendKeys({ press: 'ArrowLeft' });
    expect(deepActiveElement()).to.equal(drawn[0]);
    await sendKeys({ press: 'End' });
    await waitUntil(() => deepActiveElement() === drawn[11], 'End did not reach this week');
    expect(drawn.filter((bar) => bar.getAttribute('tabindex') === '0')).to.deep.equal([drawn[11]]);
  });

  it('fits a 390 px phone, in English too', async () => {
    await setLocale('en');
    api = consoleApi({ [`GET ${admin}/stats`]: () => dx.stats() });
    const { view } = await mountConsoleView<DashboardView>('kp-dashboard-view', { locale: 'en' }, 390);
    await waitUntil(() => bars(view).length === 12, 'the chart never appeared');
    expect(view.scrollWidth).to.be.at.most(390);
    const chart = find(view, 'kp-dashboard-chart [part="chart"]')!;
    expect(chart.getBoundingClientRect().width).to.be.at.most(390);
    expect(visibleText(view)).to.contain('Requests this week').and.contain('3 hours').and.contain('3 new in the inbox');
    await expect(view).to.be.accessible();
  });

  it('says a wait as people say it', () => {
    expect(waitInWords(20)).to.equal('minder dan een minuut');
    expect(waitInWords(60)).to.equal('1 minuut');
    expect(waitInWords(25 * 60)).to.equal('25 minuten');
    expect(waitInWords(3600 + 20 * 60)).to.equal('1 uur');
    expect(waitInWords(30 * 3600)).to.equal('30 uur');
    expect(waitInWords(3 * 86400)).to.equal('3 dagen');
  });
});
