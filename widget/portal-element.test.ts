import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './klantportaal.js';
import type { PortalElement } from './portal-element.js';

const config = {
  portal: { slug: 'jansen', name: 'Installatiebedrijf Jansen', locale: 'nl', homeUrl: null },
  branding: { primaryColor: '#aa3300', logoUrl: null },
  features: { requests: true },
  requestForm: { workTypes: [], requireTerms: false, termsUrl: null, checklist: [] },
  auth: { password: true, magicLink: true, sso: false },
};

const realFetch = window.fetch;
function serve(handler: (url: string) => Response | Promise<Response>) {
  const seen: string[] = [];
  window.fetch = async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    seen.push(url);
    return handler(url);
  };
  return seen;
}

afterEach(() => {
  window.fetch = realFetch;
});

describe('<klant-portaal>', () => {
  it('shows the portal name from the served config', async () => {
    const seen = serve(() => new Response(JSON.stringify(config), { headers: { 'Content-Type': 'application/json' } }));
    const el = await fixture<PortalElement>(html`<klant-portaal portal="jansen" api-base="https://api.example"></klant-portaal>`);
    await waitUntil(() => el.shadowRoot?.querySelector('[part="title"]'), 'portal name never appeared');
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Installatiebedrijf Jansen');
    expect(seen).to.deep.equal(['https://api.example/api/v1/portal/jansen/config']);
  });

  it('says so when the portal cannot be loaded, and loads it on retry', async () => {
    let fail = true;
    serve(() =>
      fail
        ? new Response(JSON.stringify({ error: { code: 'not_found', message: 'This portal does not exist.' } }), { status: 404 })
        : new Response(JSON.stringify(config)),
    );
    const el = await fixture<PortalElement>(html`<klant-portaal portal="jansen" api-base="https://api.example"></klant-portaal>`);
    await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"]'), 'no error shown');
    fail = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await waitUntil(() => el.shadowRoot?.querySelector('[part="title"]'), 'retry did not load the portal');
  });

  it('does not throw when the script is loaded a second time', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      // A second copy of the script, as a page with the tag pasted twice would load it.
      const secondCopy = './klantportaal.ts?copy=2';
      await import(/* @vite-ignore */ secondCopy);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('klant-portaal')).to.exist;
    expect(String(warnings[0])).to.contain('already registered');
  });
});
