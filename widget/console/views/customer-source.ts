// Who keeps a customer or record, as a tag beside its name: the back office (read-only here) or the console.
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

export type RecordSource = 'api' | 'console';

export function sourceName(source: RecordSource): string {
  return source === 'api' ? msg('Uit backoffice', { id: 'console.source.api' }) : msg('In console', { id: 'console.source.console' });
}

export function sourceTag(source: RecordSource): TemplateResult {
  return html`<span class="tag source" part="source" data-source=${source}>${sourceName(source)}</span>`;
}
