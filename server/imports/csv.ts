// Reading a spreadsheet's CSV export: the bytes (UTF-8 with or without BOM, or the Windows-1252 an older Excel
// writes), the separator its header line uses (`;` in a Dutch Excel, `,` elsewhere), and each record with the line
// it starts on, so a person can find it in the sheet. Quoted fields may hold the separator and line breaks.
import { parse } from 'csv-parse/sync';
import { ApiError } from '../http/errors.js';

export interface CsvRecord {
  /** The line of the file the record starts on, counting the header as line 1. */
  line: number;
  fields: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function separatorOf(text: string): ';' | ',' {
  const headerLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (char: string) => headerLine.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

function invalidFile(message: string, line?: number): ApiError {
  return new ApiError('validation_failed', message, [{ path: 'body', message: line === undefined ? message : `line ${line}: ${message}` }]);
}

/** The header and the records after it; at most `maxRecords`, else 413. Empty lines are skipped. */
export function readCsv(bytes: Uint8Array, maxRecords: number): CsvTable {
  const text = decode(bytes).replace(/^\uFEFF/, '');
  // Parsed from UTF-8 bytes: the parser reports where each record ends as a byte offset, which gives its lines.
  const data = Buffer.from(text, 'utf8');
  let parsed: Parsed[];
  try {
    parsed = parse(data, { delimiter: separatorOf(text), relax_column_count: true, skip_empty_lines: true, info: true, to: maxRecords + 2 }) as unknown as Parsed[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw invalidFile(`The file is not valid CSV: ${(error as Error).message}`, line);
  }
  const [header, ...rest] = parsed;
  if (!header) throw invalidFile('The file is empty: the first line must name the columns.');
  if (rest.length > maxRecords) throw new ApiError('payload_too_large', `The file has more than ${maxRecords} rows; split it into smaller files.`);
  const lines = startLines(data, parsed);
  return {
    header: header.record.map((name) => name.trim()),
    records: rest.map((entry, index) => ({ line: lines[index + 1]!, fields: entry.record.map((field) => field.trim()) })),
  };
}

interface Parsed {
  record: string[];
  info: { bytes: number };
}

/** The line each record starts on: the line breaks before it, after the blank lines between records. */
function startLines(data: Buffer, parsed: Parsed[]): number[] {
  const lf = 0x0a;
  const cr = 0x0d;
  let offset = 0;
  let line = 1;
  const starts: number[] = [];
  for (const entry of parsed) {
    while (offset < data.length && (data[offset] === lf || data[offset] === cr)) {
      if (data[offset] === lf) line += 1;
      offset += 1;
    }
    starts.push(line);
    for (; offset < entry.info.bytes; offset += 1) if (data[offset] === lf) line += 1;
  }
  return starts;
}
