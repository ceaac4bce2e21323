// A portal's uploaded logo, served publicly at /api/v1/portal/{slug}/logo.
import type { Selectable } from 'kysely';
import type { Timestamp } from './foundation.js';

export interface PortalLogosTable {
  portal_id: string;
  tenant_id: string;
  /** The image in `files`: PNG, JPEG or WebP, as detected from its bytes. */
  file_id: string;
  created_at: Timestamp;
}

export interface PortalLogoTables {
  portal_logos: PortalLogosTable;
}

export type PortalLogo = Selectable<PortalLogosTable>;
