// Answers of the customer import, as the back-office API gives them for a dry run and for the run itself, and a CSV
// file as a staff member would choose it.
import type { CustomerImport } from '../api/imports.js';

export const csvFile = (name = 'klanten.csv') =>
  new File(['externalId;name;contactEmail\nK-1;Familie Jansen;jan@example.nl\nK-2;Bakkerij De Vries;\nK-3;;\nK-4;Garage Smit;\n'], name, { type: 'text/csv' });

export const dryRun = (overrides: Partial<CustomerImport> = {}): CustomerImport => ({
  dryRun: true,
  rows: [
    { line: 2, status: 'created', externalId: 'K-1' },
    { line: 3, status: 'updated', externalId: 'K-2' },
    { line: 4, status: 'error', externalId: 'K-3', errors: [{ column: 'name', message: 'is required', reason: 'required' }] },
    { line: 5, status: 'unchanged', externalId: 'K-4' },
  ],
  summary: { created: 1, updated: 1, unchanged: 1, errors: 1, invited: 0, unknownColumns: ['Opmerking'] },
  ...overrides,
});

export const importDone = (invited = false): CustomerImport => ({
  ...dryRun(),
  dryRun: false,
  rows: dryRun().rows.map((row) => (invited && row.externalId === 'K-1' ? { ...row, invited: true } : row)),
  summary: { ...dryRun().summary, invited: invited ? 1 : 0 },
});

export const allRefused = (): CustomerImport =>
  dryRun({
    rows: [{ line: 2, status: 'error', errors: [{ message: 'has 2 fields where the header has 3', reason: 'field_count' }] }],
    summary: { created: 0, updated: 0, unchanged: 0, errors: 1, invited: 0, unknownColumns: [] },
  });

export const empty = (): CustomerImport => dryRun({ rows: [], summary: { created: 0, updated: 0, unchanged: 0, errors: 0, invited: 0, unknownColumns: [] } });
