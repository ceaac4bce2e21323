import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dialectUnderTest, type TestDatabase } from '../test/support/database.js';
import { lastJsonLine, runCli } from '../test/support/processes.js';
import { sha256Hex } from './db/ids.js';

let database: TestDatabase;
let env: Record<string, string>;
beforeAll(async () => {
  database = await createTestDatabase();
  env = { DATABASE_URL: database.url, ...database.env };
});
afterAll(async () => {
  await database.close();
});

describe(`the operator CLI on ${dialectUnderTest}`, () => {
  it('creates a tenant with its portal and a first API key, stored only as a hash', async () => {
    const result = await runCli(
      ['tenant', 'create', '--name', 'Installatiebedrijf Jansen', '--portal', 'jansen', '--origin', 'https://www.jansen.nl', '--origin', 'https://jansen.nl', '--home-url', 'https://www.jansen.nl/portaal'],
      env,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const created = lastJsonLine(result.stdout);
    expect(created).toEqual({ tenantId: expect.stringMatching(/^ten_/), portal: 'jansen', apiKey: expect.stringMatching(/^kp_live_[A-Za-z0-9_-]{32}$/) });

    const portal = await database.db.selectFrom('portals').selectAll().where('slug', '=', 'jansen').executeTakeFirstOrThrow();
    expect(portal.tenant_id).toBe(created.tenantId);
    expect(JSON.parse(portal.settings)).toMatchObject({
      name: 'Installatiebedrijf Jansen',
      allowedOrigins: ['https://www.jansen.nl', 'https://jansen.nl'],
      homeUrl: 'https://www.jansen.nl/portaal',
    });

    const keys = await database.db.selectFrom('api_keys').selectAll().where('tenant_id', '=', created.tenantId).execute();
    expect(keys).toHaveLength(1);
    expect(keys[0]!.key_hash).toBe(sha256Hex(created.apiKey));
    expect(JSON.stringify(keys)).not.toContain(created.apiKey);
  });

  it('refuses a duplicate portal slug with a clear message and exit code 1, creating nothing', async () => {
    const before = await database.db.selectFrom('tenants').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const result = await runCli(['tenant', 'create', '--name', 'Another Jansen', '--portal', 'jansen'], env);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('A portal with slug "jansen" already exists');
    const after = await database.db.selectFrom('tenants').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('creates another API key for a tenant, and refuses an unknown tenant', async () => {
    const tenant = await database.db.selectFrom('tenants').select('id').executeTakeFirstOrThrow();
    const ok = await runCli(['apikey', 'create', '--tenant', tenant.id], env);
    expect(ok.code).toBe(0);
    const { apiKey } = lastJsonLine(ok.stdout);
    expect(apiKey).toMatch(/^kp_live_/);
    const stored = await database.db.selectFrom('api_keys').select('tenant_id').where('key_hash', '=', sha256Hex(apiKey)).executeTakeFirst();
    expect(stored?.tenant_id).toBe(tenant.id);

    const unknown = await runCli(['apikey', 'create', '--tenant', 'ten_doesnotexist'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe('No tenant with id ten_doesnotexist');
  });

  it('creates a tenant with its first console admin, invited by a link to the console that works once', async () => {
    const result = await runCli(['tenant', 'create', '--name', 'Klimaat Kok', '--portal', 'kok', '--owner-email', 'Eigenaar@Kok.example', '--owner-name', 'Karin Kok'], {
      ...env,
      KP_PUBLIC_URL: 'https://portaal.kok.example',
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const created = lastJsonLine(result.stdout);
    expect(created).toEqual({
      tenantId: expect.stringMatching(/^ten_/),
      portal: 'kok',
      apiKey: expect.stringMatching(/^kp_live_/),
      ownerInviteUrl: expect.stringMatching(/^https:\/\/portaal\.kok\.example\/console#kp-staff-invite=[A-Za-z0-9_-]{43}$/),
    });
    const owner = await database.db.selectFrom('staff').selectAll().where('tenant_id', '=', created.tenantId).executeTakeFirstOrThrow();
    expect(owner).toMatchObject({ email: 'eigenaar@kok.example', name: 'Karin Kok', role: 'admin', status: 'invited', password_hash: null });
    const token = created.ownerInviteUrl.split('#kp-staff-invite=')[1];
    const stored = await database.db.selectFrom('staff_one_time_tokens').select(['token_hash', 'purpose']).where('staff_id', '=', owner.id).execute();
    expect(stored).toEqual([{ token_hash: sha256Hex(token), purpose: 'invite' }]);
  });

  it('invites staff to a business, as staff unless --role says admin', async () => {
    const tenant = await database.db.selectFrom('tenants').select('id').where('name', '=', 'Klimaat Kok').executeTakeFirstOrThrow();
    const ok = await runCli(['staff', 'create', '--tenant', tenant.id, '--email', 'planner@kok.example', '--name', 'Piet Planner'], env);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    const answer = lastJsonLine(ok.stdout);
    expect(Object.keys(answer).sort()).toEqual(['inviteUrl', 'staffId']);
    expect(answer.inviteUrl).toMatch(/\/console#kp-staff-invite=[A-Za-z0-9_-]{43}$/);
    const staff = await database.db.selectFrom('staff').selectAll().where('id', '=', answer.staffId).executeTakeFirstOrThrow();
    expect(staff).toMatchObject({ tenant_id: tenant.id, email: 'planner@kok.example', name: 'Piet Planner', role: 'staff', status: 'invited' });

    const admin = await runCli(['staff', 'create', '--tenant', tenant.id, '--email', 'chef@kok.example', '--name', 'Chef', '--role', 'admin'], env);
    const { staffId: adminId } = lastJsonLine(admin.stdout);
    expect((await database.db.selectFrom('staff').select('role').where('id', '=', adminId).executeTakeFirstOrThrow()).role).toBe('admin');
  }, 60_000);

  it('refuses staff who exist already, a wrong role or email, and an unknown tenant, with a clear message', async () => {
    const tenant = await database.db.selectFrom('tenants').select('id').where('name', '=', 'Klimaat Kok').executeTakeFirstOrThrow();
    const refusals: [string[], RegExp][] = [
      [['--tenant', tenant.id, '--email', 'planner@kok.example', '--name', 'Nog eens'], /^This email address is already staff of this business\.$/],
      [['--tenant', tenant.id, '--email', 'x@kok.example', '--name', 'X', '--role', 'owner'], /--role must be admin or staff/],
      [['--tenant', tenant.id, '--email', 'geen-adres', '--name', 'X'], /--email must be an email address/],
      [['--tenant', 'ten_doesnotexist', '--email', 'x@kok.example', '--name', 'X'], /^No tenant with id ten_doesnotexist$/],
    ];
    for (const [args, message] of refusals) {
      const result = await runCli(['staff', 'create', ...args], env);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr.trim()).toMatch(message);
    }
  }, 90_000);

  it('migrates twice without applying anything the second time', async () => {
    const result = await runCli(['migrate'], env);
    expect(result.code).toBe(0);
    expect(lastJsonLine(result.stdout)).toEqual({ migrated: [] });
  });

  it('explains its usage for an unknown command, and stops on a wrong DATABASE_URL without a stack trace', async () => {
    const unknown = await runCli(['frobnicate'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/Unknown command: frobnicate/);
    expect(unknown.stderr).toMatch(/tenant create --name/);

    const wrong = await runCli(['migrate'], { DATABASE_URL: 'mysql://db/kp' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/DATABASE_URL must be file:… or postgres:\/\/…/);
    expect(wrong.stderr).not.toMatch(/ at .*:\d+:\d+/);
  });
});
