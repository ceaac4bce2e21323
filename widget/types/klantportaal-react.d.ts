// <klant-portaal> in React 19 JSX: attributes as props, `identityProvider` as a property, and each event as an
// `onkp-…` prop (React 19 listens to a custom element's events named after "on"). Import this file once, e.g.
// `import type {} from './klantportaal-react';`.
import type { HTMLAttributes, Ref } from 'react';
import type { KlantPortaalElement, KlantPortaalEventMap, KlantPortaalIdentityProvider, KlantPortaalLocale } from './klantportaal-types.js';

export type * from './klantportaal-types.js';

type EventProps = { [K in keyof KlantPortaalEventMap as `on${K}`]?: (event: KlantPortaalEventMap[K]) => void };

export interface KlantPortaalProps extends HTMLAttributes<KlantPortaalElement>, EventProps {
  portal: string;
  'api-base'?: string;
  locale?: KlantPortaalLocale;
  view?: string;
  'sync-url'?: boolean;
  identityProvider?: KlantPortaalIdentityProvider | null;
  ref?: Ref<KlantPortaalElement>;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'klant-portaal': KlantPortaalProps;
    }
  }
}
