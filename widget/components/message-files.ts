// A message's photos and PDFs, and how the thread sends them: through the portal's client (the contact's token) or
// the console's (its cookie). Either client uploads a file for a message first; the message then names it.
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { PortalClient } from '../api/client.js';
import type { Message } from '../api/types.js';
import { kp } from '../styles/theme.js';
import './download-button.js';
import './protected-image.js';

type FileOfMessage = Message['files'][number];

/** What either client offers for files: the portal's uploads and downloads, the console's raw bodies and plain URLs. */
export interface FileClient {
  upload?<T>(path: string, form: FormData, options?: { signal?: AbortSignal }): Promise<T>;
  download?(path: string, signal?: AbortSignal): Promise<{ blob: Blob; filename: string }>;
  send?<T>(method: string, path: string, body: Blob, options?: { signal?: AbortSignal }): Promise<T>;
  url?(path: string): string;
}

export const canUpload = (client: FileClient | undefined): boolean => Boolean(client?.upload ?? client?.send);

/** Uploads one file for a message yet to be written; answers the waiting file. */
export async function uploadMessageFile(client: FileClient, threadPath: string, file: File, signal: AbortSignal): Promise<FileOfMessage> {
  if (client.upload) {
    const form = new FormData();
    form.append('file', file, file.name);
    return client.upload<FileOfMessage>(`${threadPath}/files`, form, { signal });
  }
  // The console sends a body as it is, so the form is written out here. Its boundary is lowercase: a Blob's type is
  // lowercased, and a boundary the browser made would no longer match the body.
  const boundary = `----kp${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  const filename = file.name.replace(/["\\\r\n]/g, '_');
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${file.type || 'application/octet-stream'}\r\n\r\n`;
  const body = new Blob([head, file, `\r\n--${boundary}--\r\n`], { type: `multipart/form-data; boundary=${boundary}` });
  return client.send!<FileOfMessage>('POST', `${threadPath}/files`, body, { signal });
}

const isPhoto = (file: FileOfMessage) => /^image\/(jpeg|png|webp)$/.test(file.contentType);

export const messageFileStyles = css`
  .files {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: ${kp('space-2')};
    list-style: none;
    margin: ${kp('space-2')} 0 0;
    padding: 0;
  }
  .files img {
    display: block;
    width: 96px;
    height: 96px;
    object-fit: cover;
    border-radius: ${kp('radius')};
    border: 1px solid ${kp('color-border')};
  }
  .files a:focus-visible {
    outline: 2px solid ${kp('color-focus')};
    outline-offset: 2px;
  }
  .files .file-link {
    overflow-wrap: anywhere;
  }
`;

/** Photos as thumbnails that open full size, PDFs (and HEIC photos) as downloads named by their file. */
export function renderMessageFiles(client: FileClient | undefined, threadPath: string, message: Message): TemplateResult | typeof nothing {
  if (!client || !message.files?.length) return nothing;
  const pathOf = (file: FileOfMessage) => `${threadPath}/${encodeURIComponent(message.id)}/files/${encodeURIComponent(file.id)}`;
  return html`<ul class="files" part="files" aria-label=${msg('Bijlagen', { id: 'views.messages.files' })}>
    ${message.files.map((file, index) => {
      const name = msg(str`Foto ${index + 1} bij het bericht`, { id: 'views.messages.photo' });
      if (client.download) {
        const portal = client as unknown as PortalClient;
        return html`<li>
          ${isPhoto(file)
            ? html`<kp-protected-image .client=${portal} path=${pathOf(file)} alt=${name}></kp-protected-image>`
            : html`<kp-download-button .client=${portal} path=${pathOf(file)} variant="link" label=${file.filename}></kp-download-button>`}
        </li>`;
      }
      const url = client.url!(pathOf(file));
      return html`<li>
        ${isPhoto(file)
          ? html`<a href=${url} target="_blank" rel="noopener"><img src=${url} alt="${name} ${msg('(opent in een nieuw tabblad)', { id: 'views.link.newTab' })}" /></a>`
          : html`<a class="file-link" href=${url} download=${file.filename}>${file.filename}</a>`}
      </li>`;
    })}
  </ul>`;
}
