// The portal's brand colour as tokens that stay readable: text on the colour, and the colour as text on white, both AA.

type Rgb = [number, number, number];

const white: Rgb = [255, 255, 255];
const ink: Rgb = [29, 36, 51];

function parseHex(value: string): Rgb | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!match) return null;
  const hex = match[1]!.length === 3 ? [...match[1]!].map((digit) => digit + digit).join('') : match[1]!;
  return [0, 2, 4].map((start) => Number.parseInt(hex.slice(start, start + 2), 16)) as Rgb;
}

const toHex = (rgb: Rgb) => `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;

function luminance([r, g, b]: Rgb): number {
  const [lr, lg, lb] = [r, g, b].map((channel) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}

export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * `--kp-brand-*` declarations for a brand colour, or '' when the value is not a plain hex colour (it ends up inside a
 * style sheet, so nothing else is let through). A light brand colour gets dark text on it, and is darkened where it
 * is used as text or a focus ring on white.
 */
export function brandDeclarations(primaryColor: string | null | undefined): string {
  const primary = parseHex(primaryColor ?? '');
  if (!primary) return '';
  const onPrimary = contrast(primary, white) >= 4.5 ? white : contrast(primary, ink) >= contrast(primary, white) ? ink : white;
  let text = primary;
  for (let step = 0; step < 20 && contrast(text, white) < 4.5; step++) {
    text = text.map((channel) => channel * 0.9) as Rgb;
  }
  return `--kp-brand-primary: ${toHex(primary)}; --kp-brand-on-primary: ${toHex(onPrimary)}; --kp-brand-primary-text: ${toHex(text)};`;
}
