// The back office's lists read a page in a fixed number of statements, however long the page: what the records
// refer to (a work order's timeline, a quote's PDF) is read for the whole page at once, and each record keeps its own.
import { AliasNode, SelectQueryNode, TableNode, type KyselyPlugin, type QueryId, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { sha256Hex } from '../db/ids.js';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { seedTwoTenants } from '../../test/support/fixtures.js';
import { backOffice, pdfBytes } from '../../test/support/customer-data-fixtures.js';

/** Names every statement run through the database it is plugged into: its kind and its first table. */
class StatementLog implements KyselyPlugin {
  readonly statements: string[] = [];
  // A query compiled once and run again (server/customer-data/compiled.ts) comes back with the id it was built under.
  readonly #names = new WeakMap<QueryId, string>();

  transformQuery({ node, queryId }: { node: RootOperationNode; queryId: QueryId }): RootOperationNode {
    this.#names.set(queryId, nameOf(node));
    return node;
  }

  async transformResult({ result, queryId }: { result: QueryResult<UnknownRow>; queryId: QueryId }): Promise<QueryResult<UnknownRow>> {
    this.statements.push(this.#names.get(queryId) ?? 'unnamed');
    return result;
  }
}

function nameOf(node: RootOperationNode): string {
  const from = SelectQueryNode.is(node) ? node.from?.froms[0] : undefined;
  const table = from && AliasNode.is(from) ? from.node : from;
  return `${node.kind.replace('QueryNode', '').toLowerCase()} ${table && TableNode.is(table) ? table.table.identifier.name : '?'}`;
}

let t: TestApp;
let office: ReturnType<typeof backOffice>;
let counted: ReturnType<typeof backOffice>;
const log = new StatementLog();
const customer = 'alpha-c1';
const otherCustomer = 'alpha-c2';
const records = 24;
const numbered = (n: number) => String(n).padStart(2, '0');
const steps = ['open', 'planned', 'in_progress', 'completed'] as const;

/** Every third record has its file, so a page holds records with and without one. */
const hasFile = (n: number) => n % 3 !== 0;

beforeAll(async () => {
  t = await createTestApp();
  const tenants = await seedTwoTenants(t.deps);
  office = backOffice(t.app, tenants.alpha.apiKey);
  // The same routes over the same data, with every statement they run written down.
  counted = backOffice(createApp({ ...t.deps, db: t.deps.db.withPlugin(log) }), tenants.alpha.apiKey);
  const put = async (path: string, body: unknown) => expect([200, 201], path).toContain((await office.put(path, body)).status);
  const upload = async (path: string, marker: string) => expect((await office.upload(path, pdfBytes(marker), 'application/pdf')).status, path).toBe(200);
  for (let n = 1; n <= records; n += 1) {
    const id = numbered(n);
    const customerExternalId = n % 2 === 0 ? customer : otherCustomer;
    // Work order n goes through 1 to 4 stages, each under a label naming it, so a step shown under another record is seen.
    for (const [index, status] of steps.slice(0, 1 + (n % steps.length)).entries()) {
      await put(`/work-orders/wo-${id}`, {
        customerExternalId,
        number: `WO-${id}`,
        description: 'Onderhoud',
        status,
        statusLabel: `WO-${id} stap ${index + 1}`,
        completedAt: status === 'completed' ? `2026-03-${id}T12:00:00.000Z` : null,
      });
    }
    await put(`/quotes/q-${id}`, {
      customerExternalId,
      number: `OF-${id}`,
      title: 'Nieuwe ketel',
      lines: [{ description: 'Ketel', quantity: 1, unitPriceCents: 100 * n, vatRate: 21 }],
      totalCents: 121 * n,
      currency: 'EUR',
      validUntil: '2099-12-31',
      status: 'open',
    });
    await put(`/invoices/inv-${id}`, {
      customerExternalId,
      workOrderExternalId: `wo-${id}`,
      number: `F-${id}`,
      issueDate: '2026-01-01',
      dueDate: '2026-01-31',
      totalCents: 1000 + n,
      currency: 'EUR',
      status: 'open',
      paymentUrl: null,
    });
    await put(`/documents/doc-${id}`, { customerExternalId, workOrderExternalId: `wo-${id}`, title: `Rapport ${id}` });
    await put(`/objects/obj-${id}`, { customerExternalId, name: `Ketel ${id}` });
    await put(`/orders/ord-${id}`, {
      customerExternalId,
      number: `B-${id}`,
      orderedAt: '2026-02-01',
      status: 'confirmed',
      lines: [{ description: 'Filter', quantity: n, unitPriceCents: 1250 }],
      totalCents: 1250 * n,
      currency: 'EUR',
    });
    if (hasFile(n)) {
      await upload(`/quotes/q-${id}/pdf`, `quote ${id}`);
      await upload(`/invoices/inv-${id}/pdf`, `invoice ${id}`);
      await upload(`/documents/doc-${id}/file?filename=rapport-${id}.pdf`, `document ${id}`);
    }
  }
});
afterAll(async () => {
  await t?.close();
});

/** The statements one list request runs, the API key's lookup apart (it writes when the key was last used a minute ago). */
async function statementsOf(path: string): Promise<{ statements: string[]; items: any[] }> {
  log.statements.length = 0;
  const response = await counted.get(path);
  expect(response.status, path).toBe(200);
  const { items } = await json<{ items: any[] }>(response);
  return { statements: log.statements.filter((statement) => !statement.endsWith(' api_keys')), items };
}

const lists = ['/work-orders', '/quotes', '/invoices', '/documents', '/objects', '/orders'] as const;

describe('a page of the back office’s records', () => {
  it.each(lists)('%s runs as many statements for a page of 20 as for a page of 2', async (list) => {
    const small = await statementsOf(`${list}?limit=2`);
    const large = await statementsOf(`${list}?limit=20`);
    expect(small.items).toHaveLength(2);
    expect(large.items).toHaveLength(20);
    expect(large.statements).toEqual(small.statements);
    // The page's ids, the page's rows, and what the rows refer to.
    expect(large.statements.length).toBeLessThanOrEqual(3);
  });

  it.each(lists)('%s for one customer, and after a cursor, runs as many statements as a page of 2', async (list) => {
    const small = await statementsOf(`${list}?limit=2&customerExternalId=${customer}`);
    const first = await statementsOf(`${list}?limit=5&customerExternalId=${customer}`);
    expect(first.items).toHaveLength(5);
    expect(first.statements).toEqual(small.statements);
    const response = await json<{ nextCursor: string }>(await office.get(`${list}?limit=5&customerExternalId=${customer}`));
    const later = await statementsOf(`${list}?limit=20&customerExternalId=${customer}&cursor=${response.nextCursor}`);
    expect(later.items).toHaveLength(records / 2 - 5);
    expect(later.statements).toEqual(small.statements);
  });

  it.each(lists)('%s answers each record in the list as it answers it alone', async (list) => {
    const { items } = await statementsOf(`${list}?limit=${records}`);
    expect(items).toHaveLength(records);
    for (const item of items) expect(item).toEqual(await json(await office.get(`${list}/${item.externalId}`)));
  });

  it('gives each work order its own timeline, oldest step first, its completion on the completed step', async () => {
    const { items } = await statementsOf(`/work-orders?limit=${records}`);
    for (const item of items) {
      const n = Number(item.externalId.slice('wo-'.length));
      const expected = steps.slice(0, 1 + (n % steps.length));
      expect(item.timeline.map((entry: any) => entry.status)).toEqual(expected);
      expect(item.timeline.map((entry: any) => entry.statusLabel)).toEqual(expected.map((_, index) => `WO-${numbered(n)} stap ${index + 1}`));
      const completed = item.timeline.find((entry: any) => entry.status === 'completed');
      if (completed) expect(completed.at).toBe(`2026-03-${numbered(n)}T12:00:00.000Z`);
    }
  });

  it('gives each quote, invoice and document its own file, and none to those without', async () => {
    for (const [list, prefix, field, kind] of [
      ['/quotes', 'q-', 'pdf', 'quote'],
      ['/invoices', 'inv-', 'pdf', 'invoice'],
      ['/documents', 'doc-', 'file', 'document'],
    ] as const) {
      const { items } = await statementsOf(`${list}?limit=${records}`);
      for (const item of items) {
        const id = item.externalId.slice(prefix.length);
        if (hasFile(Number(id))) expect(item[field]?.sha256, item.externalId).toBe(sha256Hex(pdfBytes(`${kind} ${id}`)));
        else expect(item[field], item.externalId).toBeNull();
      }
    }
  });
});
