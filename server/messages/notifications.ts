// Mail about conversations: the customer hears of the business's answers, when the portal's settings ask for it.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { portalRecordLink } from '../customer-data/record-mails.js';
import { wantsMail } from '../customers/mail-preferences.js';
import { readPortalSettings } from '../portals/settings.js';
import { renderMessageMail } from '../requests/mail-templates.js';
import { portalSettings, requestLink, requester, safely, type MailDeps } from '../requests/notifications.js';
import type { Thread } from './messages.js';
import type { MessageOutput } from './output.js';

/**
 * A work order belongs to no portal: its mails go out under the business's first portal, to the contacts who took
 * part in its thread, or else to all of the customer's active contacts.
 */
async function workOrderAudience(db: Kysely<Database>, tenantId: string, customerId: string, workOrderId: string) {
  const portal = await db
    .selectFrom('portals')
    .select(['id', 'settings'])
    .where('tenant_id', '=', tenantId)
    .orderBy('created_at')
    .orderBy('id')
    .executeTakeFirst();
  const contacts = db
    .selectFrom('contacts')
    .select(['contacts.id', 'contacts.email', 'contacts.name', 'contacts.locale'])
    .where('contacts.tenant_id', '=', tenantId)
    .where('contacts.customer_id', '=', customerId)
    .where('contacts.status', '=', 'active');
  let recipients = await contacts
    .where('contacts.id', 'in', (eb) =>
      eb.selectFrom('messages').select('author_contact_id').where('work_order_id', '=', workOrderId).where('author_contact_id', 'is not', null).$narrowType<{ author_contact_id: string }>(),
    )
    .execute();
  if (recipients.length === 0) recipients = await contacts.limit(20).execute();
  return { portal, recipients };
}

function notifyBusinessMessage(deps: MailDeps, thread: Thread, message: { authorName: string; body: string }): Promise<void> {
  return safely(deps, 'message', async () => {
    if (thread.kind === 'request') {
      const settings = await portalSettings(deps.db, thread.request.portal_id);
      if (!settings?.notifications.customerEmails.newMessage) return;
      const to = await requester(deps.db, thread.request, 'messages');
      if (!to) return;
      const mail = renderMessageMail(to.locale, {
        portalName: settings.name,
        recipientName: to.name,
        thread: { kind: 'request', label: thread.request.reference },
        authorName: message.authorName,
        body: message.body,
        portalUrl: await requestLink(deps.db, thread.request, settings.homeUrl),
      });
      deps.mailer.sendLater({ tenantId: thread.tenantId, portalId: thread.request.portal_id, to: to.email, fromName: settings.name, kind: 'message', locale: to.locale, ...mail });
      return;
    }
    const { portal, recipients } = await workOrderAudience(deps.db, thread.tenantId, thread.workOrder.customerId, thread.workOrder.id);
    if (!portal) return;
    const settings = readPortalSettings(portal.settings);
    if (!settings.notifications.customerEmails.newMessage) return;
    for (const recipient of recipients) {
      if (!(await wantsMail(deps.db, recipient.id, 'messages'))) continue;
      const locale = recipient.locale ?? settings.locale;
      const mail = renderMessageMail(locale, {
        portalName: settings.name,
        recipientName: recipient.name,
        thread: { kind: 'work_order', label: thread.workOrder.number },
        authorName: message.authorName,
        body: message.body,
        portalUrl: settings.homeUrl ? portalRecordLink(settings.homeUrl, `work-orders/${thread.workOrder.id}`) : null,
      });
      deps.mailer.sendLater({ tenantId: thread.tenantId, portalId: portal.id, to: recipient.email, fromName: settings.name, kind: 'message', locale, ...mail });
    }
  });
}

/**
 * What follows a message once it is committed (and not when a retry only replays it): the customer hears of the
 * business's answers by mail; the business already has its webhook event.
 */
export async function messagePosted(deps: MailDeps, thread: Thread, message: MessageOutput): Promise<void> {
  if (message.author === 'business') await notifyBusinessMessage(deps, thread, message);
}
