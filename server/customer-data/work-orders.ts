// Work orders: the back office's upsert body (a status change appends to the timeline), its record, and what a
// customer sees of them (prices only when the portal shows them).
import { z } from '@hono/zod-openapi';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { WorkOrderRow, WorkOrderStatus } from '../db/tables/customer-data.js';
import { newId } from '../db/ids.js';
import type { PortalCaller } from '../http/env.js';
import { ApiError } from '../http/errors.js';
import { dateTimeSchema } from '../http/openapi.js';
import type { PageQuery } from '../http/pagination.js';
import { workOrderStatuses, type PortalSettings } from '../portals/settings.js';
import { found, newestFirst, ownedBy } from './access.js';
import { keysetKey, keysetSlots, keysetValues, reusedQuery, type KeysetShape, type KeysetValues } from './compiled.js';
import { portalDocumentSchema, recentDocumentsAbout, toPortalDocument, type PortalDocumentRow } from './documents.js';
import {
  externalIdSchema,
  optionalCents,
  optionalReference,
  optionalText,
  optionalTimestamp,
  orNull,
  requiredText,
  timestamps,
  recordSource,
} from './fields.js';
import { addressColumns, customerAddressCount, portalAddressSchema, toPortalAddress, type AddressRow } from './locations.js';
import { mailRecordToCustomer, workOrderStatusWords } from './record-mails.js';
import { References } from './references.js';
import type { RecordResource } from './upsert.js';

export const workOrderBody = z
  .strictObject({
    customerExternalId: externalIdSchema,
    locationExternalId: optionalReference,
    objectExternalId: optionalReference,
    requestId: optionalText(100),
    number: requiredText(50),
    workType: optionalText(100),
    description: requiredText(5000),
    status: z.enum(workOrderStatuses),
    statusLabel: optionalText(100),
    plannedStart: optionalTimestamp,
    plannedEnd: optionalTimestamp,
    completedAt: optionalTimestamp,
    totalCents: optionalCents,
    technicianFirstName: optionalText(100)
      // Only the first name is shown to the customer, and so only that is kept.
      .transform((name) => (name ? name.split(/\s+/)[0]!.slice(0, 50) : null))
      .openapi({ description: 'The first name of the technician who comes; shown to the customer. Only the first word is kept.', example: 'Jan' }),
  })
  .refine((body) => body.plannedStart === null || body.plannedEnd === null || body.plannedEnd >= body.plannedStart, {
    message: 'must not be before plannedStart',
    path: ['plannedEnd'],
  });
export type WorkOrderBody = z.output<typeof workOrderBody>;

/** One step of the status timeline: when the work order reached a status, under the business's name for it. */
export const timelineEntrySchema = z
  .object({ status: z.enum(workOrderStatuses), statusLabel: z.string().nullable(), at: dateTimeSchema })
  .openapi('WorkOrderTimelineEntry');
export type TimelineEntry = z.output<typeof timelineEntrySchema>;

/** What the back office and the customer both read of a work order, by the upsert body's names. */
const workOrderFields = {
  requestId: z.string().nullable().openapi({ description: 'The portal request this work order answers.' }),
  number: z.string(),
  workType: z.string().nullable(),
  description: z.string(),
  status: z.enum(workOrderStatuses),
  statusLabel: z.string().nullable().openapi({ description: 'The business’s own name for the stage, shown instead of the status.' }),
  plannedStart: dateTimeSchema.nullable(),
  plannedEnd: dateTimeSchema.nullable(),
  completedAt: dateTimeSchema.nullable().openapi({ description: 'When the work was done; the timeline’s completed step shows this moment too.' }),
  technicianFirstName: z.string().nullable().openapi({ description: 'The first name of the technician who comes.' }),
};

type WorkOrderFieldsRow = Pick<
  WorkOrderRow,
  | 'request_id'
  | 'number'
  | 'work_type'
  | 'description'
  | 'status'
  | 'status_label'
  | 'planned_start'
  | 'planned_end'
  | 'completed_at'
  | 'technician_name'
>;

function workOrderFieldsOf(row: WorkOrderFieldsRow) {
  return {
    requestId: row.request_id,
    number: row.number,
    workType: row.work_type,
    description: row.description,
    status: row.status,
    statusLabel: row.status_label,
    plannedStart: row.planned_start,
    plannedEnd: row.planned_end,
    completedAt: row.completed_at,
    technicianFirstName: row.technician_name,
  };
}

/** A work order as the back office reads it back, with its whole status timeline. */
export const workOrderRecordSchema = z
  .object({
    externalId: z.string(),
    customerExternalId: z.string(),
    ...recordSource,
    locationExternalId: z.string().nullable(),
    objectExternalId: z.string().nullable(),
    ...workOrderFields,
    totalCents: z.number().int().nullable(),
    timeline: z.array(timelineEntrySchema),
    ...timestamps,
  })
  .openapi('WorkOrderRecord');
