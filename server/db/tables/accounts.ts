// Tables of contacts, sessions, one-time tokens, signing keys, throttling, audit and mail.

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AccountsTables {}
