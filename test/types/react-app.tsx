// A React 19 component embedding the portal, as a business's developer writes it: this file must type-check against
// the published typings (npm test runs `tsc -p test/types`), and the marked lines must not.
import { useRef, type ReactElement } from 'react';
import type { KlantPortaalElement } from '../../widget/types/klantportaal-react.js';

export function CustomerPortal({ onSignedIn }: { onSignedIn: (name: string) => void }): ReactElement {
  const portal = useRef<KlantPortaalElement>(null);
  return (
    <klant-portaal
      ref={portal}
      portal="vanderberg"
      api-base="https://portaal.vanderberg.nl"
      locale="en"
      sync-url
      identityProvider={async () => null}
      onkp-login={(event) => onSignedIn(event.detail.user.name)}
      onkp-error={(event) => (event.detail.code === 'origin_not_allowed' ? console.warn(event.detail.message) : undefined)}
      onkp-request-created={(event) => console.info(event.detail.reference)}
    />
  );
}

export function Mistakes(): ReactElement[] {
  return [
    // @ts-expect-error the portal's slug is required
    <klant-portaal key="1" />,
    // @ts-expect-error a language the portal does not have
    <klant-portaal key="2" portal="vanderberg" locale="de" />,
    // @ts-expect-error kp-ready tells signedIn, not a user
    <klant-portaal key="3" portal="vanderberg" onkp-ready={(event) => event.detail.user} />,
  ];
}
