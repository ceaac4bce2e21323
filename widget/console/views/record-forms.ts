// What the record editor asks per kind of record: its fields, how a stored record fills them, and how what was typed
// becomes the upsert body (or the errors beside the fields that keep it from being one).
import { msg } from '@lit/localize';
import { statusName, type StatusKind } from '../../components/status-badge.js';
import { objectTypeName } from '../../views/names.js';
import type { Locale } from '../api/types.js';
import type { AnyRecord, CustomerRecords, RecordBodies, RecordKind } from '../api/records.js';
import { dayAndTime, decimalInput, momentOf, moneyInput, parseDecimal, parseMoney } from './record-money.js';

export interface Choice {
  value: string;
  label: string;
}

/** What the fields choose from: the customer's addresses and records, the portals' work types. */
export interface FormContext {
  locale: Locale;
  customerId: string;
  /** The record being edited, which must not be its own parent. */
  externalId: string;
  locations: Choice[];
  objects: Choice[];
  workOrders: Choice[];
  workTypes: Choice[];
}

export interface FieldSpec {
  name: string;
  label: () => string;
  type: 'text' | 'multiline' | 'date' | 'time' | 'money' | 'select' | 'url';
  optional?: boolean;
  maxlength?: number;
  hint?: () => string;
  choices?: (context: FormContext) => Choice[];
  /** Fields drawn side by side under one legend. */
  group?: 'planned' | 'amounts' | 'dates' | 'service';
}

export type Values = Record<string, string>;

export interface LineValues {
  description: string;
  quantity: string;
  unitPrice: string;
  vatRate: string;
}

export type Errors = Record<string, string>;

export interface RecordForm<K extends RecordKind> {
  fields: FieldSpec[];
  /** Lines with quantity and unit price; with a VAT rate each when `vat`. */
  lines?: { vat: boolean };
  /** The title of a stored record. */
  title(record: CustomerRecords[K]): string;
  fromRecord(record: CustomerRecords[K] | null, context: FormContext): { values: Values; lines: LineValues[] };
  toBody(values: Values, lines: LineValues[], context: FormContext): { body: RecordBodies[K] } | { errors: Errors };
  /** Server paths (`details[].path`) that name another field here: `plannedStart` → `plannedStartDate`. */
  paths?: Record<string, string>;
}

const statusChoices = (kind: StatusKind, statuses: readonly string[]) => () => statuses.map((status) => ({ value: status, label: statusName(kind, status) }));
const none = (label: string, choices: Choice[]): Choice[] => [{ value: '', label }, ...choices];
const nothingLinked = () => msg('(geen)', { id: 'console.record.none' });
const text = (value: string | null | undefined) => value ?? '';
const orNull = (value: string) => value.trim() || null;
const today = () => dayAndTime(new Date().toISOString()).date;

/** Reads the money fields named, each into cents, or an error beside it. */
function money(values: Values, names: string[], locale: Locale, errors: Errors, optional: string[] = []): Record<string, number | null> {
  const result: Record<string, number | null> = {};
  for (const name of names) {
    const typed = values[name]!.trim();
    if (!typed && optional.includes(name)) {
      result[name] = null;
      continue;
    }
    const cents = parseMoney(typed, locale);
    if (cents === undefined) errors[name] = msg('Vul een bedrag in, zoals 1.234,50.', { id: 'console.record.moneyInvalid' });
    result[name] = cents ?? null;
  }
  return result;
}

function required(values: Values, names: string[], errors: Errors): void {
  for (const name of names) if (!values[name]!.trim()) errors[name] = msg('Dit veld is verplicht.', { id: 'shell.validate.required' });
}

