// A guest follows their request without an account: each mail to them carries a link with a long random token
// (`#kp-follow=` on the portal's page), kept as sha256 only, that shows that one request read-only. A link works for
// 90 days after it was sent, and no longer than 30 days after the request was closed (accepted, rejected or
// cancelled): by then there is nothing left to follow.
import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { RequestStatus, ServiceRequest } from '../db/tables/requests.js';
import { requestStatuses } from '../db/tables/requests.js';
import { newId, newSecret, nowIso, sha256Hex } from '../db/ids.js';
import { dateTimeSchema } from '../http/openapi.js';
import { latestAboutRequest } from '../messages/repository.js';
import type { PortalSettings } from '../portals/settings.js';
import { requestStatusSchema, timelineEntrySchema, toTimelineEntry } from './output.js';
import { timelineOf } from './repository.js';

const day = 24 * 3_600_000;
export const followLinkLifetimeMs = 90 * day;
export const followAfterClosingMs = 30 * day;
const closedStatuses: readonly RequestStatus[] = ['accepted', 'rejected', 'cancelled'];
const followedMessageCount = 50;

/** A new link for one request; the token exists only in the mail it is sent in. */
export async function issueFollowToken(db: Kysely<Database>, request: Pick<ServiceRequest, 'id' | 'tenant_id'>, now = new Date()): Promise<string> {
  const token = newSecret(32);
  await db
    .insertInto('guest_follow_tokens')
    .values({
      id: newId('gft'),
      tenant_id: request.tenant_id,
      request_id: request.id,
      token_hash: sha256Hex(token),
      created_at: nowIso(now),
      expires_at: nowIso(new Date(now.getTime() + followLinkLifetimeMs)),
    })
    .execute();
  return token;
}

/** The portal page with the token in its fragment, which never reaches a server's logs. */
export function followLink(homeUrl: string, token: string): string {
  const url = new URL(homeUrl);
  url.hash = `kp-follow=${token}`;
  return url.toString();
}

/** The request a link is for, while the link works: in this portal, unexpired, not closed for a month. */
export async function findFollowedRequest(
  db: Kysely<Database>,
  portal: { id: string; tenantId: string },
  token: string,
  now = new Date(),
): Promise<{ request: ServiceRequest; expiresAt: string } | undefined> {
  const found = await db
    .selectFrom('guest_follow_tokens')
    .innerJoin('requests', 'requests.id', 'guest_follow_tokens.request_id')
    .selectAll('requests')
    .select('guest_follow_tokens.expires_at as link_expires_at')
    .where('guest_follow_tokens.token_hash', '=', sha256Hex(token))
    .where('guest_follow_tokens.tenant_id', '=', portal.tenantId)
    .where('requests.tenant_id', '=', portal.tenantId)
    .where('requests.portal_id', '=', portal.id)
    .where('guest_follow_tokens.expires_at', '>', nowIso(now))
    .executeTakeFirst();
  if (!found) return undefined;
  const { link_expires_at: linkExpiresAt, ...request } = found;
  let expiresAt = linkExpiresAt;
  if (closedStatuses.includes(request.status)) {
    const closing = await db
      .selectFrom('request_events')
      .select('created_at')
      .where('request_id', '=', request.id)
      .where('status', '=', request.status)
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    const closedUntil = nowIso(new Date(new Date(closing?.created_at ?? request.updated_at).getTime() + followAfterClosingMs));
    if (closedUntil <= nowIso(now)) return undefined;
    if (closedUntil < expiresAt) expiresAt = closedUntil;
  }
  return { request, expiresAt };
}

export const followedRequestSchema = z
  .strictObject({
    reference: z.string().openapi({ description: 'What to quote on the phone: KP-7F3K2Q' }),
    status: requestStatusSchema,
    workType: z.string().openapi({ description: 'The work type’s label in the requester’s language' }),
    submittedAt: dateTimeSchema,
    timeline: z.array(timelineEntrySchema),
    messages: z.array(z.strictObject({ authorName: z.string(), body: z.string(), at: dateTimeSchema })).openapi({ description: 'The business’s messages, oldest first' }),
    linkExpiresAt: dateTimeSchema.openapi({ description: 'When this link stops working' }),
    portalName: z.string(),
  })
  .openapi('FollowedRequest');
export type FollowedRequest = z.output<typeof followedRequestSchema>;

/** What a follow link shows: the status and what the business said, nothing of the request's own details. */
export async function toFollowedRequest(db: Kysely<Database>, settings: PortalSettings, request: ServiceRequest, expiresAt: string): Promise<FollowedRequest> {
  const [events, messages] = await Promise.all([timelineOf(db, request.id), latestAboutRequest(db, request.id, followedMessageCount)]);
  const rank = (status: RequestStatus) => requestStatuses.indexOf(status);
  events.sort((a, b) => (a.created_at === b.created_at ? rank(a.status) - rank(b.status) : a.created_at < b.created_at ? -1 : 1));
  const workType = settings.requestForm.workTypes.find((type) => type.id === request.work_type);
  return {
    reference: request.reference,
    status: request.status,
    workType: workType ? workType.label[request.locale] : request.work_type,
    submittedAt: request.created_at,
    timeline: events.map(toTimelineEntry),
    messages: messages
      .filter((message) => message.author_type === 'business')
      .reverse()
      .map((message) => ({ authorName: message.author_name, body: message.body, at: message.created_at })),
    linkExpiresAt: expiresAt,
    portalName: settings.name,
  };
}
