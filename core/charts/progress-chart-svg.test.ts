import { describe, expect, it } from 'vitest';
import type { ProgressInput } from '../schemas/progress';
import { analyzeProgress } from '../progress/analyze-progress';
import { addDays } from '../calendar/add-days';
import { CHART_STYLE, MEANINGFUL_COLOURS } from './chart-palette';
import { progressChartSvg } from './progress-chart-svg';
import { progressChartTextAlternative } from './progress-chart-text-alternative';
import { escapeXml } from './svg-element';

const VALUES = [12, 14, 13, 20, 24, 22, 27, 25, 29, 31, 28, 33];

function input(overrides: Partial<ProgressInput> = {}): ProgressInput {
  return {
    direction: 'increase',
    baseline: { date: '2026-01-05', value: 20 },
    goal: { date: '2026-05-25', value: 60 },
    // Weeks −2 … 9; the phase change on 2026-01-06 leaves weeks 1–9 in the trend.
    points: VALUES.map((value, i) => ({ date: addDays('2026-01-05', 7 * (i - 2)), value })),
    phaseChanges: ['2026-01-06'],
    introduced: true,
    ...overrides,
  };
}

const AS_OF = '2026-03-09';

/** Checks that tags nest and close: an XML-ish well-formedness test without a parser. */
function isBalanced(svg: string): boolean {
  const stack: string[] = [];
  for (const match of svg.matchAll(/<(\/?)([a-zA-Z]+)([^>]*?)(\/?)>/g)) {
    const [, closing, name, , selfClosing] = match;
    if (name === undefined) return false;
    if (selfClosing === '/') continue;
    if (closing === '/') {
      if (stack.pop() !== name) return false;
    } else {
      stack.push(name);
    }
  }
  return stack.length === 0;
}

function count(svg: string, pattern: RegExp): number {
  return [...svg.matchAll(pattern)].length;
}

describe('progressChartSvg', () => {
  const data = input();
  const analysis = analyzeProgress(data, AS_OF);
  const svg = progressChartSvg(data, analysis, { language: 'en', asOf: AS_OF });

  it('is balanced SVG with role, title and description tied by aria-labelledby', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(isBalanced(svg)).toBe(true);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="progress-chart-title progress-chart-desc"');
    expect(svg).toMatch(
      /<title id="progress-chart-title">Progress toward the goal: not making sufficient progress to meet the goal<\/title>/,
    );
    expect(svg).toMatch(
      /<desc id="progress-chart-desc">Graph of 12 scores[^<]+Not making sufficient progress[^<]+<\/desc>/,
    );
  });

  it('draws one circle per score up to the as-of date, hollow before the latest phase change', () => {
    expect(count(svg, /<circle /g)).toBe(12);
    expect(count(svg, /<circle [^>]*fill="#ffffff"/g)).toBe(3);
    const earlier = progressChartSvg(data, analyzeProgress(data, '2026-02-02'), { language: 'en', asOf: '2026-02-02' });
    expect(count(earlier, /<circle /g)).toBe(7);
  });

  it('draws a labelled vertical line per phase change up to the as-of date', () => {
    const two = input({ phaseChanges: ['2026-01-06', '2026-02-09', '2026-04-06'] });
    const chart = progressChartSvg(two, analyzeProgress(two, AS_OF), { language: 'en', asOf: AS_OF });
    const group = /<g data-series="phase-changes">(.*?)<\/g>/.exec(chart)?.[1] ?? '';
    expect(count(group, /<line /g)).toBe(2);
    expect(group).toContain('>Change: 6 Jan<');
    expect(group).toContain('>Change: 9 Feb<');
    expect(group).not.toContain('Apr 6');
  });

  it('draws the aim line, baseline and goal markers, trend, band, projection, axes and legend', () => {
    for (const series of [
      'aim',
      'baseline',
      'goal',
      'trend',
      'band',
      'projection',
      'x-axis',
      'y-axis',
      'legend',
      'scores',
    ]) {
      expect(svg).toContain(`data-series="${series}"`);
    }
    expect(svg).toContain(`stroke-dasharray="${CHART_STYLE.trend.dash}"`);
    expect(svg).toContain(`stroke-dasharray="${CHART_STYLE.projection.dash}"`);
    expect(svg).toContain('>Weeks since baseline (5 January 2026)<');
    expect(svg).toContain('>Goal: 60<');
    expect(svg).toContain('>2 Mar<');
  });

  it('leaves out the trend, band and projection when there is no trend', () => {
    const few = input({ points: [{ date: '2026-01-12', value: 22 }], phaseChanges: [] });
    const chart = progressChartSvg(few, analyzeProgress(few, AS_OF), { language: 'en', asOf: AS_OF });
    expect(isBalanced(chart)).toBe(true);
    expect(chart).not.toContain('data-series="trend"');
    expect(chart).not.toContain('data-series="band"');
    expect(count(chart, /<circle /g)).toBe(1);
  });

  it('uses only plain SVG elements with attributes (for pdfmake)', () => {
    const names = new Set([...svg.matchAll(/<([a-zA-Z]+)[\s>/]/g)].map((m) => m[1]));
    expect([...names].sort()).toEqual(['circle', 'desc', 'g', 'line', 'path', 'rect', 'svg', 'text', 'title']);
    expect(svg).not.toMatch(/<style|class=|foreignObject|NaN|undefined/);
  });

  it('escapes text from the data', () => {
    const odd = input({ unit: 'words <correct> & "fast"' });
    const chart = progressChartSvg(odd, analyzeProgress(odd, AS_OF), { language: 'en', asOf: AS_OF, idPrefix: 'g"1' });
    expect(chart).toContain('words &lt;correct&gt; &amp; &quot;fast&quot;');
    expect(chart).not.toContain('<correct>');
    expect(chart).toContain('id="g&quot;1-title"');
    expect(isBalanced(chart)).toBe(true);
    expect(escapeXml(`<a href='x'>&</a>`)).toBe('&lt;a href=&apos;x&apos;&gt;&amp;&lt;/a&gt;');
  });

  it('speaks Spanish', () => {
    const es = progressChartSvg(data, analysis, { language: 'es', asOf: AS_OF, width: 600, height: 360 });
    expect(es).toContain('width="600"');
    expect(es).toContain('>Semanas desde la línea de base (5 de enero de 2026)<');
    expect(es).toContain('Progreso hacia la meta: no avanza lo suficiente para alcanzar la meta');
    expect(es).toContain('>Cambio: 6 ene<');
    expect(isBalanced(es)).toBe(true);
  });

  it('draws a decrease goal', () => {
    const down = input({
      direction: 'decrease',
      baseline: { date: '2026-01-05', value: 20 },
      goal: { date: '2026-05-25', value: 0 },
      points: [19, 18, 18, 16, 15, 15, 13].map((value, i) => ({ date: addDays('2026-01-05', 7 * (i + 1)), value })),
      phaseChanges: [],
    });
    const chart = progressChartSvg(down, analyzeProgress(down, AS_OF), { language: 'en', asOf: AS_OF });
    expect(isBalanced(chart)).toBe(true);
    expect(count(chart, /<circle /g)).toBe(7);
  });
});

