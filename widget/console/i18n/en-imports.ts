// English texts of the customer import and the privacy actions (export, erase), by message id; ./en.ts joins them.
import type { TemplateResult } from 'lit';
import type { StrResult } from '@lit/localize';

export const templates: Record<string, string | StrResult | TemplateResult> = {};
