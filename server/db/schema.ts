// The one Database interface: every table the server reads or writes, grouped by the feature that owns it.
import type { FoundationTables } from './tables/foundation.js';
import type { AccountsTables } from './tables/accounts.js';
import type { CustomerDataTables } from './tables/customer-data.js';
import type { RequestsTables } from './tables/requests.js';
import type { StaffTables } from './tables/staff.js';
import type { EventsTables } from './tables/events.js';
import type { PortalLogoTables } from './tables/portal-logos.js';
import type { BookingTables } from './tables/bookings.js';

export interface Database extends FoundationTables, AccountsTables, CustomerDataTables, RequestsTables, StaffTables, EventsTables, PortalLogoTables, BookingTables {}

export type Dialect = 'sqlite' | 'postgres';
