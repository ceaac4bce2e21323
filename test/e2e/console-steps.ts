// What a staff member and a customer do, step by step, in the business console and in the widget: shared by the
// console's end-to-end journeys.
import { expect } from 'vitest';
import type { Locator as PlaywrightLocator, Page as PlaywrightPage } from 'playwright-core';
import * as OTPAuth from 'otpauth';
import type { Locator, Page } from './browsers.js';
import { newPage, screenshot, type Harness, type viewports } from './harness.js';

/** A Playwright page's locators for Chromium-only journeys, the shared `Locator` for those in both browsers. */
export type LocatorOf<P extends Page> = P extends PlaywrightPage ? PlaywrightLocator : Locator;

export const consoleOf = <P extends Page>(page: P): LocatorOf<P> => page.locator('kp-console') as LocatorOf<P>;
export const portal = <P extends Page>(page: P): LocatorOf<P> => page.locator('klant-portaal') as LocatorOf<P>;

/** Long enough for a live update to cross from one browser to the other on a busy machine. */
export const live = { timeout: 20_000 };

export async function see(locator: Locator, options = live): Promise<void> {
  await expect.poll(() => locator.count(), options).toBeGreaterThan(0);
}

/** The console's event streams that are open now, per page: what lets a change appear without a reload. */
const openStreams = new WeakMap<Page, Set<object>>();

function followStreams(page: Page): void {
  const open = new Set<object>();
  openStreams.set(page, open);
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/api/v1/admin/events' && response.status() === 200) open.add(response.request());
  });
  page.on('requestfinished', (request) => open.delete(request));
  page.on('requestfailed', (request) => open.delete(request));
}

export interface Sides<P extends Page = PlaywrightPage> {
  staff: P;
  customer: P;
  /** A screenshot of one side at a step: `console-<viewport>-<journey>-<step>-<side>.png`. */
  shot(side: 'staff' | 'customer', step: string): Promise<void>;
}

/**
 * Runs a journey with the staff member and the customer each in a browser of their own; when it fails, what both
 * saw last is kept beside the screenshots.
 */
export async function withSides<P extends Page>(harness: Harness<P>, viewport: keyof typeof viewports, journey: string, run: (sides: Sides<P>) => Promise<void>): Promise<void> {
  const staff = await newPage(harness, viewport);
  const customer = await newPage(harness, viewport);
  followStreams(staff.page);
  const shot = (side: 'staff' | 'customer', step: string) => screenshot(side === 'staff' ? staff.page : customer.page, `console-${viewport}-${journey}-${step}-${side}`);
  try {
    await run({ staff: staff.page, customer: customer.page, shot });
  } catch (error) {
    await Promise.allSettled([shot('staff', 'failed'), shot('customer', 'failed')]);
    throw error;
  } finally {
    await staff.context.close();
    await customer.context.close();
  }
}

// ── The console ─────────────────────────────────────────────────────────────────────────────────────────────────

export async function consoleSignIn(page: Page, email: string, password: string): Promise<void> {
  const desk = consoleOf(page);
  await desk.getByLabel('E-mailadres').fill(email);
  await desk.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await desk.getByRole('button', { name: 'Inloggen', exact: true }).click();
}

export async function seeInbox(page: Page): Promise<void> {
  const desk = consoleOf(page);
  // An admin's console opens on the overview; the inbox is one step away in the navigation.
  const heading = desk.getByRole('heading', { name: /^(Inbox|Overzicht)$/, level: 1 });
  await see(heading);
  if ((await heading.textContent())?.trim() === 'Overzicht') await desk.getByRole('link', { name: /^Inbox/ }).click();
  await see(desk.getByRole('heading', { name: 'Inbox', level: 1 }));
  await see(consoleOf(page).getByText('Live bijgewerkt'));
  // The console says so as it opens the stream; only once the server has answered it do events reach the page.
  await expect.poll(() => openStreams.get(page)?.size ?? 0, live).toBeGreaterThan(0);
}

/** An admin's console opens on the overview; with its event stream open, what happens elsewhere shows in its figures. */
export async function seeOverview(page: Page): Promise<void> {
  await see(consoleOf(page).getByRole('heading', { name: 'Overzicht', level: 1 }));
  await expect.poll(() => openStreams.get(page)?.size ?? 0, live).toBeGreaterThan(0);
}

/** The tab's title on a view of the console, with the count of requests this staff member has not seen. */
export function tabTitle(unseen: number, business: string, view = 'Inbox'): string {
  return `${unseen ? `(${unseen}) ` : ''}${view} · ${business}`;
}

/** The account menu holds the way to the account and out: one button, on a phone and on a desktop. */
export async function openAccountMenu(page: Page, name: string): Promise<void> {
  await consoleOf(page).getByRole('button', { name: new RegExp(name) }).click();
}

export function inboxRow<P extends Page>(page: P, text: string): LocatorOf<P> {
  return consoleOf(page).locator('[part~="request"]', { hasText: text }) as LocatorOf<P>;
}

/** Accepts the open request into a new console work order: number, planned window, description. */
export async function acceptIntoWorkOrder(page: Page, workOrder: { number: string; day: string; from: string; to: string; description: string }): Promise<void> {
  const desk = consoleOf(page);
  await desk.getByRole('button', { name: 'Accepteren…' }).click();
  const form = desk.getByRole('form', { name: 'Aanvraag accepteren' });
  await expect.poll(() => form.getByRole('radio', { name: 'Nieuwe werkbon maken in de console' }).isChecked()).toBe(true);
  await form.getByLabel('Werkbonnummer').fill(workOrder.number);
  await form.getByLabel(/^Dag/).fill(workOrder.day);
  await form.getByLabel(/^Van/).fill(workOrder.from);
  await form.getByLabel(/^Tot/).fill(workOrder.to);
  await form.getByLabel('Omschrijving van het werk').fill(workOrder.description);
}

