// Importing customers from a spreadsheet: a dry run changes nothing, the same file twice creates nothing the second
// time, a broken row is reported with its line and the others go in, and the files Excel writes are read as meant.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { callAdmin, seedTenant, type SeededTenant } from '../../test/support/fixtures.js';
import { seedStaff, signInStaff } from '../../test/support/staff-fixtures.js';
import { postCsv, rowCounts } from './test-support.js';

let t: TestApp;
let business: SeededTenant;
let other: SeededTenant;
let staffCookie: string;

beforeAll(async () => {
  t = await createTestApp();
  business = await seedTenant(t.deps.db, 'import', { homeUrl: 'https://www.import.example/portaal' });
  other = await seedTenant(t.deps.db, 'import-ander');
  await seedStaff(t.deps, { tenantId: business.tenantId, email: 'planning@import.example', role: 'staff' });
  staffCookie = await signInStaff(t.app, 'planning@import.example');
});
afterAll(async () => {
  await t.close();
});

const withKey = { get apiKey() { return business.apiKey; } };
const asStaff = { get staffCookie() { return staffCookie; } };

const customerOf = (tenantId: string, externalId: string) =>
  t.deps.db.selectFrom('customers').selectAll().where('tenant_id', '=', tenantId).where('external_id', '=', externalId).executeTakeFirst();

