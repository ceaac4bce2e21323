// The inputs of booking a window, shared by the request form (POST /requests) and moving a visit.
import { z } from '@hono/zod-openapi';
import { isCalendarDate } from './amsterdam-time.js';

export const bookingDateSchema = z
  .string()
  .refine(isCalendarDate, { message: 'must be a date, YYYY-MM-DD' })
  .openapi({ format: 'date', description: 'YYYY-MM-DD, in Europe/Amsterdam', example: '2026-12-14' });

export const bookingWindowIdSchema = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, { message: 'must be a window id from the availability' });

/** `booking: {date, windowId}`: one window of the availability. */
export const bookingChoiceSchema = z
  .strictObject({ date: bookingDateSchema, windowId: bookingWindowIdSchema })
  .openapi('BookingChoice', { description: 'A window from GET /availability: its date and windowId.' });
export type BookingChoice = z.output<typeof bookingChoiceSchema>;
