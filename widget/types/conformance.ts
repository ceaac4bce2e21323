// The published types (klantportaal-types.d.ts) are written by hand so they carry no dependency; this file fails the
// type-check when they drift from the element: an event added or changed, a property renamed or retyped.
import type { PortalElement } from '../portal-element.js';
import type { PortalEventDetails } from '../shell/events.js';
import type { KlantPortaalElement, KlantPortaalEventDetails } from './klantportaal-types.js';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Every<T extends Record<string, boolean>> = T[keyof T] extends true ? true : false;

/** Every event of the element is published, and nothing else. */
export const sameEvents: Same<keyof PortalEventDetails, keyof KlantPortaalEventDetails> = true;

/** What the element sends with each event is what the published type promises a listener. */
export const detailsFit: Every<{ [K in keyof PortalEventDetails]: PortalEventDetails[K] extends KlantPortaalEventDetails[K] ? true : false }> = true;

type PublishedProperties = Exclude<keyof KlantPortaalElement, keyof HTMLElement>;

/** Each published property exists on the element with the same type. */
export const sameProperties: Every<{ [K in PublishedProperties]: Same<PortalElement[K], KlantPortaalElement[K]> }> = true;
