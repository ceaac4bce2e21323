// Booking visits: a portal's booking settings, windows staff closed on a date, and the bookings themselves.
export type BookingTables = Record<never, never>;
