// The views of the signed-in portal, in menu order: one table gives the menu, the view names a page or a link can
// open, the lazily loaded chunk of each view, and the modules whose texts the translation tests check.
import { msg } from '@lit/localize';
import type { PortalConfig } from '../api/client.js';
import type { PortalView } from '../views/portal-view.js';
import type { LoadableView } from './load-view.js';

export type Feature = keyof PortalConfig['features'];

/** What a view takes from its name: the record of `invoices/{id}`, the object and work type of `requests/new?objectId=…&workType=…`. */
export interface ViewInputs {
  recordId?: string;
  objectId?: string;
  workType?: string;
}

/** The tag of a view element that has the properties `P`. */
type ViewTag<P = object> = { [T in keyof HTMLElementTagNameMap]: HTMLElementTagNameMap[T] extends PortalView & P ? T : never }[keyof HTMLElementTagNameMap];

/** A view's element and its chunk; a missing chunk fails the build. */
export type ViewModule<P = object> = LoadableView<ViewTag<P>>;

interface TitledModule<P> extends ViewModule<P> {
  title: () => string;
}

export interface Section {
  /** Shown only when this feature of the portal is on. */
  feature?: Feature;
  /** The menu entry, and the title of the list. */
  title: () => string;
  /** `requests`. */
  list: ViewModule;
  /** `requests/{id}`. */
  detail?: TitledModule<{ recordId: string }>;
  /** `requests/new`, from the menu's own button rather than an entry. */
  create?: TitledModule<{ objectId: string; workType: string }>;
}

export const sections = new Map<string, Section>([
  ['home', { title: () => msg('Overzicht', { id: 'shell.nav.home' }), list: { tag: 'kp-home-view', load: () => import('../views/home-view.js') } }],
  [
    'requests',
    {
      feature: 'requests',
      title: () => msg('Aanvragen', { id: 'shell.nav.requests' }),
      list: { tag: 'kp-requests-view', load: () => import('../views/requests-view.js') },
      create: { tag: 'kp-request-form-view', load: () => import('../views/request-form-view.js'), title: () => msg('Nieuwe aanvraag', { id: 'shell.title.newRequest' }) },
      detail: { tag: 'kp-request-detail-view', load: () => import('../views/request-detail-view.js'), title: () => msg('Aanvraag', { id: 'shell.title.request' }) },
    },
  ],
  [
    'work-orders',
    {
      feature: 'workOrders',
      title: () => msg('Werkbonnen', { id: 'shell.nav.workOrders' }),
      list: { tag: 'kp-work-orders-view', load: () => import('../views/work-orders-view.js') },
      detail: { tag: 'kp-work-order-detail-view', load: () => import('../views/work-order-detail-view.js'), title: () => msg('Werkbon', { id: 'shell.title.workOrder' }) },
    },
  ],
  [
    'quotes',
    {
      feature: 'quotes',
      title: () => msg('Offertes', { id: 'shell.nav.quotes' }),
      list: { tag: 'kp-quotes-view', load: () => import('../views/quotes-view.js') },
      detail: { tag: 'kp-quote-detail-view', load: () => import('../views/quote-detail-view.js'), title: () => msg('Offerte', { id: 'shell.title.quote' }) },
    },
  ],
  [
    'invoices',
    {
      feature: 'invoices',
      title: () => msg('Facturen', { id: 'shell.nav.invoices' }),
      list: { tag: 'kp-invoices-view', load: () => import('../views/invoices-view.js') },
      detail: { tag: 'kp-invoice-detail-view', load: () => import('../views/invoice-detail-view.js'), title: () => msg('Factuur', { id: 'shell.title.invoice' }) },
    },
  ],
  [
    'objects',
    {
      feature: 'objects',
      title: () => msg('Installaties', { id: 'shell.nav.objects' }),
      list: { tag: 'kp-objects-view', load: () => import('../views/objects-view.js') },
      detail: { tag: 'kp-object-detail-view', load: () => import('../views/object-detail-view.js'), title: () => msg('Installatie', { id: 'shell.title.object' }) },
    },
  ],
  [
    'documents',
    { feature: 'documents', title: () => msg('Documenten', { id: 'shell.nav.documents' }), list: { tag: 'kp-documents-view', load: () => import('../views/documents-view.js') } },
  ],
  [
    'orders',
    {
      feature: 'orders',
      title: () => msg('Bestellingen', { id: 'shell.nav.orders' }),
      list: { tag: 'kp-orders-view', load: () => import('../views/orders-view.js') },
      detail: { tag: 'kp-order-detail-view', load: () => import('../views/order-detail-view.js'), title: () => msg('Bestelling', { id: 'shell.title.order' }) },
    },
  ],
  ['account', { title: () => msg('Mijn gegevens', { id: 'shell.nav.account' }), list: { tag: 'kp-account-view', load: () => import('../views/account-view.js') } }],
]);

/**
 * Where the customer is: a view name from navigate(), the `view` attribute or the address bar, resolved.
 * @internal
 */
export interface Route {
  /** The first part of the view name: the menu entry that is current while the view shows. */
  section: string;
  module: ViewModule;
  title: string;
  /** Set on the view as properties: each view declares the ones it takes. */
  inputs: ViewInputs;
}

const recordId = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * The route for a view name, or null when there is no such view or its feature is off in this portal.
 * @internal
 */
export function resolveView(view: string, features: PortalConfig['features']): Route | null {
  const [path = '', query = ''] = view.split('?', 2);
  const [name = '', sub, ...rest] = path.split('/').filter(Boolean);
  const section = sections.get(name);
  if (!section || rest.length || (section.feature && !features[section.feature])) return null;
  if (sub === undefined) return { section: name, module: section.list, title: section.title(), inputs: {} };
  if (sub === 'new' && section.create) {
    const params = new URLSearchParams(query);
    return { section: name, module: section.create, title: section.create.title(), inputs: { objectId: params.get('objectId') ?? '', workType: params.get('workType') ?? '' } };
  }
  if (section.detail && recordId.test(sub)) return { section: name, module: section.detail, title: section.detail.title(), inputs: { recordId: sub } };
  return null;
}
