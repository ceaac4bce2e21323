// Tables of service requests, attachments, messages, idempotency records and webhooks.

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RequestsTables {}
