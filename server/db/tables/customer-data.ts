// Tables of customers' locations, objects, work orders, quotes, invoices, documents and orders.

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CustomerDataTables {}
