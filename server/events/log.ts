// The event log: one row per change, written in the transaction that makes the change, read by every process's
// streams in id order, and kept a day so a stream that reconnects can resume.
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { LiveEventRow, LiveEventType } from '../db/tables/events.js';
import { nowIso } from '../db/ids.js';
import type { FeatureName, PortalSettings } from '../portals/settings.js';
import type { BusinessEventData, CustomerEventData, StreamEvent } from './schemas.js';

/** PostgreSQL's NOTIFY channel that wakes every process's poller when an event commits. */
export const eventChannel = 'klantportaal_events';
/** Events are kept at least this long: the window in which Last-Event-ID can resume. */
export const eventRetentionMs = 24 * 3_600_000;

// Any fixed number, the same in every process: the advisory lock that orders the log's writers.
const eventLogLock = 7_355_608;

// A write in this process wakes this process's pollers soon after: by then its transaction has usually committed.
// When it has not, the next regular poll finds the event; the wake-up only shortens the wait.
const localWakeDelayMs = 25;
const localListeners = new Set<() => void>();
let localWake: NodeJS.Timeout | undefined;

/** Calls `listener` shortly after an event is written in this process; answers a function that stops it. */
export function onEventPublished(listener: () => void): () => void {
  localListeners.add(listener);
  return () => localListeners.delete(listener);
}

function wakeLocalListeners(): void {
  if (localWake || localListeners.size === 0) return;
  localWake = setTimeout(() => {
    localWake = undefined;
    for (const listener of localListeners) listener();
  }, localWakeDelayMs);
  localWake.unref();
}

/** What a portal's settings must switch on for its contacts to be told. */
export interface CustomerRequirement {
  features: FeatureName[];
  /** A work order's status, which the portal must show. */
  workOrderStatus?: string;
}

export interface NewEvent<Type extends LiveEventType> {
  tenantId: string;
  type: Type;
  business: BusinessEventData<Type>;
  /** Null when only the business may know. */
  customer: { customerId: string; data: CustomerEventData<Type>; requires: CustomerRequirement } | null;
}

function onPostgres(db: Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * Writes an event. Call it with the transaction that makes the change, so a rolled-back change tells nobody; called
 * with the database itself it opens a transaction of its own.
 */
export async function publishEvent<Type extends LiveEventType>(db: Kysely<Database>, event: NewEvent<Type>, now = new Date()): Promise<void> {
  if (!db.isTransaction) {
    await db.transaction().execute((trx) => publishEvent(trx, event, now));
    return;
  }
  if (onPostgres(db)) {
    // A sequence hands out ids in insert order, but transactions commit in their own order: a reader that has seen
    // id 8 would never go back for a 7 that commits later. One lock held until commit makes the two orders the same.
    // The NOTIFY is delivered when this transaction commits, and only then.
    await sql`select pg_advisory_xact_lock(${sql.lit(eventLogLock)}), pg_notify(${eventChannel}, '')`.execute(db);
  }
  await db
    .insertInto('events')
    .values({
      tenant_id: event.tenantId,
      customer_id: event.customer?.customerId ?? null,
      type: event.type,
      business_data: JSON.stringify(event.business),
      customer_data: event.customer ? JSON.stringify(event.customer.data) : null,
      customer_requires: event.customer ? JSON.stringify(event.customer.requires) : null,
      created_at: nowIso(now),
    })
    .execute();
  wakeLocalListeners();
}

/** The id of the latest event; 0 on an empty log. */
export async function latestEventId(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('events').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst();
  return Number(row?.id ?? 0);
}

/** An event as read back from the log, its data parsed once for all the streams it goes to. */
export interface LoggedEvent {
  id: number;
  tenantId: string;
  customerId: string | null;
  type: LiveEventType;
  createdAt: string;
  business: unknown;
  customer: { data: unknown; requires: CustomerRequirement } | null;
}

function toLoggedEvent(row: LiveEventRow): LoggedEvent {
  return {
    id: Number(row.id),
    tenantId: row.tenant_id,
    customerId: row.customer_id,
    type: row.type,
    createdAt: row.created_at,
    business: JSON.parse(row.business_data) as unknown,
    customer:
      row.customer_data !== null && row.customer_requires !== null
        ? { data: JSON.parse(row.customer_data) as unknown, requires: JSON.parse(row.customer_requires) as CustomerRequirement }
        : null,
  };
}

/** Every business's events after `after`, oldest first: what one process's poller hands to its streams. */
export async function eventsAfter(db: Kysely<Database>, after: number, limit: number): Promise<LoggedEvent[]> {
  const rows = await db.selectFrom('events').selectAll().where('id', '>', after).orderBy('id').limit(limit).execute();
  return rows.map(toLoggedEvent);
}

/** Who a stream is for: the business sees its whole tenant, a contact its own customer's events only. */
export type StreamAudience =
  | { kind: 'business'; tenantId: string }
  | { kind: 'customer'; tenantId: string; customerId: string; settings: PortalSettings };

/** One audience's events in (after, upTo], oldest first: what a resuming stream missed. */
export async function audienceEvents(db: Kysely<Database>, audience: StreamAudience, after: number, upTo: number, limit: number): Promise<LoggedEvent[]> {
  let query = db.selectFrom('events').selectAll().where('tenant_id', '=', audience.tenantId).where('id', '>', after).where('id', '<=', upTo);
  if (audience.kind === 'customer') query = query.where('customer_id', '=', audience.customerId);
  const rows = await query.orderBy('id').limit(limit).execute();
  return rows.map(toLoggedEvent);
}

function portalShows(settings: PortalSettings, requires: CustomerRequirement): boolean {
  if (!requires.features.every((feature) => settings.features[feature])) return false;
  return requires.workOrderStatus === undefined || (settings.workOrders.visibleStatuses as readonly string[]).includes(requires.workOrderStatus);
}

/** The event as `audience` may read it, or undefined when it is not theirs to read. */
export function eventFor(event: LoggedEvent, audience: StreamAudience): StreamEvent | undefined {
  if (event.tenantId !== audience.tenantId) return undefined;
  let data: unknown;
  if (audience.kind === 'business') {
    data = event.business;
  } else {
    if (event.customerId !== audience.customerId || !event.customer || !portalShows(audience.settings, event.customer.requires)) return undefined;
    data = event.customer.data;
  }
  return { id: String(event.id), type: event.type, createdAt: event.createdAt, data };
}

/** Deletes up to `batch` events older than `before`; answers how many went. */
export async function pruneEvents(db: Kysely<Database>, before: Date, batch = 1_000): Promise<number> {
  const result = await db
    .deleteFrom('events')
    .where('id', 'in', db.selectFrom('events').select('id').where('created_at', '<', nowIso(before)).orderBy('id').limit(batch))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
