import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { deliverableAddresses, forbiddenAddressKind, forbiddenHostReason, ForbiddenDestinationError, type HostResolver } from './addresses.js';

describe('addresses a webhook must not reach', () => {
  it.each([
    ['0.0.0.0', 'unspecified'],
    ['10.0.0.5', 'private'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['169.254.169.254', 'link-local'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.0.0.192', 'reserved'],
    ['192.168.1.1', 'private'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['::', 'unspecified or loopback'],
    ['::1', 'unspecified or loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:a9fe:a9fe', 'link-local'],
    ['::ffff:93.184.216.34', 'IPv4-mapped'],
    ['::ffff:0:127.0.0.1', 'loopback'],
    ['::ffff:0:7f00:1', 'loopback'],
    ['0:0:0:0:ffff:0:a9fe:a9fe', 'link-local'],
    ['::ffff:0:8.8.8.8', 'IPv4-translated'],
    ['2001:db8::5efe:127.0.0.1', 'loopback'],
    ['2a00:1450::200:5efe:a9fe:a9fe', 'link-local'],
    ['192.88.99.1', 'reserved'],
    ['2002:c058:6301::1', 'reserved'],
    ['64:ff9b::10.0.0.1', 'private'],
    ['2002:c0a8:101::1', 'private'],
    ['fd00::1', 'unique-local'],
    ['fd00:ec2::254', 'unique-local'],
    ['fc00::1', 'unique-local'],
    ['fe80::1%eth0', 'link-local'],
    ['FE80::1', 'link-local'],
    ['ff02::1', 'multicast'],
  ])('%s is %s', (address, kind) => {
    expect(forbiddenAddressKind(address)).toBe(kind);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '11.0.0.1', '2606:4700:4700::1111', '2a00:1450:4001:82a::200e', '2a00:1450::5efe:93.184.216.34'])(
    '%s is a public address',
    (address) => {
      expect(forbiddenAddressKind(address)).toBeUndefined();
    },
  );

  it('refuses what is not an IP address at all', () => {
    expect(forbiddenAddressKind('hooks.example')).toBe('not an IP address');
    expect(forbiddenAddressKind('')).toBe('not an IP address');
  });
});

describe('webhook hosts judged when an endpoint is saved', () => {
  it.each([
    'http://127.0.0.1:8080/hooks',
    // What the URL parser makes 127.0.0.1 of.
    'http://2130706433/',
    'http://0x7f.1/',
    'http://127.1/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:0:127.0.0.1]/',
    'http://[::ffff:0:a00:1]/',
    'http://[2001:db8::5efe:10.0.0.1]/',
    'http://[::1]/',
    'http://[fd00::1]/',
    'http://localhost/',
    'http://LOCALHOST./',
    'http://a.localhost/',
    'http://169.254.169.254/latest/meta-data/',
  ])('%s is refused', (url) => {
    expect(forbiddenHostReason(new URL(url))).toMatch(/^must not point to (localhost|an internal address \(.+\))$/);
  });

  it.each(['https://hooks.example/kp', 'https://erp.alfa-installatie.nl/webhooks', 'http://93.184.216.34/', 'https://[2606:4700::1111]/'])('%s may be saved', (url) => {
    expect(forbiddenHostReason(new URL(url))).toBeUndefined();
  });
});

describe('webhook destinations checked before each delivery', () => {
  const resolver =
    (addresses: string[]): HostResolver =>
    async () =>
      addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

  it('gives every resolved address when all are public', async () => {
    const addresses = await deliverableAddresses(new URL('https://hooks.example/kp'), resolver(['93.184.216.34', '2606:4700::1111']), false);
    expect(addresses.map((entry) => entry.address)).toEqual(['93.184.216.34', '2606:4700::1111']);
  });

  it('refuses the whole name when any address is internal', async () => {
    await expect(deliverableAddresses(new URL('https://hooks.example/kp'), resolver(['93.184.216.34', '10.1.2.3']), false)).rejects.toThrow(
      new ForbiddenDestinationError('refused: hooks.example resolves to 10.1.2.3, an internal address (private)'),
    );
  });

  it('refuses localhost before asking any resolver', async () => {
    await expect(deliverableAddresses(new URL('http://api.localhost/'), resolver(['93.184.216.34']), false)).rejects.toThrow('refused: api.localhost is localhost');
  });

  it('lets everything through when private addresses are allowed', async () => {
    expect(await deliverableAddresses(new URL('http://hooks.example/'), resolver(['127.0.0.1']), true)).toEqual([{ address: '127.0.0.1', family: 4 }]);
    expect(await deliverableAddresses(new URL('http://[::1]:9/'), resolver([]), true)).toEqual([{ address: '::1', family: 6 }]);
  });

  it('is refused by default and allowed only with KP_WEBHOOK_ALLOW_PRIVATE=1', () => {
    expect(loadConfig({}).webhookAllowPrivate).toBe(false);
    expect(loadConfig({ KP_WEBHOOK_ALLOW_PRIVATE: '0' }).webhookAllowPrivate).toBe(false);
    expect(loadConfig({ KP_WEBHOOK_ALLOW_PRIVATE: '1' }).webhookAllowPrivate).toBe(true);
    expect(() => loadConfig({ KP_WEBHOOK_ALLOW_PRIVATE: 'yes' })).toThrow('KP_WEBHOOK_ALLOW_PRIVATE must be 1 or 0');
  });
});
