// The customer hears by mail when the business answers a booking: confirmed (with the visit as an .ics file to add to
// their calendar) or declined. In the contact's language, only when they want planning mail, sent after the commit;
// a mail that cannot be prepared never fails the answer.
import { formatDate, portalRecordLink } from '../customer-data/record-mails.js';
import { visitCalendar } from '../customer-data/visit-calendar.js';
import { wantsMail } from '../customers/mail-preferences.js';
import type { BookingRow } from '../db/tables/bookings.js';
import type { Deps } from '../http/env.js';
import { renderLinkMail, type Locale, type Wording } from '../mail/templates.js';
import { readPortalSettings } from '../portals/settings.js';
import { loadBookingSettings } from './settings.js';
import { windowLabel } from './output.js';

const timeOfDay = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));

const automatic = (locale: Locale, portalName: string) =>
  locale === 'nl' ? `Dit bericht is automatisch verstuurd door het klantportaal van ${portalName}.` : `This message was sent automatically by the customer portal of ${portalName}.`;

export interface BookingMailFacts {
  status: 'confirmed' | 'declined';
  date: string;
  startsAt: string;
  endsAt: string;
  windowLabel: string;
  what: string;
  recipientName: string;
  portalName: string;
}

export function bookingWords(facts: BookingMailFacts, locale: Locale): Wording {
  const when = `${formatDate(facts.date, locale)}, ${facts.windowLabel.toLowerCase()} ${timeOfDay(facts.startsAt, locale)}–${timeOfDay(facts.endsAt, locale)}`;
  if (locale === 'nl') {
    return facts.status === 'confirmed'
      ? {
          subject: `Afspraak bevestigd: ${formatDate(facts.date, locale)}`,
          greeting: `Beste ${facts.recipientName},`,
          paragraphs: [`Uw afspraak voor ${facts.what} is bevestigd: ${when}.`, 'De afspraak zit als agendabestand (.ics) bij deze mail, om aan uw eigen agenda toe te voegen.'],
          button: 'Afspraak bekijken',
          validity: 'Past het toch niet? In het klantportaal kunt u de afspraak verplaatsen of annuleren.',
          ignore: automatic(locale, facts.portalName),
        }
      : {
          subject: `Afspraak niet mogelijk: ${formatDate(facts.date, locale)}`,
          greeting: `Beste ${facts.recipientName},`,
          paragraphs: [`Helaas kunnen wij de gekozen afspraak voor ${facts.what} niet nakomen: ${when}.`, 'Kies in het klantportaal een ander moment, of neem contact met ons op.'],
          button: 'Ander moment kiezen',
          validity: 'Wij nemen zo nodig contact met u op om samen een moment te vinden.',
          ignore: automatic(locale, facts.portalName),
        };
  }
  return facts.status === 'confirmed'
    ? {
        subject: `Appointment confirmed: ${formatDate(facts.date, locale)}`,
        greeting: `Dear ${facts.recipientName},`,
        paragraphs: [`Your appointment for ${facts.what} is confirmed: ${when}.`, 'The appointment is attached to this mail as a calendar file (.ics), to add to your own calendar.'],
        button: 'View the appointment',
        validity: 'Does it not suit you after all? You can move or cancel the appointment in the customer portal.',
        ignore: automatic(locale, facts.portalName),
      }
    : {
        subject: `Appointment not possible: ${formatDate(facts.date, locale)}`,
        greeting: `Dear ${facts.recipientName},`,
        paragraphs: [`Unfortunately we cannot keep the appointment you chose for ${facts.what}: ${when}.`, 'Choose another moment in the customer portal, or get in touch with us.'],
        button: 'Choose another moment',
        validity: 'Where needed we will get in touch to find a moment together.',
        ignore: automatic(locale, facts.portalName),
      };
}

