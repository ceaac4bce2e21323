// English texts of the portal settings, its preview and the embed code, by message id; ./en.ts joins them.
import type { TemplateResult } from 'lit';
import type { StrResult } from '@lit/localize';

export const templates: Record<string, string | StrResult | TemplateResult> = {};
