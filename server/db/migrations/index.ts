// Runs the migrations, listed here in order. A migration that has landed is frozen: change the schema with a new one.
import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import type { Database, Dialect } from '../schema.js';
import * as foundation from './2026_11_29_001_foundation.js';
import * as accounts from './2026_11_29_002_accounts.js';
import * as customerData from './2026_11_29_003_customer_data.js';
import * as requests from './2026_11_29_004_requests.js';
import * as workOrderRequestIndex from './2026_11_29_005_work_order_request_index.js';
import * as staff from './2026_12_01_006_staff.js';
import * as events from './2026_12_01_007_events.js';
import * as recordSource from './2026_12_02_008_record_source.js';
import * as portalLogo from './2026_12_02_009_portal_logo.js';
import * as stats from './2026_12_02_010_stats.js';
import * as previewSettings from './2026_12_02_011_preview_settings.js';
import * as quoteAcceptance from './2026_12_02_012_quote_acceptance.js';
import * as mailPreferences from './2026_12_02_013_mail_preferences.js';
import * as attachmentsAfterSending from './2026_12_02_014_attachments_after_sending.js';
import * as visitDetails from './2026_12_02_015_visit_details.js';
import * as contactGuards from './2026_12_02_016_contact_guards.js';
import * as photoVariants from './2026_12_02_017_photo_variants.js';
import * as proposedAddresses from './2026_12_02_018_proposed_addresses.js';
import * as bookings from './2026_12_03_019_bookings.js';
import * as inboxIndexes from './2026_12_03_020_inbox_indexes.js';
import * as listIndexes from './2026_12_03_021_list_indexes.js';
import * as adminListIndexes from './2026_12_04_022_admin_list_indexes.js';
import * as nameSearchIndexes from './2026_12_05_023_name_search_indexes.js';

type DialectMigration = { up(db: Kysely<any>, dialect: Dialect): Promise<void> };

const migrations: Record<string, DialectMigration> = {
  '2026_11_29_001_foundation': foundation,
  '2026_11_29_002_accounts': accounts,
  '2026_11_29_003_customer_data': customerData,
  '2026_11_29_004_requests': requests,
  '2026_11_29_005_work_order_request_index': workOrderRequestIndex,
  '2026_12_01_006_staff': staff,
  '2026_12_01_007_events': events,
  '2026_12_02_008_record_source': recordSource,
  '2026_12_02_009_portal_logo': portalLogo,
  '2026_12_02_010_stats': stats,
  '2026_12_02_011_preview_settings': previewSettings,
  '2026_12_02_012_quote_acceptance': quoteAcceptance,
  '2026_12_02_013_mail_preferences': mailPreferences,
  '2026_12_02_014_attachments_after_sending': attachmentsAfterSending,
  '2026_12_02_015_visit_details': visitDetails,
  '2026_12_02_016_contact_guards': contactGuards,
  '2026_12_02_017_photo_variants': photoVariants,
  '2026_12_02_018_proposed_addresses': proposedAddresses,
  '2026_12_03_019_bookings': bookings,
  '2026_12_03_020_inbox_indexes': inboxIndexes,
  '2026_12_03_021_list_indexes': listIndexes,
  '2026_12_04_022_admin_list_indexes': adminListIndexes,
  '2026_12_05_023_name_search_indexes': nameSearchIndexes,
};

/** `schema`: PostgreSQL only, when the connection works in a schema other than the default. */
export async function migrateToLatest(db: Kysely<Database>, dialect: Dialect, schema?: string): Promise<string[]> {
  const migrator = new Migrator({
    db,
    ...(schema ? { migrationTableSchema: schema } : {}),
    provider: {
      async getMigrations(): Promise<Record<string, Migration>> {
        return Object.fromEntries(
          Object.entries(migrations).map(([name, migration]) => [name, { up: (trx: Kysely<any>) => migration.up(trx, dialect) }]),
        );
      },
    },
  });
  const { error, results }: MigrationResultSet = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