/** Mails the contact who booked about the business's answer; a failure is logged, never the answer's. */
export async function mailBookingDecision(deps: Deps, booking: BookingRow): Promise<void> {
  if (booking.status !== 'confirmed' && booking.status !== 'declined') return;
  try {
    if (!booking.contact_id || !(await wantsMail(deps.db, booking.contact_id, 'workOrderPlanning'))) return;
    const [contact, portal, request, workOrder] = await Promise.all([
      deps.db.selectFrom('contacts').select(['email', 'name', 'locale']).where('tenant_id', '=', booking.tenant_id).where('id', '=', booking.contact_id).where('status', '=', 'active').executeTakeFirst(),
      deps.db.selectFrom('portals').select('settings').where('id', '=', booking.portal_id).executeTakeFirst(),
      booking.request_id
        ? deps.db.selectFrom('requests').select(['reference', 'description', 'location_id']).where('id', '=', booking.request_id).executeTakeFirst()
        : undefined,
      booking.work_order_id
        ? deps.db.selectFrom('work_orders').select(['number', 'description', 'location_id', 'technician_name']).where('id', '=', booking.work_order_id).executeTakeFirst()
        : undefined,
    ]);
    if (!contact || !portal) return;
    const settings = readPortalSettings(portal.settings);
    // Without a page to open the portal on, the mail's button would lead nowhere (as with other record mails).
    if (!settings.homeUrl) return;
    const bookingSettings = await loadBookingSettings(deps.db, booking.portal_id);
    const locale = contact.locale ?? settings.locale;
    const workType = settings.requestForm.workTypes.find((type) => type.id === booking.work_type);
    const number = workOrder?.number ?? request?.reference ?? booking.id;
    const what = workType ? workType.label[locale].toLowerCase() : locale === 'nl' ? `werkbon ${number}` : `work order ${number}`;
    const words = bookingWords(
      {
        status: booking.status,
        date: booking.date,
        startsAt: booking.starts_at,
        endsAt: booking.ends_at,
        windowLabel: windowLabel(bookingSettings, booking.window_id)[locale],
        what,
        recipientName: contact.name,
        portalName: settings.name,
      },
      locale,
    );
    const view = booking.work_order_id ? `work-orders/${booking.work_order_id}` : booking.request_id ? `requests/${booking.request_id}` : 'home';
    const rendered = renderLinkMail(words, locale, portalRecordLink(settings.homeUrl, view), settings.name);
    const attachments = [];
    if (booking.status === 'confirmed') {
      const locationId = workOrder?.location_id ?? request?.location_id ?? null;
      const location = locationId ? await deps.db.selectFrom('locations').selectAll().where('id', '=', locationId).where('tenant_id', '=', booking.tenant_id).executeTakeFirst() : undefined;
      const calendar = visitCalendar({
        workOrder: {
          // The work order's own UID when there is one, so this file and the portal's calendar download are one appointment.
          id: booking.work_order_id ?? booking.id,
          number,
          work_type: booking.work_type,
          description: workOrder?.description ?? request?.description ?? '',
          planned_start: booking.starts_at,
          planned_end: booking.ends_at,
          technician_name: workOrder?.technician_name ?? null,
          updated_at: booking.updated_at,
          address_id: location?.id ?? null,
          address_name: location?.name ?? null,
          address_street: location?.street ?? null,
          address_house_number: location?.house_number ?? null,
          address_postal_code: location?.postal_code ?? null,
          address_city: location?.city ?? null,
          address_country: location?.country ?? null,
          address_count: 1,
        },
        businessName: settings.name,
        workTypeLabel: workType ? workType.label[locale] : null,
        locale,
        uidDomain: new URL(deps.config.publicUrl).hostname,
      });
      attachments.push({ filename: `${locale === 'en' ? 'appointment' : 'afspraak'} ${booking.date}.ics`, content: Buffer.from(calendar, 'utf8'), contentType: 'text/calendar; charset=utf-8; method=PUBLISH' });
    }
    deps.mailer.sendLater({
      tenantId: booking.tenant_id,
      portalId: booking.portal_id,
      to: contact.email,
      fromName: settings.name,
      kind: booking.status === 'confirmed' ? 'booking_confirmed' : 'booking_declined',
      locale,
      ...rendered,
      attachments,
    });
  } catch (error) {
    deps.logger.error('booking mail could not be prepared', { booking: booking.id, error: error instanceof Error ? error.message : String(error) });
  }
}