export type WorkOrderRecord = z.output<typeof workOrderRecordSchema>;

type FoundWorkOrder = WorkOrderRow & {
  customer_external_id: string;
  location_external_id: string | null;
  object_external_id: string | null;
};

/** The status timeline, oldest first; limited to `statuses` when given (the ones the portal shows). */
export async function workOrderTimeline(db: Kysely<Database>, workOrderId: string, statuses?: readonly WorkOrderStatus[]): Promise<TimelineEntry[]> {
  return (await workOrderTimelines(db, [workOrderId], statuses)).get(workOrderId) ?? [];
}

/** The steps of the work orders' timelines, by work order, oldest first. */
export function workOrderTimelinesQuery(db: Kysely<Database>, workOrderIds: readonly string[], statuses?: readonly WorkOrderStatus[]) {
  const query = db
    .selectFrom('work_order_events')
    .select(['work_order_id', 'status', 'status_label', 'at'])
    .where('work_order_id', 'in', workOrderIds)
    .orderBy('work_order_id')
    .orderBy('at', 'asc')
    .orderBy('id', 'asc');
  return statuses ? query.where('status', 'in', statuses.length > 0 ? statuses : ['__none__' as WorkOrderStatus]) : query;
}

/** The status timelines of several work orders in one query, by work order; one without steps has no entry. */
export async function workOrderTimelines(
  db: Kysely<Database>,
  workOrderIds: readonly string[],
  statuses?: readonly WorkOrderStatus[],
): Promise<Map<string, TimelineEntry[]>> {
  const timelines = new Map<string, TimelineEntry[]>();
  if (workOrderIds.length === 0) return timelines;
  for (const row of await workOrderTimelinesQuery(db, workOrderIds, statuses).execute()) {
    const entry = { status: row.status, statusLabel: row.status_label, at: row.at };
    const timeline = timelines.get(row.work_order_id);
    if (timeline) timeline.push(entry);
    else timelines.set(row.work_order_id, [entry]);
  }
  return timelines;
}

/**
 * The timeline's last completed step shows when the work was done, as the work order says, not when the back office
 * happened to send the news: detail and timeline name one completion date.
 */
export function withCompletionDate(timeline: TimelineEntry[], workOrder: Pick<WorkOrderRow, 'status' | 'completed_at'>): TimelineEntry[] {
  const completedAt = workOrder.completed_at;
  if (workOrder.status !== 'completed' || completedAt === null) return timeline;
  const last = timeline.map((entry) => entry.status).lastIndexOf('completed');
  return last < 0 ? timeline : timeline.map((entry, index) => (index === last ? { ...entry, at: completedAt } : entry));
}

export const workOrderResource: RecordResource<WorkOrderBody, FoundWorkOrder, WorkOrderRecord> = {
  table: 'work_orders',
  idPrefix: 'wo',
  noun: 'work order',
  body: workOrderBody,
  record: workOrderRecordSchema,
  findQuery: (db, tenantId) =>
    db
      .selectFrom('work_orders')
      .innerJoin('customers', 'customers.id', 'work_orders.customer_id')
      .leftJoin('locations', 'locations.id', 'work_orders.location_id')
      .leftJoin('objects', 'objects.id', 'work_orders.object_id')
      .selectAll('work_orders')
      .select(['customers.external_id as customer_external_id', 'locations.external_id as location_external_id', 'objects.external_id as object_external_id'])
      .where('work_orders.tenant_id', '=', tenantId),
  find(db, tenantId, externalId) {
    return this.findQuery(db, tenantId).where('work_orders.external_id', '=', externalId).executeTakeFirst();
  },
  async columns(db, tenantId, body) {
    const references = new References(db, tenantId);
    const customerId = await references.customer(body.customerExternalId);
    const locationId = await references.location(customerId, body.locationExternalId);
    const objectId = await references.object(customerId, body.objectExternalId);
    const requestId = await references.request(customerId, body.requestId);
    references.check();
    return {
      customer_id: customerId,
      location_id: locationId,
      object_id: objectId,
      request_id: requestId,
      number: body.number,
      work_type: body.workType,
      description: body.description,
      status: body.status,
      status_label: body.statusLabel,
      planned_start: body.plannedStart,
      planned_end: body.plannedEnd,
      completed_at: body.completedAt,
      total_cents: body.totalCents,
      technician_name: body.technicianFirstName,
    };
  },
  // The customer follows the work through its stages: a new status, or a new name for the stage, is a new entry.
  async afterWrite(db, { id, tenantId, columns, previous, now }) {
    if (previous && previous.status === columns.status && previous.status_label === columns.status_label) return;
    await db
      .insertInto('work_order_events')
      .values({
        id: newId('woe'),
        tenant_id: tenantId,
        work_order_id: id,
        status: columns.status as WorkOrderStatus,
        status_label: columns.status_label as string | null,
        at: now,
      })
      .execute();
  },
  // A new stage is news to the customer; a new work order is not yet (its first status is no change), nor a new label.
  async afterCommit(deps, { previous, found }) {
    if (!previous || previous.status === found.status) return;
    await mailRecordToCustomer(deps, {
      tenantId: found.tenant_id,
      customerId: found.customer_id,
      setting: 'statusChanged',
      feature: 'workOrders',
      view: `work-orders/${found.id}`,
      kind: 'work_order_status',
      shown: (settings) => settings.workOrders.visibleStatuses.includes(found.status),
      words: workOrderStatusWords({ number: found.number, status: found.status, statusLabel: found.status_label, plannedStart: found.planned_start }),
    });
  },
  async toRecords(db, rows) {
    const timelines = await workOrderTimelines(db, rows.map((row) => row.id));
    return rows.map((row) => ({
      externalId: row.external_id,
      customerExternalId: row.customer_external_id,
      source: row.source,
      locationExternalId: row.location_external_id,
      objectExternalId: row.object_external_id,
      ...workOrderFieldsOf(row),
      totalCents: row.total_cents,
      timeline: withCompletionDate(timelines.get(row.id) ?? [], row),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }));
  },
};

