import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../schemas/case-file';
import { computeTimeline } from './compute-timeline';
import { DISTRICT_CALENDAR } from './fixtures/timeline-fixture';

const codes = (caseFile: CaseFile, asOf: string) =>
  computeTimeline(caseFile, asOf).findings.map((finding) => finding.code);

describe('computeTimeline', () => {
  it('echoes the spec example shape and explains the date', () => {
    const result = computeTimeline(
      { jurisdiction: 'US', events: [{ type: 'evaluation-consent-received', date: '2025-09-10' }] },
      '2025-12-01',
    );
    expect(result).toMatchObject({ asOf: '2025-12-01', jurisdiction: 'US' });
    expect(result.deadlines[0]).toMatchObject({
      kind: 'initial-evaluation',
      due: '2025-11-09',
      status: 'overdue',
      trigger: { type: 'evaluation-consent-received', date: '2025-09-10' },
      completedOn: null,
      rule: 'idea.initial-evaluation',
      basis: '60 calendar days',
      citation: '34 CFR 300.301(c)(1)',
      ruleStatus: 'confirmed',
      isWindow: false,
    });
    expect(result.deadlines[0]?.explanation).toEqual({
      en: '60 calendar days after the school received your consent on 10 September 2025 — 34 CFR 300.301(c)(1).',
      es: '60 días calendario después de que la escuela recibió su consentimiento el 10 de septiembre de 2025 — 34 CFR 300.301(c)(1).',
      vi: '60 ngày lịch sau khi nhà trường nhận được sự đồng ý của quý vị vào ngày 10 tháng 9 năm 2025 — 34 CFR 300.301(c)(1).',
      'zh-Hans': '学校于2025年9月10日收到您的同意后60个日历日——34 CFR 300.301(c)(1)。',
      ar: '60 يومًا تقويميًا بعد استلام المدرسة موافقتك في 10 سبتمبر 2025 — 34 CFR 300.301(c)(1).',
    });
    expect(result.conventions.map((convention) => convention.id)).toEqual(
      expect.arrayContaining(['day-after-trigger', 'no-weekend-roll']),
    );
  });

  it('ignores events after the as-of date and counts those on it', () => {
    const caseFile: CaseFile = {
      jurisdiction: 'US',
      events: [
        { type: 'evaluation-consent-received', date: '2025-09-10' },
        { type: 'evaluation-completed', date: '2025-11-01' },
      ],
    };
    expect(computeTimeline(caseFile, '2025-10-31').deadlines[0]).toMatchObject({ status: 'open', completedOn: null });
    expect(computeTimeline(caseFile, '2025-11-01').deadlines[0]).toMatchObject({
      status: 'met',
      completedOn: '2025-11-01',
    });
  });

  it('orders by due date (nulls last), then trigger date, then the table order', () => {
    const result = computeTimeline(
      {
        jurisdiction: 'US',
        events: [
          { type: 'placement-change-decided', date: '2025-09-01' },
          { type: 'due-process-filed', date: '2025-09-02' },
          { type: 'evaluation-consent-received', date: '2025-09-10' },
          { type: 'state-complaint-filed', date: '2025-09-10' },
        ],
      },
      '2025-09-20',
    );
    // Two deadlines fall on 9 Nov 2025 with the same trigger date: the table order decides.
    expect(result.deadlines.map((deadline) => [deadline.kind, deadline.due])).toEqual([
      ['resolution-meeting', '2025-09-17'],
      ['initial-evaluation', '2025-11-09'],
      ['state-complaint-decision', '2025-11-09'],
      ['hearing-decision', '2025-11-16'],
      ['manifestation-determination', null],
    ]);
  });

  it('gives calendar-needed once, and only when a school-day deadline was triggered', () => {
    expect(
      codes(
        { jurisdiction: 'US', events: [{ type: 'evaluation-consent-received', date: '2025-09-10' }] },
        '2025-10-01',
      ),
    ).not.toContain('calendar-needed');
    const twice: CaseFile = {
      jurisdiction: 'US',
      events: [
        { type: 'placement-change-decided', date: '2025-09-01' },
        { type: 'placement-change-decided', date: '2025-10-01' },
      ],
    };
    expect(codes(twice, '2025-10-05').filter((code) => code === 'calendar-needed')).toHaveLength(1);
  });

  it('flags a 504 plan started instead of answering an evaluation request', () => {
    const base: CaseFile['events'] = [
      { type: 'evaluation-requested', date: '2025-09-02' },
      { type: 'plan-started', date: '2025-09-20', framework: '504' },
    ];
    expect(codes({ jurisdiction: 'US', events: base }, '2025-10-01')).toContain('504-instead-of-evaluation');
    const sameDay: CaseFile['events'] = [
      { type: 'evaluation-requested', date: '2025-09-02' },
      { type: 'plan-started', date: '2025-09-02', framework: '504' },
    ];
    expect(codes({ jurisdiction: 'US', events: sameDay }, '2025-10-01')).toContain('504-instead-of-evaluation');
    const refused: CaseFile['events'] = [
      ...base.slice(0, 1),
      { type: 'evaluation-refused', date: '2025-09-10' },
      ...base.slice(1),
    ];
    expect(codes({ jurisdiction: 'US', events: refused }, '2025-10-01')).not.toContain('504-instead-of-evaluation');
  });

  it('treats a plan ending the day another starts as no overlap, and reports both plans once', () => {
    const handover: CaseFile = {
      jurisdiction: 'NH',
      events: [
        { type: 'plan-started', date: '2025-01-10', framework: '504' },
        { type: 'plan-ended', date: '2025-09-01', framework: '504' },
        { type: 'plan-started', date: '2025-09-01', framework: 'iep' },
      ],
    };
    expect(codes(handover, '2025-12-01')).not.toContain('both-plans');
    const overlap: CaseFile = {
      jurisdiction: 'US',
      events: [
        { type: 'plan-started', date: '2025-01-10', framework: '504' },
        { type: 'plan-started', date: '2025-09-01', framework: 'iep' },
        { type: 'plan-started', date: '2025-10-01', framework: '504' },
      ],
    };
    expect(codes(overlap, '2025-12-01').filter((code) => code === 'both-plans')).toHaveLength(1);
    // An overlap that starts after the as-of date does not count yet.
    expect(codes(overlap, '2025-08-31')).not.toContain('both-plans');
  });

  it('adds reminders for rules with no number, and their answers', () => {
    const result = computeTimeline(
      {
        jurisdiction: 'US',
        events: [
          { type: 'evaluation-requested', date: '2025-09-02' },
          { type: 'evaluation-consent-requested', date: '2025-09-05' },
          { type: 'iee-requested', date: '2025-10-01' },
        ],
      },
      '2025-10-05',
    );
    expect(result.reminders.find((reminder) => reminder.rule === 'idea.prior-written-notice')).toMatchObject({
      trigger: { type: 'evaluation-requested', date: '2025-09-02' },
      resolvedOn: '2025-09-05',
      citation: '34 CFR 300.503(a)',
    });
    expect(result.reminders.find((reminder) => reminder.rule === 'idea.iee-response')).toMatchObject({
      timing: { en: 'without unnecessary delay (no day count)' },
      resolvedOn: null,
    });
  });

  it('closes the IEE reminder when the school pays or files, not when the parent files', () => {
    const iee = (events: CaseFile['events']) =>
      computeTimeline(
        { jurisdiction: 'US', events: [{ type: 'iee-requested', date: '2025-10-01' }, ...events] },
        '2025-11-01',
      ).reminders.find((reminder) => reminder.rule === 'idea.iee-response')?.resolvedOn;
    // 34 CFR 300.502(b)(2)(ii): the school ensures the IEE at public expense.
    expect(iee([{ type: 'iee-funded', date: '2025-10-08' }])).toBe('2025-10-08');
    // (b)(2)(i): the school files to defend its own evaluation.
    expect(iee([{ type: 'due-process-filed', date: '2025-10-09', by: 'school' }])).toBe('2025-10-09');
    // A complaint the parent files is not the school's answer.
    expect(iee([{ type: 'due-process-filed', date: '2025-10-09' }])).toBeNull();
  });

  it('warns about an unanswered request after 30 days and a missing team member', () => {
    const caseFile: CaseFile = {
      jurisdiction: 'US',
      events: [
        { type: 'evaluation-requested', date: '2025-09-02' },
        {
          type: 'iep-meeting-held',
          date: '2025-09-20',
          purpose: 'annual',
          attendees: ['parent', 'special-education-teacher', 'agency-representative'],
        },
      ],
    };
    expect(codes(caseFile, '2025-10-02')).not.toContain('evaluation-request-unanswered');
    expect(codes(caseFile, '2025-10-03')).toEqual(
      expect.arrayContaining(['evaluation-request-unanswered', 'team-member-missing']),
    );
  });

  it('says why a state date differs, in both languages', () => {
    const result = computeTimeline(
      {
        jurisdiction: 'PA',
        calendar: DISTRICT_CALENDAR,
        events: [{ type: 'evaluation-consent-received', date: '2026-04-20' }],
      },
      '2026-05-01',
    );
    expect(result.deadlines[0]?.explanation.en).toBe(
      '60 calendar days after the school received your consent on 20 April 2026, not counting the summer break between school years (79 days skipped) — 22 Pa. Code 14.123(b).',
    );
    expect(result.deadlines[0]?.explanation.es).toContain('sin contar las vacaciones de verano');
    expect(result.deadlines[0]?.measuredTo?.en).toBe('the written evaluation report is done');
  });

  it('rejects a bad as-of date', () => {
    expect(() => computeTimeline({ jurisdiction: 'US', events: [] }, '12/01/2025')).toThrow(
      'asOf: expected YYYY-MM-DD',
    );
  });
});