describe('chart colours', () => {
  function luminance(hex: string): number {
    const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
    const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  }

  it.each(MEANINGFUL_COLOURS)('%s has at least 3:1 contrast against white', (colour) => {
    expect((1 + 0.05) / (luminance(colour) + 0.05)).toBeGreaterThanOrEqual(3);
  });

  it('tells lines apart by dash pattern, not colour alone', () => {
    const dashes = [CHART_STYLE.aim.dash, CHART_STYLE.trend.dash, CHART_STYLE.projection.dash, CHART_STYLE.phase.dash];
    expect(new Set(dashes).size).toBe(dashes.length);
  });
});

describe('progressChartTextAlternative', () => {
  const data = input();
  const analysis = analyzeProgress(data, AS_OF);

  it('gives the status sentence and a table with the aim value at each date', () => {
    const alternative = progressChartTextAlternative(data, analysis, 'en');
    expect(alternative.sentence).toBe(analysis.explanation);
    expect(alternative.rows).toHaveLength(12);
    expect(alternative.rows[0]).toEqual({ date: '2025-12-22', week: -2, value: 12, aim: 16, isUsed: false });
    expect(alternative.rows[11]).toEqual({ date: '2026-03-09', week: 9, value: 33, aim: 38, isUsed: true });
    expect(alternative.overview).toBe(
      'Graph of 12 scores from 22 December 2025 to 9 March 2026, with 1 change in instruction; the goal line runs from the baseline of 20 on 5 January 2026 to the goal of 60 on 25 May 2026.',
    );
  });

  it('speaks Spanish and leaves out points after the as-of date', () => {
    const early = analyzeProgress(data, '2026-01-19');
    const alternative = progressChartTextAlternative(data, early, 'es');
    expect(alternative.sentence).toBe(early.explanationEs);
    expect(alternative.rows).toHaveLength(5);
    expect(alternative.overview).toMatch(/^Gráfica de 5 resultados del 22 de diciembre de 2025 al 19 de enero de 2026/);
  });
});
