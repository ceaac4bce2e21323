// English texts of staff and the developer area (API keys, webhooks, audit trail), by message id; ./en.ts joins them.
import type { TemplateResult } from 'lit';
import type { StrResult } from '@lit/localize';

export const templates: Record<string, string | StrResult | TemplateResult> = {};