/** The lines as the server takes them, each amount in cents; errors by `lines.{i}.{field}`. */
export function readLines(lines: LineValues[], vat: boolean, locale: Locale, errors: Errors) {
  return lines.map((line, index) => {
    const at = `lines.${index}`;
    if (!line.description.trim()) errors[`${at}.description`] = msg('Beschrijf de regel.', { id: 'console.record.lineDescriptionRequired' });
    const quantity = parseDecimal(line.quantity);
    if (quantity === undefined) errors[`${at}.quantity`] = msg('Vul een aantal in, zoals 1 of 2,5.', { id: 'console.record.quantityInvalid' });
    const unitPriceCents = parseMoney(line.unitPrice, locale);
    if (unitPriceCents === undefined) errors[`${at}.unitPriceCents`] = msg('Vul een bedrag in, zoals 1.234,50.', { id: 'console.record.moneyInvalid' });
    const vatRate = vat ? parseDecimal(line.vatRate) : 0;
    if (vatRate === undefined || vatRate < 0 || vatRate > 100) errors[`${at}.vatRate`] = msg('Vul een percentage in, zoals 21.', { id: 'console.record.vatInvalid' });
    return { description: line.description.trim(), quantity: quantity ?? 0, unitPriceCents: unitPriceCents ?? 0, vatRate: vatRate ?? 0 };
  });
}

/** The total of lines in cents, VAT included when they have a rate; each line rounded to the cent as an invoice would. */
export function linesTotal(lines: { quantity: number; unitPriceCents: number; vatRate: number }[]): number {
  return lines.reduce((total, line) => total + Math.round(line.quantity * line.unitPriceCents * (1 + line.vatRate / 100)), 0);
}

function linesOf(lines: { description: string; quantity: number; unitPriceCents: number; vatRate?: number }[], locale: Locale): LineValues[] {
  return lines.map((line) => ({
    description: line.description,
    quantity: decimalInput(line.quantity, locale),
    unitPrice: moneyInput(line.unitPriceCents, locale),
    vatRate: decimalInput(line.vatRate ?? 21, locale),
  }));
}

export const emptyLine = (): LineValues => ({ description: '', quantity: '1', unitPrice: '', vatRate: '21' });

const linesDecide = () => msg('Met regels worden de bedragen uit de regels opgeteld.', { id: 'console.record.amountsFromLines' });

const done = <K extends RecordKind>(errors: Errors, body: RecordBodies[K]): { body: RecordBodies[K] } | { errors: Errors } =>
  Object.keys(errors).length ? { errors } : { body };

