// A strict reader of iCalendar text (RFC 5545) for tests: it fails on what a calendar app could misread.
import { expect } from 'vitest';

export interface CalendarProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

export interface CalendarComponent {
  name: string;
  properties: CalendarProperty[];
  components: CalendarComponent[];
}

/** Undoes TEXT escaping: \\n, \\N, \\, \\; and \\\\. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/**
 * Reads a whole iCalendar object: every line ends in CRLF, no physical line is longer than 75 octets, folded lines
 * start with one space, components nest properly. Returns the outermost component.
 */
export function parseCalendar(text: string): CalendarComponent {
  expect(text.endsWith('\r\n'), 'the last line ends with CRLF').toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line.includes('\n') || line.includes('\r'), `a bare line break in ${JSON.stringify(line)}`).toBe(false);
    expect(Buffer.byteLength(line, 'utf8'), `line longer than 75 octets: ${line}`).toBeLessThanOrEqual(75);
  }
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      expect(logical.length, 'a continuation line comes first').toBeGreaterThan(0);
      logical[logical.length - 1] += line.slice(1);
    } else {
      logical.push(line);
    }
  }
  const stack: CalendarComponent[] = [];
  let root: CalendarComponent | undefined;
  for (const line of logical) {
    const match = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*))*):(.*)$/.exec(line);
    expect(match, `not a content line: ${line}`).not.toBeNull();
    const [, name, rawParams, value] = match!;
    const params: Record<string, string> = {};
    for (const param of rawParams!.split(';').slice(1)) {
      const [key, ...rest] = param.split('=');
      params[key!.toUpperCase()] = rest.join('=');
    }
    const upper = name!.toUpperCase();
    if (upper === 'BEGIN') {
      const component: CalendarComponent = { name: value!, properties: [], components: [] };
      if (stack.length) stack[stack.length - 1]!.components.push(component);
      else root = component;
      stack.push(component);
    } else if (upper === 'END') {
      expect(stack.pop()?.name, `END:${value} closes another component`).toBe(value);
    } else {
      expect(stack.length, `${upper} outside any component`).toBeGreaterThan(0);
      stack[stack.length - 1]!.properties.push({ name: upper, params, value: value! });
    }
  }
  expect(stack, 'every component is closed').toHaveLength(0);
  expect(root?.name).toBe('VCALENDAR');
  return root!;
}

export function property(component: CalendarComponent, name: string): CalendarProperty | undefined {
  const found = component.properties.filter((candidate) => candidate.name === name);
  expect(found.length, `${name} at most once in ${component.name}`).toBeLessThanOrEqual(1);
  return found[0];
}
