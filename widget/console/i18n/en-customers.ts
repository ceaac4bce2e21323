// English texts of the customers list and one customer with its contacts, by message id; ./en.ts joins them.
import type { TemplateResult } from 'lit';
import type { StrResult } from '@lit/localize';

export const templates: Record<string, string | StrResult | TemplateResult> = {};