const workOrderForm: RecordForm<'work-orders'> = {
  fields: [
    { name: 'number', label: () => msg('Werkbonnummer', { id: 'console.record.number' }), type: 'text', maxlength: 50 },
    {
      name: 'workType',
      label: () => msg('Soort werk', { id: 'console.record.workType' }),
      type: 'select',
      optional: true,
      choices: (context) => none(nothingLinked(), context.workTypes),
    },
    { name: 'description', label: () => msg('Omschrijving van het werk', { id: 'console.record.description' }), type: 'multiline', maxlength: 5000 },
    {
      name: 'locationExternalId',
      label: () => msg('Adres', { id: 'console.record.location' }),
      type: 'select',
      optional: true,
      choices: (context) => none(nothingLinked(), context.locations),
    },
    {
      name: 'objectExternalId',
      label: () => msg('Installatie', { id: 'console.record.object' }),
      type: 'select',
      optional: true,
      choices: (context) => none(nothingLinked(), context.objects),
    },
    {
      name: 'status',
      label: () => msg('Status', { id: 'console.record.status' }),
      type: 'select',
      choices: statusChoices('workOrder', ['open', 'planned', 'in_progress', 'completed', 'cancelled']),
    },
    {
      name: 'statusLabel',
      label: () => msg('Eigen naam voor de status', { id: 'console.record.statusLabel' }),
      type: 'text',
      optional: true,
      maxlength: 100,
      hint: () => msg('Wat de klant ziet in plaats van de status, zoals "Monteur onderweg".', { id: 'console.record.statusLabelHint' }),
    },
    { name: 'plannedStartDate', label: () => msg('Begindatum', { id: 'console.record.plannedStartDate' }), type: 'date', optional: true, group: 'planned' },
    { name: 'plannedStartTime', label: () => msg('Begintijd', { id: 'console.record.plannedStartTime' }), type: 'time', optional: true, group: 'planned' },
    { name: 'plannedEndDate', label: () => msg('Einddatum', { id: 'console.record.plannedEndDate' }), type: 'date', optional: true, group: 'planned' },
    { name: 'plannedEndTime', label: () => msg('Eindtijd', { id: 'console.record.plannedEndTime' }), type: 'time', optional: true, group: 'planned' },
    {
      name: 'technicianFirstName',
      label: () => msg('Voornaam monteur', { id: 'console.record.technician' }),
      type: 'text',
      optional: true,
      maxlength: 50,
      hint: () => msg('Alleen de voornaam: de klant ziet wie er komt.', { id: 'console.record.technicianHint' }),
    },
    { name: 'completedDate', label: () => msg('Afgerond op', { id: 'console.record.completedDate' }), type: 'date', optional: true },
    {
      name: 'total',
      label: () => msg('Prijs in euro', { id: 'console.record.price' }),
      type: 'money',
      optional: true,
      hint: () => msg('De klant ziet de prijs alleen als het portaal prijzen toont.', { id: 'console.record.priceHint' }),
    },
  ],
  paths: { plannedStart: 'plannedStartDate', plannedEnd: 'plannedEndDate', completedAt: 'completedDate', totalCents: 'total' },
  title: (record) => record.number,
  fromRecord(record, context) {
    const start = dayAndTime(record?.plannedStart);
    const end = dayAndTime(record?.plannedEnd);
    return {
      values: {
        number: text(record?.number),
        workType: text(record?.workType),
        description: text(record?.description),
        locationExternalId: text(record?.locationExternalId),
        objectExternalId: text(record?.objectExternalId),
        status: record?.status ?? 'open',
        statusLabel: text(record?.statusLabel),
        plannedStartDate: start.date,
        plannedStartTime: start.time,
        plannedEndDate: end.date,
        plannedEndTime: end.time,
        completedDate: dayAndTime(record?.completedAt).date,
        technicianFirstName: text(record?.technicianFirstName),
        total: moneyInput(record?.totalCents, context.locale),
      },
      lines: [],
    };
  },
  toBody(values, _lines, context) {
    const errors: Errors = {};
    required(values, ['number', 'description'], errors);
    const { total } = money(values, ['total'], context.locale, errors, ['total']);
    const plannedStart = momentOf(values.plannedStartDate!, values.plannedStartTime!);
    const plannedEnd = momentOf(values.plannedEndDate!, values.plannedEndTime!);
    if (!values.plannedStartDate && values.plannedStartTime) errors.plannedStartDate = msg('Kies de dag bij deze tijd.', { id: 'console.record.dayRequired' });
    if (!values.plannedEndDate && values.plannedEndTime) errors.plannedEndDate = msg('Kies de dag bij deze tijd.', { id: 'console.record.dayRequired' });
    if (plannedStart && plannedEnd && plannedEnd < plannedStart) errors.plannedEndDate = msg('Het einde ligt niet voor het begin.', { id: 'console.record.endBeforeStart' });
    return done<'work-orders'>(errors, {
      customerExternalId: context.customerId,
      number: values.number!.trim(),
      workType: orNull(values.workType!),
      description: values.description!.trim(),
      locationExternalId: orNull(values.locationExternalId!),
      objectExternalId: orNull(values.objectExternalId!),
      status: values.status as RecordBodies['work-orders']['status'],
      statusLabel: orNull(values.statusLabel!),
      plannedStart,
      plannedEnd,
      completedAt: momentOf(values.completedDate!, '12:00'),
      technicianFirstName: orNull(values.technicianFirstName!),
      totalCents: total ?? null,
    });
  },
};

