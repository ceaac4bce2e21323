// Structured logs: one JSON object a line on stdout. Never give it a token, a password or a request body.

export type LogFields = Record<string, unknown>;

export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export function jsonLogger(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Logger {
  const emit = (level: string) => (message: string, fields: LogFields = {}) =>
    write(JSON.stringify({ time: new Date().toISOString(), level, msg: message, ...fields }));
  return { info: emit('info'), warn: emit('warn'), error: emit('error') };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/** A logger that keeps what it is given, for tests that assert on logs. */
export function memoryLogger(): Logger & { lines: LogFields[] } {
  const lines: LogFields[] = [];
  const keep = (level: string) => (message: string, fields: LogFields = {}) => {
    lines.push({ level, msg: message, ...fields });
  };
  return { lines, info: keep('info'), warn: keep('warn'), error: keep('error') };
}
