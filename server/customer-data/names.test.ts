// Design §4.1: what a customer reads of a record uses the names the back office wrote it with, with the portal's own
// `id` for `externalId` and `…Id` for each `…ExternalId` reference; the back office reads its record back by the same
// names. A field renamed on one side only fails here.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { documentBody, documentRecordSchema, portalDocumentSchema } from './documents.js';
import { invoiceBody, invoiceRecordSchema, portalInvoiceSchema } from './invoices.js';
import { objectBody, objectRecordSchema, portalObjectSchema } from './objects.js';
import { orderBody, orderRecordSchema, portalOrderSchema } from './orders.js';
import { portalQuoteSchema, quoteBody, quoteRecordSchema } from './quotes.js';
import { portalWorkOrderSchema, workOrderBody, workOrderRecordSchema } from './work-orders.js';

type ObjectSchema = z.ZodObject<z.ZodRawShape>;

const keysOf = (schema: ObjectSchema) => Object.keys(schema.shape).sort();
const inThePortal = (name: string) => (name === 'externalId' ? 'id' : name.replace(/ExternalId$/, 'Id'));
const timestamps = ['createdAt', 'updatedAt'];
/** Who keeps the record is the back office's to read, never the customer's. */
const backOfficeOnly = ['source'];

// `portalLeavesOut`: written, but shown only in the record's own answer, not in its list row.
const resources: { noun: string; body: ObjectSchema; record: ObjectSchema; portal: ObjectSchema; recordOnly: string[]; portalOnly: string[]; portalLeavesOut?: string[] }[] = [
  // The address is the customer's work address the record is at, resolved for the customer.
  { noun: 'object', body: objectBody, record: objectRecordSchema, portal: portalObjectSchema, recordOnly: [], portalOnly: ['address'] },
  { noun: 'work order', body: workOrderBody, record: workOrderRecordSchema, portal: portalWorkOrderSchema, recordOnly: ['timeline'], portalOnly: ['address'] },
  { noun: 'quote', body: quoteBody, record: quoteRecordSchema, portal: portalQuoteSchema, recordOnly: ['pdf', 'decision'], portalOnly: ['hasPdf', 'decision'] },
  { noun: 'invoice', body: invoiceBody, record: invoiceRecordSchema, portal: portalInvoiceSchema, recordOnly: ['pdf'], portalOnly: ['hasPdf'], portalLeavesOut: ['lines'] },
  { noun: 'document', body: documentBody, record: documentRecordSchema, portal: portalDocumentSchema, recordOnly: ['file'], portalOnly: ['filename', 'contentType', 'size'] },
  { noun: 'order', body: orderBody, record: orderRecordSchema, portal: portalOrderSchema, recordOnly: [], portalOnly: [] },
];

describe('the names of a record', () => {
  for (const { noun, body, record, portal, recordOnly, portalOnly, portalLeavesOut = [] } of resources) {
    it(`of a ${noun} are the upsert body's, in the back office's record and, with ids for references, in the portal`, () => {
      const written = keysOf(body);
      expect(keysOf(record)).toEqual([...written, 'externalId', ...recordOnly, ...backOfficeOnly, ...timestamps].sort());
      // The customer the record belongs to is the caller itself in the portal.
      const shown = written.filter((name) => name !== 'customerExternalId' && !portalLeavesOut.includes(name)).map(inThePortal);
      expect(keysOf(portal)).toEqual([...new Set([...shown, 'id', ...portalOnly, ...timestamps])].sort());
    });
  }
});
