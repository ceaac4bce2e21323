// Where a webhook may be delivered. A business's API key chooses the URL, so without these checks it could make the
// server POST into the network it runs in: the loopback interface, the LAN, a cloud metadata service. Checked twice:
// on the literal host when the endpoint is created, and on every address the name resolves to right before each
// delivery connects (a name may resolve differently by then: DNS rebinding).
import { lookup } from 'node:dns/promises';
import { isIPv4, isIPv6 } from 'node:net';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Every address a host name resolves to, as the operating system's resolver answers. */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: HostResolver = async (hostname) => {
  const addresses = await lookup(hostname, { all: true, verbatim: true });
  return addresses.map((entry) => ({ address: entry.address, family: entry.family === 6 ? 6 : 4 }));
};

type Range = readonly [prefix: number[], bits: number, what: string];

const ipv4Ranges: readonly Range[] = [
  [[0, 0, 0, 0], 8, 'unspecified'],
  [[10, 0, 0, 0], 8, 'private'],
  [[100, 64, 0, 0], 10, 'carrier-grade NAT'],
  [[127, 0, 0, 0], 8, 'loopback'],
  // Includes 169.254.169.254, the metadata service of most clouds.
  [[169, 254, 0, 0], 16, 'link-local'],
  [[172, 16, 0, 0], 12, 'private'],
  // IETF protocol assignments; includes 192.0.0.192, Oracle Cloud's metadata service.
  [[192, 0, 0, 0], 24, 'reserved'],
  [[192, 168, 0, 0], 16, 'private'],
  // The 6to4 relay anycast: what reaches it is tunnelled on to an address the sender does not choose.
  [[192, 88, 99, 0], 24, 'reserved'],
  [[198, 18, 0, 0], 15, 'reserved'],
  [[224, 0, 0, 0], 4, 'multicast'],
  // Reserved for future use, and the broadcast address.
  [[240, 0, 0, 0], 4, 'reserved'],
];

// As sixteen bytes. Prefixes that carry an IPv4 address (mapped, NAT64, 6to4) are judged by that address instead.
const ipv6Ranges: readonly Range[] = [
  // `::`, `::1` and the deprecated IPv4-compatible addresses.
  [[], 96, 'unspecified or loopback'],
  [[0x01, 0x00, 0, 0, 0, 0, 0, 0], 64, 'discard-only'],
  [[0x00, 0x64, 0xff, 0x9b, 0x00, 0x01], 48, 'local NAT64'],
  [[0x20, 0x01, 0x00, 0x00], 32, 'Teredo'],
  // Includes fd00:ec2::254, the metadata service of AWS.
  [[0xfc], 7, 'unique-local'],
  [[0xfe, 0x80], 10, 'link-local'],
  [[0xfe, 0xc0], 10, 'site-local'],
  [[0xff], 8, 'multicast'],
];

function within(bytes: number[], [prefix, bits]: Range): boolean {
  for (let bit = 0; bit < bits; bit += 8) {
    const mask = bits - bit >= 8 ? 0xff : (0xff << (8 - (bits - bit))) & 0xff;
    if (((bytes[bit / 8] ?? 0) & mask) !== ((prefix[bit / 8] ?? 0) & mask)) return false;
  }
  return true;
}

function ipv4Bytes(address: string): number[] {
  return address.split('.').map(Number);
}