const quoteForm: RecordForm<'quotes'> = {
  fields: [
    { name: 'number', label: () => msg('Offertenummer', { id: 'console.record.quoteNumber' }), type: 'text', maxlength: 50 },
    { name: 'title', label: () => msg('Titel', { id: 'console.record.title' }), type: 'text', maxlength: 200 },
    { name: 'validUntil', label: () => msg('Geldig tot en met', { id: 'console.record.validUntil' }), type: 'date', optional: true },
    {
      name: 'status',
      label: () => msg('Status', { id: 'console.record.status' }),
      type: 'select',
      choices: statusChoices('quote', ['open', 'accepted', 'declined', 'expired', 'withdrawn']),
    },
  ],
  lines: { vat: true },
  title: (record) => `${record.number} · ${record.title}`,
  fromRecord: (record, context) => ({
    values: { number: text(record?.number), title: text(record?.title), validUntil: text(record?.validUntil), status: record?.status ?? 'open' },
    lines: record ? linesOf(record.lines, context.locale) : [emptyLine()],
  }),
  toBody(values, lines, context) {
    const errors: Errors = {};
    required(values, ['number', 'title'], errors);
    const read = readLines(lines, true, context.locale, errors);
    return done<'quotes'>(errors, {
      customerExternalId: context.customerId,
      number: values.number!.trim(),
      title: values.title!.trim(),
      lines: read,
      totalCents: linesTotal(read),
      currency: 'EUR',
      validUntil: values.validUntil || null,
      status: values.status as RecordBodies['quotes']['status'],
    });
  },
};

const invoiceForm: RecordForm<'invoices'> = {
  fields: [
    { name: 'number', label: () => msg('Factuurnummer', { id: 'console.record.invoiceNumber' }), type: 'text', maxlength: 50 },
    { name: 'issueDate', label: () => msg('Factuurdatum', { id: 'console.record.issueDate' }), type: 'date', group: 'dates' },
    { name: 'dueDate', label: () => msg('Te betalen voor', { id: 'console.record.dueDate' }), type: 'date', group: 'dates' },
    { name: 'totalExclVat', label: () => msg('Bedrag excl. btw', { id: 'console.record.totalExclVat' }), type: 'money', optional: true, group: 'amounts', hint: linesDecide },
    { name: 'total', label: () => msg('Bedrag incl. btw', { id: 'console.record.totalInclVat' }), type: 'money', group: 'amounts', hint: linesDecide },
    {
      name: 'status',
      label: () => msg('Status', { id: 'console.record.status' }),
      type: 'select',
      choices: statusChoices('invoice', ['open', 'paid', 'overdue', 'credited', 'cancelled']),
    },
    {
      name: 'paymentUrl',
      label: () => msg('Betaallink', { id: 'console.record.paymentUrl' }),
      type: 'url',
      optional: true,
      maxlength: 2000,
      hint: () => msg('Een webadres (https://…) waar de klant betaalt, zoals een iDEAL-link.', { id: 'console.record.paymentUrlHint' }),
    },
    {
      name: 'workOrderExternalId',
      label: () => msg('Hoort bij werkbon', { id: 'console.record.workOrder' }),
      type: 'select',
      optional: true,
      choices: (context) => none(nothingLinked(), context.workOrders),
    },
  ],
  lines: { vat: true },
  paths: { totalCents: 'total', totalExclVatCents: 'totalExclVat' },
  title: (record) => record.number,
  fromRecord: (record, context) => ({
    values: {
      number: text(record?.number),
      issueDate: record?.issueDate ?? today(),
      dueDate: text(record?.dueDate),
      totalExclVat: moneyInput(record?.totalExclVatCents, context.locale),
      total: moneyInput(record?.totalCents, context.locale),
      status: record?.status ?? 'open',
      paymentUrl: text(record?.paymentUrl),
      workOrderExternalId: text(record?.workOrderExternalId),
    },
    // Many invoices are a PDF and an amount: lines are added when the business wants the customer to see them.
    lines: record ? linesOf(record.lines, context.locale) : [],
  }),
  toBody(values, lines, context) {
    const errors: Errors = {};
    required(values, ['number', 'issueDate', 'dueDate'], errors);
    const read = readLines(lines, true, context.locale, errors);
    const amounts = read.length
      ? { total: linesTotal(read), totalExclVat: linesTotal(read.map((line) => ({ ...line, vatRate: 0 }))) }
      : money(values, ['total', 'totalExclVat'], context.locale, errors, ['totalExclVat']);
    if (values.issueDate && values.dueDate && values.dueDate < values.issueDate!) errors.dueDate = msg('Deze datum ligt niet voor de factuurdatum.', { id: 'console.record.dueBeforeIssue' });
    const url = values.paymentUrl!.trim();
    if (url && !/^https?:\/\/[^\s]+$/i.test(url)) errors.paymentUrl = msg('Vul een webadres in dat begint met https://.', { id: 'console.record.urlInvalid' });
    return done<'invoices'>(errors, {
      customerExternalId: context.customerId,
      workOrderExternalId: orNull(values.workOrderExternalId!),
      number: values.number!.trim(),
      issueDate: values.issueDate!,
      dueDate: values.dueDate!,
      totalCents: amounts.total ?? 0,
      totalExclVatCents: amounts.totalExclVat ?? null,
      currency: 'EUR',
      status: values.status as RecordBodies['invoices']['status'],
      paymentUrl: url || null,
      lines: read,
    });
  },
};

