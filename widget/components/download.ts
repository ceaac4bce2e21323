// Files the API serves only with the contact's token (PDFs, documents): fetched, then handed to the browser to save.
import type { PortalClient } from '../api/client.js';

/** Fetches the file and saves it under the name the server gave it. */
export async function saveDownload(client: PortalClient, path: string, signal?: AbortSignal): Promise<string> {
  const { blob, filename } = await client.download(path, signal);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoking at once can cancel the save in some browsers; a minute is long enough to hand the file over.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return filename;
}