describe(`a customer import, on ${dialectUnderTest}`, () => {
  const file = [
    'externalId,name,debtorNumber,email,phone,street,houseNumber,postalCode,city,country,contactName,contactEmail',
    'K-1,Familie Jansen,D-100,jansen@example.com,030-1234567,Dorpsstraat,1,1234ab,Utrecht,NL,Jan Jansen,jan@jansen.example',
    'K-2,Bakkerij de Vries,D-200,,,Markt,12a,5611 AA,Eindhoven,,,',
    'K-3,Garage Bos,,,,,,,,,Bea Bos,bea@bos.example',
  ].join('\r\n');

  it('a dry run reports what it would do and changes no table', async () => {
    const before = await rowCounts(t.deps.db, t.deps.dialect);
    const answer = await postCsv(t.app, withKey, file, 'dryRun=1');
    expect(answer.status).toBe(200);
    const body = await json(answer);
    expect(body.dryRun).toBe(true);
    expect(body.rows.map((row: { line: number; status: string }) => [row.line, row.status])).toEqual([[2, 'created'], [3, 'created'], [4, 'created']]);
    expect(body.summary).toMatchObject({ created: 3, updated: 0, unchanged: 0, errors: 0 });
    expect(await rowCounts(t.deps.db, t.deps.dialect)).toEqual(before);
  });

  it('imports the customers with their address and contact, and the same file again changes nothing', async () => {
    const first = await json(await postCsv(t.app, withKey, file));
    expect(first.summary).toMatchObject({ created: 3, errors: 0 });
    const jansen = await customerOf(business.tenantId, 'K-1');
    expect(jansen).toMatchObject({ name: 'Familie Jansen', debtor_number: 'D-100', email: 'jansen@example.com', source: 'api' });
    const location = await t.deps.db.selectFrom('locations').selectAll().where('customer_id', '=', jansen!.id).executeTakeFirstOrThrow();
    expect(location).toMatchObject({ street: 'Dorpsstraat', house_number: '1', postal_code: '1234 AB', city: 'Utrecht', country: 'NL' });
    const contact = await t.deps.db.selectFrom('contacts').selectAll().where('email', '=', 'jan@jansen.example').executeTakeFirstOrThrow();
    expect(contact).toMatchObject({ customer_id: jansen!.id, name: 'Jan Jansen', status: 'invited', role: 'admin' });

    const before = await rowCounts(t.deps.db, t.deps.dialect);
    const again = await json(await postCsv(t.app, withKey, file));
    expect(again.rows.map((row: { status: string }) => row.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    const after = await rowCounts(t.deps.db, t.deps.dialect);
    expect({ ...after, audit_events: 0 }).toEqual({ ...before, audit_events: 0 });
    expect((await customerOf(business.tenantId, 'K-1'))!.updated_at).toBe(jansen!.updated_at);

    const audit = await t.deps.db.selectFrom('audit_events').selectAll().where('action', '=', 'customers.imported').where('tenant_id', '=', business.tenantId).execute();
    expect(audit).toHaveLength(2);
    expect(JSON.parse(audit[0]!.details!)).toMatchObject({ created: 3, errors: 0 });
    expect(audit[0]!.actor_type).toBe('api_key');
  });

  it('a changed cell updates just that customer', async () => {
    const changed = file.replace('Bakkerij de Vries', 'Bakkerij De Vries BV');
    const body = await json(await postCsv(t.app, withKey, changed));
    expect(body.rows.map((row: { status: string }) => row.status)).toEqual(['unchanged', 'updated', 'unchanged']);
    expect((await customerOf(business.tenantId, 'K-2'))!.name).toBe('Bakkerij De Vries BV');
  });

  it('reports a broken row with its line and what is wrong, and imports the others', async () => {
    const broken = [
      'externalId;name;email;postalCode;street;houseNumber;city;contactEmail',
      'B-1;Goed Bedrijf;goed@example.com;1000 AA;Laan;1;Amsterdam;',
      'B-2;;geen-mail;12;Laan;1;Amsterdam;',
      'B-3;Te kort',
      'B-4;Ook Goed;;;;;;',
    ].join('\n');
    const body = await json(await postCsv(t.app, withKey, broken));
    expect(body.rows.map((row: { line: number; status: string }) => [row.line, row.status])).toEqual([[2, 'created'], [3, 'error'], [4, 'error'], [5, 'created']]);
    const reasons = (line: number) => body.rows.find((row: { line: number }) => row.line === line).errors.map((error: { reason: string }) => error.reason);
    expect(reasons(3)).toEqual(['required', 'invalid_email', 'invalid_postal_code']);
    expect(reasons(4)).toContain('field_count');
    expect(await customerOf(business.tenantId, 'B-1')).toBeDefined();
    expect(await customerOf(business.tenantId, 'B-2')).toBeUndefined();
    expect(await customerOf(business.tenantId, 'B-4')).toBeDefined();
  });

  it('reads Excel’s Dutch export: ; with BOM, Dutch column names, quoted fields holding ; and line breaks, unknown columns reported', async () => {
    const excel =
      '\uFEFFKlantnummer;Naam;Debiteurnummer;Straat;Huisnummer;Postcode;Plaats;Opmerking\r\n' +
      'X-1;"Schilders; Zonen & Co";1001;"Kerkstraat";"3";"2511 CV";Den Haag;"eerste regel\r\ntweede regel"\r\n' +
      'X-2;"Van ""Oranje"" BV";1002;Laan;4;9999 ZZ;Groningen;\r\n';
    const body = await json(await postCsv(t.app, withKey, Buffer.from(excel, 'utf8')));
    expect(body.rows.map((row: { line: number; status: string }) => [row.line, row.status])).toEqual([[2, 'created'], [4, 'created']]);
    expect(body.summary.unknownColumns).toEqual(['Opmerking']);
    expect((await customerOf(business.tenantId, 'X-1'))!.name).toBe('Schilders; Zonen & Co');
    expect((await customerOf(business.tenantId, 'X-2'))!.name).toBe('Van "Oranje" BV');
  });

  it('reads a , file without BOM and one Excel wrote as Windows-1252', async () => {
    const latin = Buffer.from('externalId,name,city,street,houseNumber,postalCode\nL-1,Café Übel,Zwolle,Straße,1,8011 AA\n', 'latin1');
    const body = await json(await postCsv(t.app, withKey, latin));
    expect(body.rows[0]).toMatchObject({ line: 2, status: 'created' });
    expect((await customerOf(business.tenantId, 'L-1'))!.name).toBe('Café Übel');
  });

  it('finds a customer without external id by its debtor number, and names a new one after it', async () => {
    const body = await json(await postCsv(t.app, withKey, 'name;debtorNumber;phone\nFamilie Jansen;D-100;030-7654321\nNieuw Bedrijf;D-900;\n'));
    expect(body.rows).toEqual([
      { line: 2, status: 'updated', externalId: 'K-1' },
      { line: 3, status: 'created', externalId: 'D-900' },
    ]);
  });

  it('refuses a file without a name column, a workbook, and one too large', async () => {
    const noName = await postCsv(t.app, withKey, 'externalId;email\nK-1;a@b.example\n');
    expect(noName.status).toBe(400);
    expect((await json(noName)).error.details[0]).toMatchObject({ path: 'name', reason: 'missing_column' });
    expect((await postCsv(t.app, withKey, Buffer.from('PK\u0003\u0004 workbook'))).status).toBe(415);
    expect((await postCsv(t.app, withKey, Buffer.alloc(3 * 1024 * 1024, 'a'))).status).toBe(413);
    const rows = ['externalId,name', ...Array.from({ length: 5001 }, (_, n) => `R-${n},Klant ${n}`)].join('\n');
    expect((await postCsv(t.app, withKey, rows, 'dryRun=1')).status).toBe(413);
  });

  it('from a staff session makes console customers, and refuses rather than overwrites what the back office keeps', async () => {
    const body = await json(await postCsv(t.app, asStaff, 'externalId,name\nK-1,Overschreven\nC-1,Console Klant\n'));
    expect(body.rows[0]).toMatchObject({ line: 2, status: 'error', externalId: 'K-1', errors: [{ reason: 'read_only_record' }] });
    expect(body.rows[1]).toMatchObject({ line: 3, status: 'created' });
    expect((await customerOf(business.tenantId, 'K-1'))!.name).toBe('Familie Jansen');
    expect((await customerOf(business.tenantId, 'C-1'))!.source).toBe('console');
    const again = await json(await postCsv(t.app, asStaff, 'externalId,name\nC-1,Console Klant BV\n'));
    expect(again.rows[0]).toMatchObject({ status: 'updated' });
  });

  it('refuses a contact email another customer signs in with', async () => {
    const body = await json(await postCsv(t.app, withKey, 'externalId,name,contactEmail\nK-9,Iemand Anders,jan@jansen.example\n'));
    expect(body.rows[0]).toMatchObject({ status: 'error', errors: [{ column: 'contactEmail', reason: 'email_in_use' }] });
    expect(await customerOf(business.tenantId, 'K-9')).toBeUndefined();
  });

  it('invite=1 mails the contacts not invited yet, once: the same file again invites nobody twice', async () => {
    const first = await json(await postCsv(t.app, withKey, file, 'invite=1'));
    expect(first.rows.map((row: { invited?: boolean }) => row.invited ?? false)).toEqual([true, false, true]);
    expect(first.summary.invited).toBe(2);
    await t.deps.mailer.idle();
    const mails = await t.deps.db.selectFrom('emails').select(['to_address', 'kind']).where('tenant_id', '=', business.tenantId).where('kind', '=', 'invite').execute();
    expect(mails.map((mail) => mail.to_address).sort()).toEqual(['bea@bos.example', 'jan@jansen.example']);
    const again = await json(await postCsv(t.app, withKey, file, 'invite=1'));
    expect(again.summary.invited).toBe(0);
  });

  it('invites need a portal with a homeUrl, and a portal of this business', async () => {
    const noHome = await postCsv(t.app, { apiKey: other.apiKey }, 'externalId,name,contactEmail\nA-1,A,a@a.example\n', 'invite=1');
    expect(noHome.status).toBe(409);
    expect((await postCsv(t.app, withKey, file, `invite=1&portal=${other.slug}`)).status).toBe(404);
  });

  it('another business’s import touches none of this business’s customers', async () => {
    const body = await json(await postCsv(t.app, { apiKey: other.apiKey }, 'externalId,name\nK-1,Van Ander Bedrijf\n'));
    expect(body.rows[0]).toMatchObject({ status: 'created' });
    expect((await customerOf(business.tenantId, 'K-1'))!.name).toBe('Familie Jansen');
    expect((await json(await callAdmin(t.app, other.apiKey, 'GET', '/customers/K-1'))).name).toBe('Van Ander Bedrijf');
  });
});