/** Creates a customer in the console (Klanten → Nieuwe klant) and waits for its page. */
export async function createCustomer(page: Page, customer: { name: string; email?: string; address?: { street: string; houseNumber: string; postalCode: string; city: string } }): Promise<void> {
  const desk = consoleOf(page);
  await desk.getByRole('link', { name: 'Klanten', exact: true }).click();
  await see(desk.getByRole('heading', { name: 'Klanten', level: 1 }));
  await desk.getByRole('button', { name: 'Nieuwe klant' }).first().click();
  await desk.getByLabel('Naam', { exact: true }).fill(customer.name);
  if (customer.email) await desk.getByLabel(/^E-mailadres/).fill(customer.email);
  if (customer.address) {
    await desk.getByLabel(/^Straat/).fill(customer.address.street);
    await desk.getByLabel(/^Huisnummer/).fill(customer.address.houseNumber);
    await desk.getByLabel(/^Postcode/).fill(customer.address.postalCode);
    await desk.getByLabel(/^Plaats/).fill(customer.address.city);
  }
  await desk.getByRole('button', { name: 'Klant aanmaken' }).click();
  await see(desk.getByRole('heading', { name: customer.name, level: 1 }));
}

/** On a customer's page: adds a work address. */
export async function addWorkAddress(page: Page, address: { street: string; houseNumber: string; postalCode: string; city: string }): Promise<void> {
  const desk = consoleOf(page);
  await desk.getByRole('button', { name: 'Werkadres toevoegen' }).click();
  await desk.getByLabel(/^Straat/).fill(address.street);
  await desk.getByLabel(/^Huisnummer/).fill(address.houseNumber);
  await desk.getByLabel(/^Postcode/).fill(address.postalCode);
  await desk.getByLabel(/^Plaats/).fill(address.city);
  await desk.getByRole('button', { name: 'Adres opslaan' }).click();
  await see(desk.getByText(`${address.street} ${address.houseNumber},`, { exact: false }));
}

/** On a customer's page: invites a contact, mailed, and answers the invite link the console shows to copy. */
export async function inviteContact(page: Page, contact: { name: string; email: string }): Promise<string> {
  const desk = consoleOf(page);
  await desk.getByRole('button', { name: 'Contactpersoon uitnodigen' }).click();
  const form = desk.getByRole('form', { name: 'Contactpersoon uitnodigen' });
  await form.getByLabel('Naam', { exact: true }).fill(contact.name);
  await form.getByLabel(/^E-mailadres/).fill(contact.email);
  await form.getByRole('button', { name: 'Uitnodigen', exact: true }).click();
  const link = desk.getByLabel(`Uitnodigingslink voor ${contact.name}`);
  await see(link);
  return link.inputValue();
}

// ── Two-step sign-in ────────────────────────────────────────────────────────────────────────────────────────────

/** The authenticator app on the staff member's phone, set up with the key the console shows as text. */
export class Authenticator {
  private readonly totp: OTPAuth.TOTP;

  constructor(key: string) {
    this.totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(key.replace(/\s+/g, '')), algorithm: 'SHA1', digits: 6, period: 30 });
  }

  /** The code the app shows now, and its time step. */
  now(): { code: string; step: number } {
    const timestamp = Date.now();
    return { code: this.totp.generate({ timestamp }), step: this.totp.counter({ timestamp }) };
  }

  /**
   * The app's next code after `step`: the one it shows within 30 seconds, which the server already takes (it allows
   * one step of clock drift). A used code is refused, so a second sign-in needs a later one.
   */
  after(step: number): string {
    return this.totp.generate({ timestamp: (step + 1) * 30_000 });
  }
}

// ── The widget ──────────────────────────────────────────────────────────────────────────────────────────────────

export async function widgetSignIn(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(url);
  await portal(page).getByLabel('E-mailadres').fill(email);
  await portal(page).getByLabel('Wachtwoord', { exact: true }).fill(password);
  await portal(page).getByRole('button', { name: 'Inloggen', exact: true }).click();
  await see(portal(page).getByRole('heading', { name: /Welkom/ }));
}

/** A photo of the fault: a JPEG the customer's browser takes of what it shows. */
export function photoOf(page: Page): Promise<Buffer> {
  return page.screenshot({ type: 'jpeg', quality: 80 });
}

/** Files a request from the widget's home page; answers its reference once the widget says it was sent. */
export async function fileRequest(page: Page, request: { workType: string; description: string; chooseAddress: boolean; terms: boolean }): Promise<string> {
  const widget = portal(page);
  await widget.getByRole('button', { name: 'Storing melden of onderhoud aanvragen' }).click();
  await widget.getByLabel('Soort werk').selectOption({ label: request.workType });
  await widget.getByLabel('Wat is er aan de hand?').fill(request.description);
  // With one address, the widget has chosen it already.
  if (request.chooseAddress) await widget.getByLabel('Adres').selectOption({ index: 1 });
  await widget.locator('input[type="file"]').first().setInputFiles({ name: 'storing.jpg', mimeType: 'image/jpeg', buffer: await photoOf(page) });
  await see(widget.locator('img'));
  if (request.terms) await widget.getByRole('checkbox', { name: /akkoord/ }).check();
  await widget.getByRole('button', { name: 'Aanvraag versturen' }).click();
  await see(widget.getByRole('heading', { name: 'Aanvraag verstuurd' }));
  return (await widget.locator('[part="reference"]').textContent())!.trim();
}