/** The sixteen bytes of a valid IPv6 address, a trailing dotted IPv4 part and a zone included. */
function ipv6Bytes(address: string): number[] {
  let text = address.replace(/%.*$/, '');
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = ipv4Bytes(dotted[1]!);
    text = `${text.slice(0, dotted.index)}${((a! << 8) | b!).toString(16)}:${((c! << 8) | d!).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const groups = (part: string | undefined) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const front = groups(head);
  const back = groups(tail);
  const all = tail === undefined ? front : [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back];
  return all.flatMap((group) => [group >> 8, group & 0xff]);
}

function ipv4Problem(bytes: number[]): string | undefined {
  return ipv4Ranges.find((range) => within(bytes, range))?.[2];
}

/**
 * Why an IP address must not receive webhooks (`'loopback'`, `'private'`, …), or undefined for a public address.
 * Anything that is not an IP address at all is refused as well.
 */
export function forbiddenAddressKind(address: string): string | undefined {
  if (isIPv4(address)) return ipv4Problem(ipv4Bytes(address));
  if (!isIPv6(address)) return 'not an IP address';
  const bytes = ipv6Bytes(address);
  const embedded = (offset: number) => ipv4Problem(bytes.slice(offset, offset + 4));
  // ::ffff:a.b.c.d (mapped) and ::ffff:0:a.b.c.d (translated, SIIT) are never a webhook's own address: a public one
  // is written as plain IPv4. Refused whole, named by the IPv4 address they carry when that is internal.
  if (within(bytes, [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff], 96, ''])) return embedded(12) ?? 'IPv4-mapped';
  if (within(bytes, [[0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0], 96, ''])) return embedded(12) ?? 'IPv4-translated';
  // 64:ff9b::a.b.c.d (NAT64) reaches the IPv4 address it carries; so does 6to4, 2002:AABB:CCDD::.
  if (within(bytes, [[0x00, 0x64, 0xff, 0x9b], 96, ''])) return embedded(12);
  if (within(bytes, [[0x20, 0x02], 16, ''])) return embedded(2);
  // ISATAP interface ids (…:0:5efe:a.b.c.d, …:200:5efe:a.b.c.d) tunnel to the IPv4 address they carry, whatever the prefix.
  if ((bytes[8]! & 0xfc) === 0 && bytes[9] === 0 && bytes[10] === 0x5e && bytes[11] === 0xfe) {
    const kind = embedded(12);
    if (kind) return kind;
  }
  return ipv6Ranges.find((range) => within(bytes, range))?.[2];
}

/** A URL's host as an address or name: without IPv6 brackets or a trailing dot. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
}

function isLocalhostName(host: string): boolean {
  const name = host.toLowerCase();
  return name === 'localhost' || name.endsWith('.localhost');
}

/**
 * Why a webhook URL is refused when it is saved, judged by the URL alone (no DNS): a host that is a private,
 * loopback or otherwise internal address or `localhost`. Undefined when it may be saved.
 */
export function forbiddenHostReason(url: URL): string | undefined {
  const host = hostOf(url);
  if (isLocalhostName(host)) return 'must not point to localhost';
  if (isIPv4(host) || isIPv6(host)) {
    const kind = forbiddenAddressKind(host);
    if (kind) return `must not point to an internal address (${kind})`;
  }
  return undefined;
}

export class ForbiddenDestinationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ForbiddenDestinationError';
  }
}

/**
 * The addresses a delivery to `url` may connect to: all of them the host resolves to, after checking each. Throws
 * ForbiddenDestinationError when any is internal (unless `allowPrivate`): a name with one public and one private
 * address would otherwise reach the private one whenever the connection picked it.
 */
export async function deliverableAddresses(url: URL, resolve: HostResolver, allowPrivate: boolean): Promise<ResolvedAddress[]> {
  const host = hostOf(url);
  if (!allowPrivate && isLocalhostName(host)) throw new ForbiddenDestinationError(`refused: ${host} is localhost`);
  const literal = isIPv4(host) ? 4 : isIPv6(host) ? 6 : undefined;
  const addresses = literal ? [{ address: host, family: literal } as const] : await resolve(host);
  if (addresses.length === 0) throw new Error(`${host} resolves to no address`);
  if (!allowPrivate) {
    for (const { address } of addresses) {
      const kind = forbiddenAddressKind(address);
      if (!kind) continue;
      const where = literal ? `${host} is` : `${host} resolves to ${address},`;
      throw new ForbiddenDestinationError(`refused: ${where} an internal address (${kind})`);
    }
  }
  return addresses;
}