export const portalWorkOrderColumns = [
  'work_orders.id',
  'work_orders.location_id',
  'work_orders.object_id',
  'work_orders.request_id',
  'work_orders.number',
  'work_orders.work_type',
  'work_orders.description',
  'work_orders.status',
  'work_orders.status_label',
  'work_orders.planned_start',
  'work_orders.planned_end',
  'work_orders.completed_at',
  'work_orders.total_cents',
  'work_orders.technician_name',
  'work_orders.created_at',
  'work_orders.updated_at',
] as const;

export type PortalWorkOrderRow = Omit<WorkOrderRow, 'tenant_id' | 'customer_id' | 'external_id' | 'source'> & AddressRow;

/** What a customer reads of a work order. */
export const portalWorkOrderSchema = z
  .object({
    id: z.string(),
    locationId: z.string().nullable(),
    objectId: z.string().nullable(),
    ...workOrderFields,
    address: orNull(portalAddressSchema).openapi({ description: 'Where the work is done; null when the business did not say.' }),
    totalCents: z.number().int().nullable().optional().openapi({ description: 'Only when the portal shows prices (workOrders.showPrices).' }),
    ...timestamps,
  })
  .openapi('PortalWorkOrder');
export type PortalWorkOrder = z.output<typeof portalWorkOrderSchema>;

