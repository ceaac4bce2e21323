// How the views name the address a work order or an object is at: in full on a detail, in short on a list, and on a
// list only for a customer with more than one address (a household with one does not need it repeated).
import type { WorkOrder } from '../api/types.js';

export type Address = NonNullable<WorkOrder['address']>;

/** "Dorpsstraat 12, 1234 AB Utrecht". */
export function fullAddress(address: Address): string {
  return [`${address.street} ${address.houseNumber}`.trim(), `${address.postalCode} ${address.city}`.trim()].filter(Boolean).join(', ');
}

/** On a detail: the address, after its name when the customer has several ("Zomerhuis: Duinweg 3, 1861 AB Bergen"). */
export function detailAddress(address: Address | null | undefined): string | null {
  if (!address) return null;
  return address.oneOfSeveral && address.name ? `${address.name}: ${fullAddress(address)}` : fullAddress(address);
}

/** On a list: which of several addresses, by its name or else street and place; nothing for a customer with one. */
export function shortAddress(address: Address | null | undefined): string | null {
  if (!address?.oneOfSeveral) return null;
  return address.name || [`${address.street} ${address.houseNumber}`.trim(), address.city].filter(Boolean).join(', ');
}
