// What a signed-in contact may read: only their own customer's records, and only of features the portal switched on.
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Kysely, SelectQueryBuilder } from 'kysely';
import { recordAudit } from '../audit/audit.js';
import type { Database } from '../db/schema.js';
import { clientIp } from '../http/client-ip.js';
import { maxPageSize } from '../http/pagination.js';
import { ApiError, notFound } from '../http/errors.js';
import type { AppEnv, PortalCaller } from '../http/env.js';
import { failure } from '../http/openapi.js';
import type { FeatureName } from '../portals/settings.js';

/** 403 feature_disabled unless the portal's settings switch `feature` on. */
export function requireFeature(feature: FeatureName) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!c.var.portal.settings.features[feature]) {
      throw new ApiError('feature_disabled', 'This part of the portal is switched off.', [{ path: 'feature', message: feature }]);
    }
    await next();
  });
}

/** The documented failures of the customer routes, beside those defineRoute gives every one of them. */
export const portalFailures = {
  /** 403 on every route of a feature the portal switched off: "Invoices". */
  switchedOff: (what: string) => failure(`${what} are switched off for this portal`, 'feature_disabled'),
  /** 403 on a route that changes something: also refused to a read-only preview. */
  switchedOffOrPreview: (what: string) => failure(`${what} are switched off for this portal, or this is a read-only preview`, 'feature_disabled', 'forbidden'),
  /** 404 on a route about one record: another customer's is not found either. */
  noRecord: (noun: string) => failure(`This customer has no ${noun} by this id (another customer’s is not found either), or there is no portal by this slug`, 'not_found'),
};

/** Limits a query on `table` to the caller's tenant and customer: the one scope every portal read goes through. */
export function ownedBy(caller: Pick<PortalCaller, 'tenantId' | 'customerId'>, table: string) {
  return <QB extends SelectQueryBuilder<any, any, any>>(query: QB): QB =>
    query.where(`${table}.tenant_id`, '=', caller.tenantId).where(`${table}.customer_id`, '=', caller.customerId) as QB;
}

/** One answer for "does not exist" and "is not yours", so ids of others reveal nothing. */
export function recordNotFound(noun: string) {
  return notFound(`There is no ${noun} with this id.`);
}

export function found<T>(row: T | undefined, noun: string): T {
  if (row === undefined) throw recordNotFound(noun);
  return row;
}

/**
 * Records that the signed-in contact opened or downloaded something of theirs (an invoice, a quote, a document), or
 * answered a quote. A business previewing the portal as this customer is recorded as a preview, not as the customer.
 */
export async function recordContactAction(
  db: Kysely<Database>,
  c: Context<AppEnv>,
  action: string,
  subject: { type: string; id: string },
  details?: Record<string, unknown>,
): Promise<void> {
  const { caller } = c.var;
  await recordAudit(db, {
    tenantId: caller.tenantId,
    portalId: caller.portalId,
    actorType: 'contact',
    actorId: caller.contactId,
    action,
    subjectType: subject.type,
    subjectId: subject.id,
    ip: clientIp(c),
    ...(caller.readOnly ? { details: { ...details, preview: true } } : details ? { details } : {}),
  });
}

/** The most recent records first, at most one page: for the lists embedded in a detail view. */
export function newestFirst<QB extends SelectQueryBuilder<any, any, any>>(query: QB, table: string): QB {
  return query.orderBy(`${table}.created_at`, 'desc').orderBy(`${table}.id`, 'desc').limit(maxPageSize) as QB;
}

/**
 * Filters by the status the customer sees, where an open record whose `dateColumn` has passed shows as `lapsed`
 * (an invoice past its due date is overdue, a quote past its last valid day expired) even before the back office
 * says so.
 */
export function whereShownStatus<QB extends SelectQueryBuilder<any, any, any>>(
  query: QB,
  table: string,
  dateColumn: string,
  lapsed: string,
  statuses: readonly string[],
  today: string,
): QB {
  const status = `${table}.status`;
  const date = `${table}.${dateColumn}`;
  return query.where((eb: any) =>
    eb.or(
      statuses.map((shown) => {
        if (shown === 'open') return eb.and([eb(status, '=', 'open'), eb.or([eb(date, 'is', null), eb(date, '>=', today)])]);
        if (shown === lapsed) return eb.or([eb(status, '=', lapsed), eb.and([eb(status, '=', 'open'), eb(date, '<', today)])]);
        return eb(status, '=', shown);
      }),
    ),
  ) as QB;
}
