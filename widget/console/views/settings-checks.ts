// What the settings form checks as it is typed, what a save changed, and the contrast of the brand colour: the same
// rules the server holds (server/portals/settings.ts), worded for the business.
import { msg, str } from '@lit/localize';
import type { FeatureName, PortalSettings, WorkOrderStatus } from '../api/settings.js';

/** Why `value` is not an origin (`scheme://host[:port]`), or '' when it is one. */
export function originProblem(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return msg('Vul het begin van een webadres in, zoals https://www.uwbedrijf.nl.', { id: 'console.settings.check.originFormat' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return msg('Begin met https:// of http://.', { id: 'console.settings.check.originScheme' });
  if (url.username || url.password) return msg('Zonder gebruikersnaam of wachtwoord.', { id: 'console.settings.check.noCredentials' });
  if (!/^[a-z]+:\/\/[^/?#]+\/?$/i.test(value)) {
    return msg(str`Alleen het begin van het adres, zonder pad, ? of #: ${url.origin}`, { id: 'console.settings.check.originOnly' });
  }
  return '';
}

/** The origin as the browser sends it, for comparing and storing. */
export function normalOrigin(value: string): string {
  return originProblem(value) ? value : new URL(value).origin;
}

/** Why `value` is no web address the server accepts, or ''. */
export function urlProblem(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return msg('Vul een volledig webadres in, zoals https://www.uwbedrijf.nl/contact.', { id: 'console.settings.check.urlFormat' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return msg('Begin met https:// of http://.', { id: 'console.settings.check.originScheme' });
  if (url.username || url.password) return msg('Zonder gebruikersnaam of wachtwoord.', { id: 'console.settings.check.noCredentials' });
  return '';
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** The WCAG contrast ratio of a `#rrggbb` colour against white, or null when it is no such colour. */
export function contrastWithWhite(hex: string): number | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return null;
  const [r, g, b] = match.slice(1).map((part) => channel(parseInt(part, 16))) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (luminance + 0.05);
}

/** Problems of the whole form, by field path as the server names them (`allowedOrigins.1`, `homeUrl`). */
export function settingsProblems(settings: PortalSettings): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!settings.name.trim()) problems.name = msg('Vul de naam van het portaal in.', { id: 'console.settings.check.nameRequired' });
  if (settings.homeUrl !== null) {
    const problem = urlProblem(settings.homeUrl);
    if (problem) problems.homeUrl = problem;
  }
  const seen = new Set<string>();
  settings.allowedOrigins.forEach((origin, index) => {
    const problem = originProblem(origin);
    const normal = normalOrigin(origin);
    if (problem) problems[`allowedOrigins.${index}`] = problem;
    else if (seen.has(normal)) problems[`allowedOrigins.${index}`] = msg('Dit adres staat al in de lijst.', { id: 'console.settings.check.originTwice' });
    seen.add(normal);
  });
  if (!/^#[0-9a-f]{6}$/i.test(settings.branding.primaryColor)) {
    problems['branding.primaryColor'] = msg('Kies een kleur als #0b5cad.', { id: 'console.settings.check.colour' });
  }
  const form = settings.requestForm;
  if (form.requireTerms && !form.termsUrl) problems['requestForm.termsUrl'] = msg('Vul het adres van de voorwaarden in.', { id: 'console.settings.check.termsRequired' });
  else if (form.termsUrl) {
    const problem = urlProblem(form.termsUrl);
    if (problem) problems['requestForm.termsUrl'] = problem;
  }
  if (form.workTypes.length === 0) problems['requestForm.workTypes'] = msg('Houd minstens één soort werk.', { id: 'console.settings.check.oneWorkType' });
  const labelRequired = msg('Vul de naam in.', { id: 'console.settings.check.labelRequired' });
  for (const [list, key] of [
    [form.workTypes, 'workTypes'],
    [form.checklist, 'checklist'],
  ] as const) {
    list.forEach((item, index) => {
      if (!item.label.nl.trim()) problems[`requestForm.${key}.${index}.label.nl`] = labelRequired;
      if (!item.label.en.trim()) problems[`requestForm.${key}.${index}.label.en`] = labelRequired;
    });
  }
  const email = settings.notifications.newRequestEmail;
  if (email !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    problems['notifications.newRequestEmail'] = msg('Vul een geldig e-mailadres in.', { id: 'console.settings.check.email' });
  }
  if (!settings.auth.password && !settings.auth.magicLink && !settings.auth.sso.enabled) {
    problems.auth = msg('Laat klanten op minstens één manier inloggen.', { id: 'console.settings.check.oneSignIn' });
  }
  return problems;
}

export function featureLabel(feature: FeatureName): string {
  const labels: Record<FeatureName, () => string> = {
    requests: () => msg('Aanvragen', { id: 'console.settings.feature.requests' }),
    workOrders: () => msg('Werkbonnen', { id: 'console.settings.feature.workOrders' }),
    quotes: () => msg('Offertes', { id: 'console.settings.feature.quotes' }),
    invoices: () => msg('Facturen', { id: 'console.settings.feature.invoices' }),
    objects: () => msg('Installaties', { id: 'console.settings.feature.objects' }),
    documents: () => msg('Documenten', { id: 'console.settings.feature.documents' }),
    orders: () => msg('Bestellingen', { id: 'console.settings.feature.orders' }),
    messages: () => msg('Berichten', { id: 'console.settings.feature.messages' }),
    guestRequests: () => msg('Aanvragen zonder account', { id: 'console.settings.feature.guestRequests' }),
    contacts: () => msg('Collega’s van de klant', { id: 'console.settings.feature.contacts' }),
  };
  return labels[feature]();
}

export function statusLabel(status: WorkOrderStatus): string {
  const labels: Record<WorkOrderStatus, () => string> = {
    open: () => msg('Open', { id: 'console.settings.status.open' }),
    planned: () => msg('Ingepland', { id: 'console.settings.status.planned' }),
    in_progress: () => msg('In uitvoering', { id: 'console.settings.status.inProgress' }),
    completed: () => msg('Afgerond', { id: 'console.settings.status.completed' }),
    cancelled: () => msg('Geannuleerd', { id: 'console.settings.status.cancelled' }),
  };
  return labels[status]();
}

/** The name of a setting by its path, as the save's summary lists it. */
function settingLabel(path: string): string {
  const [group, key] = path.split('.') as [string, string | undefined];
  if (group === 'features' && key) return featureLabel(key as FeatureName);
  const labels: Record<string, () => string> = {
    name: () => msg('Naam', { id: 'console.settings.name' }),
    enabled: () => msg('Portaal aan', { id: 'console.settings.enabled' }),
    locale: () => msg('Taal', { id: 'console.settings.locale' }),
    homeUrl: () => msg('Adres van uw portaalpagina', { id: 'console.settings.homeUrl' }),
    allowedOrigins: () => msg('Toegestane websites', { id: 'console.settings.allowedOrigins' }),
    'branding.primaryColor': () => msg('Kleur', { id: 'console.settings.colour' }),
    'branding.logoUrl': () => msg('Logo', { id: 'console.settings.logo' }),
    'workOrders.showPrices': () => msg('Prijzen tonen', { id: 'console.settings.showPrices' }),
    'workOrders.visibleStatuses': () => msg('Zichtbare statussen', { id: 'console.settings.visibleStatuses' }),
    'requestForm.workTypes': () => msg('Soorten werk', { id: 'console.settings.workTypes' }),
    'requestForm.requirePhoto': () => msg('Foto verplicht', { id: 'console.settings.requirePhoto' }),
    'requestForm.requireTerms': () => msg('Voorwaarden verplicht', { id: 'console.settings.requireTerms' }),
    'requestForm.termsUrl': () => msg('Adres van de voorwaarden', { id: 'console.settings.termsUrl' }),
    'requestForm.checklist': () => msg('Vragen vooraf', { id: 'console.settings.checklist' }),
    'quotes.requireSignature': () => msg('Handtekening bij offertes', { id: 'console.settings.requireSignature' }),
    'notifications.newRequestEmail': () => msg('Meldingsadres', { id: 'console.settings.newRequestEmail' }),
    'notifications.customerEmails': () => msg('Mails aan klanten', { id: 'console.settings.customerEmails' }),
    'auth.password': () => msg('Inloggen met wachtwoord', { id: 'console.settings.authPassword' }),
    'auth.magicLink': () => msg('Inloggen met een link', { id: 'console.settings.authMagicLink' }),
    'auth.sso': () => msg('Inloggen via uw website (SSO)', { id: 'console.settings.authSso' }),
  };
  return (labels[path] ?? labels[group])?.() ?? path;
}

// Compared one level below each group: a list (origins, work types) counts as one setting.
const grouped = new Set(['branding', 'features', 'workOrders', 'requestForm', 'quotes', 'notifications', 'auth']);

/** The names of the settings that differ between `before` and `after`. */
export function changedSettings(before: PortalSettings, after: PortalSettings): string[] {
  const paths: string[] = [];
  for (const key of Object.keys(after) as (keyof PortalSettings)[]) {
    const a = before[key] as unknown;
    const b = after[key] as unknown;
    if (grouped.has(key) && a && b && typeof a === 'object') {
      for (const sub of Object.keys(b as object)) {
        if (JSON.stringify((a as Record<string, unknown>)[sub]) !== JSON.stringify((b as Record<string, unknown>)[sub])) paths.push(`${key}.${sub}`);
      }
    } else if (JSON.stringify(a) !== JSON.stringify(b)) paths.push(key);
  }
  return paths.map(settingLabel);
}

/** An id for a new work type or question, from its Dutch name: what the back office reads in each request. */
export function idFrom(label: string, taken: readonly string[]): string {
  const base =
    label
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 32) || 'soort';
  let id = base;
  for (let n = 2; taken.includes(id); n += 1) id = `${base}-${n}`;
  return id;
}
