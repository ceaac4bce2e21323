// The README's "Connect your back office", as an integrator writes it: against a client generated from /openapi.json
// (openapi-typescript's widget/api/schema.d.ts, called through openapi-fetch), with no type of its own. npm test
// type-checks it, so an answer the document leaves untyped fails the build; back-office.test.ts runs it against a
// test app. Against a running server:
//   KP_PUBLIC_URL=https://portal.jansen.nl KP_API_KEY=kp_live_… KP_PORTAL=jansen tsx test/contract/back-office.ts factuur.pdf
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../widget/api/schema.js';

export type KlantportaalClient = Client<paths>;

export function backOfficeClient(options: { baseUrl: string; apiKey: string; fetch?: (request: Request) => Promise<Response> }): KlantportaalClient {
  return createClient<paths>({
    baseUrl: options.baseUrl,
    headers: { Authorization: `Bearer ${options.apiKey}` },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

/** The answer's body (never, when the document gives the success answer no schema), or the API's own error. */
function answer<T>(result: { data?: T; error?: unknown; response: Response }, doing: string): NonNullable<T> {
  if (result.data === undefined || result.data === null) throw new Error(`${doing}: ${result.response.status} ${JSON.stringify(result.error)}`);
  return result.data;
}

/**
 * Step 2: push a customer, a work address and a portal user (the invite is mailed), then the records the customer
 * should see: a planned work order, and its invoice with the PDF.
 */
export async function pushCustomer(api: KlantportaalClient, portal: string, invoicePdf: Blob) {
  const customer = answer(
    await api.PUT('/api/v1/admin/customers/{externalId}', {
      params: { path: { externalId: 'D-1001' } },
      body: { name: 'Jan de Vries', email: 'jan@example.com' },
    }),
    'upserting the customer',
  );
  const location = answer(
    await api.PUT('/api/v1/admin/customers/{externalId}/locations/{locationExternalId}', {
      params: { path: { externalId: customer.externalId, locationExternalId: 'home' } },
      body: { street: 'Oudegracht', houseNumber: '112', postalCode: '3511 AX', city: 'Utrecht' },
    }),
    'upserting the work address',
  );
  const invited = answer(
    await api.POST('/api/v1/admin/customers/{externalId}/contacts', {
      params: { path: { externalId: customer.externalId }, query: { portal } },
      body: { email: 'jan@example.com', name: 'Jan de Vries', role: 'admin', sendInvite: true },
    }),
    'inviting the portal user',
  );
  const workOrder = answer(
    await api.PUT('/api/v1/admin/work-orders/{externalId}', {
      params: { path: { externalId: 'WB-0412' } },
      body: {
        customerExternalId: customer.externalId,
        locationExternalId: location.externalId,
        number: 'WB-0412',
        description: 'Onderhoud cv-ketel',
        status: 'planned',
        plannedStart: '2026-12-08T08:00:00+01:00',
      },
    }),
    'upserting the work order',
  );
  const invoice = answer(
    await api.PUT('/api/v1/admin/invoices/{externalId}', {
      params: { path: { externalId: 'F-2026-0107' } },
      body: {
        customerExternalId: customer.externalId,
        workOrderExternalId: workOrder.externalId,
        number: '2026-0107',
        issueDate: '2026-12-09',
        dueDate: '2026-12-23',
        totalCents: 18150,
        totalExclVatCents: 15000,
        currency: 'EUR',
        status: 'open',
      },
    }),
    'upserting the invoice',
  );
  const invoiceWithPdf = answer(
    await api.PUT('/api/v1/admin/invoices/{externalId}/pdf', {
      params: { path: { externalId: invoice.externalId } },
      body: invoicePdf,
      bodySerializer: (pdf) => pdf,
      headers: { 'Content-Type': 'application/pdf' },
    }),
    'uploading the invoice’s PDF',
  );
  return { customer, location, contact: invited.contact, invite: invited.invite, workOrder, invoice: invoiceWithPdf };
}

/**
 * Step 3, the fallback to webhooks: the requests submitted since the last look, each moved to in_review with a note
 * and answered with a message. Guest requests have no conversation: the business answers those by mail or phone.
 */
export async function answerNewRequests(api: KlantportaalClient, since: string) {
  const inbox = answer(await api.GET('/api/v1/admin/requests', { params: { query: { status: 'submitted', updatedSince: since } } }), 'reading the inbox');
  const answered = [];
  for (const request of inbox.items) {
    const moved = answer(
      await api.PATCH('/api/v1/admin/requests/{id}', {
        params: { path: { id: request.id } },
        body: { status: 'in_review', note: 'We plannen een monteur in.' },
      }),
      `moving ${request.reference}`,
    );
    if (request.source === 'guest') {
      answered.push({ request: moved, message: null });
      continue;
    }
    const message = answer(
      await api.POST('/api/v1/admin/requests/{id}/messages', {
        params: { path: { id: request.id } },
        body: { body: `Beste ${request.contact?.name ?? 'klant'}, we bellen u morgen om een afspraak te maken.`, authorName: 'Petra (planning)' },
      }),
      `answering ${request.reference}`,
    );
    answered.push({ request: moved, message });
  }
  return answered;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { KP_PUBLIC_URL: baseUrl, KP_API_KEY: apiKey, KP_PORTAL: portal } = process.env;
  const pdfPath = process.argv[2];
  if (!baseUrl || !apiKey || !portal || !pdfPath) {
    process.stderr.write('usage: KP_PUBLIC_URL=… KP_API_KEY=kp_live_… KP_PORTAL=<slug> tsx test/contract/back-office.ts <invoice.pdf>\n');
    process.exit(2);
  }
  const api = backOfficeClient({ baseUrl, apiKey });
  const since = new Date(Date.now() - 24 * 3600 * 1000).toISOString();
  const pushed = await pushCustomer(api, portal, new Blob([readFileSync(pdfPath)], { type: 'application/pdf' }));
  process.stdout.write(`invite for ${pushed.contact.email}: ${pushed.invite.url}\n`);
  for (const { request, message } of await answerNewRequests(api, since)) {
    process.stdout.write(`${request.reference}: ${request.status}${message ? ', answered' : ''}\n`);
  }
}