const documentForm: RecordForm<'documents'> = {
  fields: [
    { name: 'title', label: () => msg('Titel', { id: 'console.record.title' }), type: 'text', maxlength: 200 },
    {
      name: 'category',
      label: () => msg('Categorie', { id: 'console.record.category' }),
      type: 'text',
      optional: true,
      maxlength: 100,
      hint: () => msg('Zoals garantie, handleiding, keuringsrapport of tekening.', { id: 'console.record.categoryHint' }),
    },
    {
      name: 'objectExternalId',
      label: () => msg('Hoort bij installatie', { id: 'console.record.forObject' }),
      type: 'select',
      optional: true,
      choices: (context) => none(nothingLinked(), context.objects),
    },
    {
      name: 'workOrderExternalId',
      label: () => msg('Hoort bij werkbon', { id: 'console.record.workOrder' }),
      type: 'select',
      optional: true,
      choices: (context) => none(nothingLinked(), context.workOrders),
    },
  ],
  title: (record) => record.title,
  fromRecord: (record) => ({
    values: {
      title: text(record?.title),
      category: text(record?.category),
      objectExternalId: text(record?.objectExternalId),
      workOrderExternalId: text(record?.workOrderExternalId),
    },
    lines: [],
  }),
  toBody(values, _lines, context) {
    const errors: Errors = {};
    required(values, ['title'], errors);
    return done<'documents'>(errors, {
      customerExternalId: context.customerId,
      title: values.title!.trim(),
      category: orNull(values.category!),
      objectExternalId: orNull(values.objectExternalId!),
      workOrderExternalId: orNull(values.workOrderExternalId!),
    });
  },
};

const objectTypes = ['boiler', 'heat_pump', 'airco', 'water_heater', 'ventilation', 'solar_panels', 'thermostat'];

