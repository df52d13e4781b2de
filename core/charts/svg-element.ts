/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Attribute values; numbers are rounded to hundredths, which is finer than any screen or printer needs. */
export type SvgAttributes = Readonly<Record<string, string | number | undefined>>;

/**
 * One SVG element as a string. Children are already-built element strings; `text` is escaped. Attributes with
 * `undefined` values are left out. No DOM is involved, so this runs in Node, a browser and a PDF renderer alike.
 */
export function svgElement(name: string, attributes: SvgAttributes, children: readonly string[] | string = []): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(typeof value === 'number' ? formatCoordinate(value) : value)}"`)
    .join('');
  const content = typeof children === 'string' ? escapeXml(children) : children.join('');
  return content === '' ? `<${name}${attrs}/>` : `<${name}${attrs}>${content}</${name}>`;
}

function formatCoordinate(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
