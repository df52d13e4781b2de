/**
 * A number for a person: at most `digits` decimals, no "-0", with the US decimal point in both languages (the
 * convention the server's sentences and the PDF report use, so the page and the report read the same).
 */
export function formatProgressNumber(value: number, language: string, digits = 2): string {
  const rounded = Math.round(value * 10 ** digits) / 10 ** digits;
  return new Intl.NumberFormat(language === 'es' ? 'es-US' : 'en-US', {
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(Object.is(rounded, -0) ? 0 : rounded);
}

/** A change per week with its sign always written ("+0.72", "−1.5"), so a falling line is never missed. */
export function formatSignedNumber(value: number, language: string, digits = 2): string {
  const text = formatProgressNumber(Math.abs(value), language, digits);
  if (text === '0') return text;
  return value < 0 ? `−${text}` : `+${text}`;
}
