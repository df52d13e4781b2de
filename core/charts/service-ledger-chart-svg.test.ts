import { describe, expect, it } from 'vitest';
import { servicesLedger } from '../ledger/services-ledger';
import { iepServiceSchema } from '../schemas/iep';
import { serviceLedgerChartSvg, serviceLedgerSentence } from './service-ledger-chart-svg';

const ledger = servicesLedger({
  versions: [
    {
      effectiveFrom: '2026-09-07',
      effectiveTo: null,
      services: [
        iepServiceSchema.parse({
          id: 's',
          name: 'Speech <therapy>',
          minutesPerSession: 30,
          sessionsPerPeriod: 2,
          period: 'week',
        }),
      ],
    },
  ],
  calendar: { terms: [{ start: '2026-09-07', end: '2026-12-18' }] },
  sessions: [
    { service: 'Speech <therapy>', date: '2026-09-08', minutes: 30, status: 'delivered', reason: null, makeUp: false },
    {
      service: 'Speech <therapy>',
      date: '2026-09-15',
      minutes: 30,
      status: 'missed',
      reason: 'student-absent',
      makeUp: false,
    },
    { service: 'Speech <therapy>', date: '2026-09-16', minutes: 30, status: 'delivered', reason: null, makeUp: true },
  ],
  asOf: '2026-09-20',
}).services[0];

describe('the services ledger chart', () => {
  it('says what it shows in words, in English and Spanish', () => {
    if (ledger === undefined) throw new Error('no ledger');
    // Week 1: 60 required, 30 delivered: 30 short. Week 2: 60 required, 30 excused: 30 short; make-up 30: 30 owed.
    expect(serviceLedgerSentence(ledger, 'en')).toBe(
      'Speech <therapy>, 2 weeks ended: 120 minutes required, 30 delivered, 30 excused, 30 made up; 30 minutes owed.',
    );
    expect(serviceLedgerSentence(ledger, 'es')).toBe(
      'Speech <therapy>, 2 semanas terminadas: 120 minutos requeridos, 30 prestados, 30 justificados, 30 recuperados; se deben 30 minutos.',
    );
  });

  it('draws a bar per period against the required line, as an accessible image with escaped text', () => {
    if (ledger === undefined) throw new Error('no ledger');
    const svg = serviceLedgerChartSvg(ledger, { language: 'en', idPrefix: 'c1' });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="c1-title c1-desc"/);
    expect(svg).toContain('<title id="c1-title">Speech &lt;therapy&gt;: minutes per week</title>');
    expect(svg).not.toContain('<therapy>');
    // Two required lines (one per week), one delivered bar and one outlined make-up bar, and the legend.
    expect(svg.match(/stroke="#a34400" stroke-width="2.5"/g)?.length).toBe(3);
    expect(svg).toContain('>Made up</text>');
  });
});
