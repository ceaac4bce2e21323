// A business's own website on another origin, as an installer would have one: `/<slug>` is a page that embeds the
// portal of that slug with the widget from the Klantportaal server, nothing else.
import { createServer, type Server } from 'node:http';
import { freePort } from '../support/processes.js';

export interface BusinessSite {
  /** `http://localhost:<port>`: another site than the API's 127.0.0.1, as a business's website is. */
  origin: string;
  /** The page that embeds the portal `slug`; also the portal's homeUrl, where its mails link to. */
  pageUrl(slug: string): string;
  close(): Promise<void>;
}

const slugPattern = /^\/([a-z0-9][a-z0-9-]{0,62})$/;

export async function startBusinessSite(apiOrigin: string): Promise<BusinessSite> {
  const port = await freePort();
  const server: Server = createServer((request, response) => {
    const slug = slugPattern.exec(new URL(request.url ?? '/', 'http://localhost').pathname)?.[1];
    if (!slug) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(`<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Mijn portaal</title>
  <script type="module" src="${apiOrigin}/widget/klantportaal.js"></script>
</head>
<body style="margin: 0 auto; max-width: 960px; padding: 16px; font-family: system-ui, sans-serif">
  <h1>Mijn portaal</h1>
  <klant-portaal portal="${slug}" api-base="${apiOrigin}"></klant-portaal>
</body>
</html>`);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://localhost:${port}`;
  return {
    origin,
    pageUrl: (slug) => `${origin}/${slug}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