export function toPortalWorkOrder(row: PortalWorkOrderRow, settings: PortalSettings): PortalWorkOrder {
  return {
    id: row.id,
    locationId: row.location_id,
    objectId: row.object_id,
    ...workOrderFieldsOf(row),
    address: toPortalAddress(row),
    ...(settings.workOrders.showPrices ? { totalCents: row.total_cents } : {}),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** One work order as a customer reads it, with the steps of its timeline the portal shows. */
export const portalWorkOrderDetailSchema = portalWorkOrderSchema
  .extend({
    timeline: z.array(timelineEntrySchema),
    documents: z.array(portalDocumentSchema).nullable().openapi({ description: 'null when the portal does not show documents at all.' }),
  })
  .openapi('PortalWorkOrderDetail');
export type PortalWorkOrderDetail = z.output<typeof portalWorkOrderDetailSchema>;

/**
 * The caller's work orders in the statuses the portal shows (narrowed further to `statuses` when given): the others
 * do not exist for the customer, in lists, in details and in counts alike.
 */
export function portalWorkOrders(db: Kysely<Database>, caller: PortalCaller, settings: PortalSettings, statuses?: readonly WorkOrderStatus[]) {
  return portalWorkOrdersIn(db, caller, shownStatuses(settings, statuses));
}

function shownStatuses(settings: PortalSettings, statuses?: readonly WorkOrderStatus[]): WorkOrderStatus[] {
  return settings.workOrders.visibleStatuses.filter((status) => !statuses || statuses.includes(status));
}

function portalWorkOrdersIn(db: Kysely<Database>, caller: Pick<PortalCaller, 'tenantId' | 'customerId'>, visible: readonly WorkOrderStatus[]) {
  return db
    .selectFrom('work_orders')
    .leftJoin('locations as address', 'address.id', 'work_orders.location_id')
    .select(portalWorkOrderColumns)
    .select(addressColumns)
    .select(customerAddressCount(caller))
    .$call(ownedBy(caller, 'work_orders'))
    .where(visible.length > 0 ? sql<boolean>`work_orders.status in (${sql.join(visible)})` : sql<boolean>`1 = 0`);
}

export interface WorkOrderFilter extends PageQuery {
  status?: WorkOrderStatus[] | undefined;
  objectId?: string | undefined;
  locationId?: string | undefined;
}

interface WorkOrderPageShape {
  visible: readonly WorkOrderStatus[];
  objectId: boolean;
  locationId: boolean;
  page: KeysetShape;
}

const workOrderPage = reusedQuery(
  (db: Kysely<Database>, shape: WorkOrderPageShape, values: KeysetValues & { tenantId: string; customerId: string; objectId: string; locationId: string }) => {
    let query = portalWorkOrdersIn(db, values, shape.visible);
    if (shape.objectId) query = query.where('work_orders.object_id', '=', values.objectId);
    if (shape.locationId) query = query.where('work_orders.location_id', '=', values.locationId);
    return keysetSlots(query, 'work_orders', shape.page, values);
  },
  (shape) => `${shape.visible.join(',')}|${shape.objectId}|${shape.locationId}|${keysetKey(shape.page)}`,
);

/** A page of the caller's work orders, newest first, with one row more when another page follows. */
export function listPortalWorkOrders(db: Kysely<Database>, caller: PortalCaller, settings: PortalSettings, filter: WorkOrderFilter): Promise<PortalWorkOrderRow[]> {
  const { page, values } = keysetValues(filter);
  const shape = { visible: shownStatuses(settings, filter.status), objectId: Boolean(filter.objectId), locationId: Boolean(filter.locationId), page };
  return workOrderPage.rows(db, shape, {
    ...values,
    tenantId: caller.tenantId,
    customerId: caller.customerId,
    objectId: filter.objectId ?? '',
    locationId: filter.locationId ?? '',
  }) as Promise<PortalWorkOrderRow[]>;
}

/** The most recent page of the caller's work orders on one object, for its detail view. */
export function recentWorkOrdersOn(db: Kysely<Database>, caller: PortalCaller, settings: PortalSettings, objectId: string): Promise<PortalWorkOrderRow[]> {
  return newestFirst(portalWorkOrders(db, caller, settings).where('work_orders.object_id', '=', objectId), 'work_orders').execute();
}

export interface WorkOrderHistory {
  workOrder: PortalWorkOrderRow;
  timeline: TimelineEntry[];
  /** Undefined when the portal does not show documents. */
  documents: PortalDocumentRow[] | undefined;
}

/** One of the caller's work orders with the timeline steps and documents the portal shows; 404 when not theirs. */
export async function portalWorkOrderHistory(db: Kysely<Database>, caller: PortalCaller, settings: PortalSettings, id: string): Promise<WorkOrderHistory> {
  const workOrder = found(await portalWorkOrders(db, caller, settings).where('work_orders.id', '=', id).executeTakeFirst(), 'work order');
  const [timeline, documents] = await Promise.all([
    workOrderTimeline(db, workOrder.id, settings.workOrders.visibleStatuses).then((timeline) => withCompletionDate(timeline, workOrder)),
    settings.features.documents ? recentDocumentsAbout(db, caller, { workOrderId: workOrder.id }) : undefined,
  ]);
  return { workOrder, timeline, documents };
}

export function toPortalWorkOrderDetail(history: WorkOrderHistory, settings: PortalSettings): PortalWorkOrderDetail {
  return {
    ...toPortalWorkOrder(history.workOrder, settings),
    timeline: history.timeline,
    // null, not []: the portal does not show these at all, which is not the same as there being none.
    documents: history.documents?.map(toPortalDocument) ?? null,
  };
}

/** Statuses in which a work order with a planned start is a visit the customer can put in their calendar. */
const visitStatuses: readonly WorkOrderStatus[] = ['planned', 'in_progress'];

/** One of the caller's work orders that is a planned visit: 404 when not theirs, 409 when nothing is planned. */
export async function plannedVisit(db: Kysely<Database>, caller: PortalCaller, settings: PortalSettings, id: string): Promise<PortalWorkOrderRow> {
  const workOrder = found(await portalWorkOrders(db, caller, settings).where('work_orders.id', '=', id).executeTakeFirst(), 'work order');
  if (!visitStatuses.includes(workOrder.status) || workOrder.planned_start === null) {
    throw new ApiError('conflict', 'This work order has no planned visit to add to a calendar.', [{ path: 'status', message: workOrder.status }]);
  }
  return workOrder;
}
