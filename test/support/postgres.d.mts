/** Starts a throwaway PostgreSQL with database `app`. */
export function startPostgres(): Promise<{ url: string; stop(): Promise<void> }>;