const objectForm: RecordForm<'objects'> = {
  fields: [
    { name: 'name', label: () => msg('Naam', { id: 'console.record.name' }), type: 'text', maxlength: 200 },
    {
      name: 'type',
      label: () => msg('Soort installatie', { id: 'console.record.objectType' }),
      type: 'select',
      optional: true,
      choices: () => none(nothingLinked(), objectTypes.map((type) => ({ value: type, label: objectTypeName(type) }))),
    },
    { name: 'brand', label: () => msg('Merk', { id: 'console.record.brand' }), type: 'text', optional: true, maxlength: 100 },
    { name: 'model', label: () => msg('Model', { id: 'console.record.model' }), type: 'text', optional: true, maxlength: 100 },
    { name: 'serialNumber', label: () => msg('Serienummer', { id: 'console.record.serialNumber' }), type: 'text', optional: true, maxlength: 100 },
    {
      name: 'locationExternalId',
      label: () => msg('Adres', { id: 'console.record.location' }),
      type: 'select',
      optional: true,
      choices: (context) => none(nothingLinked(), context.locations),
    },
    {
      name: 'parentExternalId',
      label: () => msg('Onderdeel van', { id: 'console.record.parent' }),
      type: 'select',
      optional: true,
      choices: (context) => none(nothingLinked(), context.objects.filter((choice) => choice.value !== context.externalId)),
    },
    { name: 'installedAt', label: () => msg('Geïnstalleerd op', { id: 'console.record.installedAt' }), type: 'date', optional: true, group: 'service' },
    { name: 'warrantyUntil', label: () => msg('Garantie tot', { id: 'console.record.warrantyUntil' }), type: 'date', optional: true, group: 'service' },
    { name: 'lastServiceAt', label: () => msg('Laatste onderhoud', { id: 'console.record.lastServiceAt' }), type: 'date', optional: true, group: 'service' },
    { name: 'nextServiceAt', label: () => msg('Volgend onderhoud', { id: 'console.record.nextServiceAt' }), type: 'date', optional: true, group: 'service' },
  ],
  title: (record) => record.name,
  fromRecord: (record) => ({
    values: {
      name: text(record?.name),
      type: text(record?.type),
      brand: text(record?.brand),
      model: text(record?.model),
      serialNumber: text(record?.serialNumber),
      locationExternalId: text(record?.locationExternalId),
      parentExternalId: text(record?.parentExternalId),
      installedAt: text(record?.installedAt),
      warrantyUntil: text(record?.warrantyUntil),
      lastServiceAt: text(record?.lastServiceAt),
      nextServiceAt: text(record?.nextServiceAt),
    },
    lines: [],
  }),
  toBody(values, _lines, context) {
    const errors: Errors = {};
    required(values, ['name'], errors);
    return done<'objects'>(errors, {
      customerExternalId: context.customerId,
      name: values.name!.trim(),
      type: orNull(values.type!),
      brand: orNull(values.brand!),
      model: orNull(values.model!),
      serialNumber: orNull(values.serialNumber!),
      locationExternalId: orNull(values.locationExternalId!),
      parentExternalId: orNull(values.parentExternalId!),
      installedAt: values.installedAt || null,
      warrantyUntil: values.warrantyUntil || null,
      lastServiceAt: values.lastServiceAt || null,
      nextServiceAt: values.nextServiceAt || null,
    });
  },
};

const orderForm: RecordForm<'orders'> = {
  fields: [
    { name: 'number', label: () => msg('Bestelnummer', { id: 'console.record.orderNumber' }), type: 'text', maxlength: 50 },
    { name: 'orderedAt', label: () => msg('Besteld op', { id: 'console.record.orderedAt' }), type: 'date' },
    {
      name: 'status',
      label: () => msg('Status', { id: 'console.record.status' }),
      type: 'select',
      choices: statusChoices('order', ['open', 'confirmed', 'shipped', 'delivered', 'cancelled']),
    },
  ],
  lines: { vat: false },
  title: (record) => record.number,
  fromRecord: (record, context) => ({
    values: { number: text(record?.number), orderedAt: record?.orderedAt ?? today(), status: record?.status ?? 'open' },
    lines: record ? linesOf(record.lines, context.locale) : [emptyLine()],
  }),
  toBody(values, lines, context) {
    const errors: Errors = {};
    required(values, ['number', 'orderedAt'], errors);
    const read = readLines(lines, false, context.locale, errors);
    return done<'orders'>(errors, {
      customerExternalId: context.customerId,
      number: values.number!.trim(),
      orderedAt: values.orderedAt!,
      status: values.status as RecordBodies['orders']['status'],
      lines: read.map(({ description, quantity, unitPriceCents }) => ({ description, quantity, unitPriceCents })),
      totalCents: linesTotal(read),
      currency: 'EUR',
    });
  },
};

export const recordForms: { [K in RecordKind]: RecordForm<K> } = {
  'work-orders': workOrderForm,
  quotes: quoteForm,
  invoices: invoiceForm,
  documents: documentForm,
  objects: objectForm,
  orders: orderForm,
};

/** The kind's name, for headings and messages: "Werkbon". */
export function kindName(kind: RecordKind): string {
  switch (kind) {
    case 'work-orders':
      return msg('Werkbon', { id: 'console.record.kind.workOrder' });
    case 'quotes':
      return msg('Offerte', { id: 'console.record.kind.quote' });
    case 'invoices':
      return msg('Factuur', { id: 'console.record.kind.invoice' });
    case 'documents':
      return msg('Document', { id: 'console.record.kind.document' });
    case 'objects':
      return msg('Installatie', { id: 'console.record.kind.object' });
    case 'orders':
      return msg('Bestelling', { id: 'console.record.kind.order' });
  }
}

export type { AnyRecord };
