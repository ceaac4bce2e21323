import type { Kysely } from 'kysely';
import type { Dialect } from '../schema.js';

/** Booking visits: per-portal booking settings, windows blocked by staff, and bookings holding their place. */
export async function up(_db: Kysely<any>, _dialect: Dialect): Promise<void> {}
