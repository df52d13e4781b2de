import { describe, expect, it } from 'vitest';
import type { PdfContent } from './pdf-renderer';
import { layoutRightToLeft, rootStyle } from './rtl-layout';

// The order of Latin text inside an Arabic line (docs/decisions/0046): what pdfmake is given, left to right.
const context = { styles: {}, fontSize: 10 };

/** The line's pieces as pdfmake will place them, left to right, joined. */
function drawn(text: string): string {
  const laidOut = layoutRightToLeft({ text }, 500, rootStyle(10), context) as { stack: PdfContent[] };
  const line = laidOut.stack[0] as { text: { text: string }[] };
  return line.text.map((piece) => piece.text).join('');
}

describe('right-to-left lines', () => {
  it('keeps a name that ends in a bracket whole, its brackets in place', () => {
    expect(drawn('المدرسة: Lincoln Park Middle School (fictional)')).toContain(
      'Lincoln Park Middle School (fictional)',
    );
  });

  it('keeps a citation left to right, and mirrors the brackets around it with the Arabic', () => {
    const line = drawn('انظر (34 CFR 300.322) من فضلك');
    expect(line).toContain('34 CFR 300.322');
    // Drawn left to right, the bracket that closes the citation in reading order comes first.
    expect(line.indexOf('(')).toBeLessThan(line.indexOf('34 CFR'));
    expect(line.indexOf(')')).toBeGreaterThan(line.indexOf('300.322'));
  });

  it('leaves a closing bracket that closes nothing inside the stretch with the Arabic', () => {
    expect(drawn('Room 12) مكتب')).toContain('Room 12');
  });
});
