/**
 * A number for a person: at most `digits` decimals, no "-0", with the US decimal point and Western digits in every
 * reading language (the convention the server's sentences and the PDF report use, core/progress/format-words.ts
 * formatNumber, so the page and the report read the same; a Vietnamese decimal comma here would contradict the
 * explanation beside it). `language` is kept so callers need not know that.
 */
export function formatProgressNumber(value: number, _language: string, digits = 2): string {
  const rounded = Math.round(value * 10 ** digits) / 10 ** digits;
  return new Intl.NumberFormat('en-US', {
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
