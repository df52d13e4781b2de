import { describe, expect, it } from 'vitest';
import { demoFamily, type DemoStudent } from '../demo/demo-family';
import { caseFileSchema } from '../schemas/case-file';
import { meetingInputSchema } from '../schemas/meeting';
import { computeTimeline } from '../timeline/compute-timeline';
import { kindName } from '../law/deadline-kinds';
import type { LocalizedText } from '../law/rule-status';
import { LANGUAGES } from '../progress/format-words';
import { deadlineEntries, FEED_LANGUAGES, feedName, meetingEntry, type FeedWordsLanguage } from './feed-entries';

// Issue 22: a calendar feed worded in each reading language keeps its dates, citations, links and UIDs.
const TODAY = '2027-03-01';
const ORIGIN = 'https://binder.example.org';
const NEW_LANGUAGES = ['vi', 'zh-Hans', 'ar'] as const;
const WORDED = ['en', 'es', ...NEW_LANGUAGES] as const;

function deadlinesOf(student: DemoStudent) {
  const caseFile = caseFileSchema.parse({
    jurisdiction: student.jurisdiction,
    student: { birthDate: student.birthDate },
    calendar: student.calendar,
    events: student.events,
  });
  return computeTimeline(caseFile, TODAY).deadlines;
}

const maya = demoFamily(TODAY).students[0];
if (maya === undefined) throw new Error('the demo family has Maya');
const child = { studentId: 'student-1', givenName: 'Maya' };
const deadlines = deadlinesOf(maya);
const entries = (language: FeedWordsLanguage) =>
  deadlineEntries({ child, deadlines, language, origin: ORIGIN, today: TODAY });
/** The law's name of a deadline kind in a language, if it has one yet. */
function nameIn(kind: Parameters<typeof kindName>[0], language: FeedWordsLanguage): string | undefined {
  const name: LocalizedText = kindName(kind);
  return name[language];
}

const meeting = { ...meetingInputSchema.parse(maya.meetings[1]), id: 'meeting-1' };
const meetingIn = (language: FeedWordsLanguage) =>
  meetingEntry({ child, meeting, language, origin: ORIGIN, today: TODAY });

describe('calendar feed in every language', () => {
  it('can be asked for in every language the app speaks', () => {
    expect(FEED_LANGUAGES).toEqual(LANGUAGES);
  });

  it.each(NEW_LANGUAGES)(
    'deadline entries in %s: the same days, UIDs, links and citations, other words',
    (language) => {
      const english = entries('en');
      const translated = entries(language);
      expect(english.length).toBeGreaterThan(2);
      expect(translated.map((e) => [e.uid, e.date, e.url, e.remindDaysBefore])).toEqual(
        english.map((e) => [e.uid, e.date, e.url, e.remindDaysBefore]),
      );
      for (const [i, entry] of translated.entries()) {
        const en = english[i];
        const deadline = deadlines.filter((d) => d.due !== null)[i];
        // The deadline's name is the law's words (core/law): translated there, it differs here too.
        if (deadline !== undefined && nameIn(deadline.kind, language) !== undefined)
          expect(entry.summary).not.toBe(en?.summary);
        expect(entry.description).not.toBe(en?.description);
        expect(entry.reminder).not.toBe(en?.reminder);
        expect(entry.summary).toContain('(Maya)');
        expect(entry.description).toContain(entry.date);
        expect(entry.description).toContain(deadline?.citation ?? '?');
        expect(entry.description).toContain(entry.url);
        expect(entry.reminder).toContain(entry.date);
        expect(entry.description).not.toMatch(/\b(Due|Window closes|Law|How sure we are|Open in Binder)\b/);
        expect(entry.description).not.toMatch(/undefined/);
      }
    },
  );

  it.each(NEW_LANGUAGES)('a meeting entry in %s', (language) => {
    const english = meetingIn('en');
    const entry = meetingIn(language);
    expect([entry.uid, entry.date, entry.url]).toEqual([english.uid, english.date, english.url]);
    expect(entry.summary).not.toBe(english.summary);
    expect(entry.description).not.toBe(english.description);
    expect(entry.description).toContain('34 CFR 300.321-300.324');
    expect(entry.description).toContain(entry.url);
    expect(entry.reminder).toContain(entry.date);
    expect(entry.summary).toContain('IEP');
  });

  it('names the calendar in each language', () => {
    const names = WORDED.map((language) => feedName([child], language));
    expect(new Set(names).size).toBe(5);
    for (const name of names) expect(name).toContain('Maya');
    const all = WORDED.map((language) => feedName(null, language));
    expect(new Set(all).size).toBe(5);
    expect(feedName(null, 'zh-Hans')).toBe('Binder：截止日期');
    expect(feedName([child], 'ar')).toBe('Binder: مواعيد Maya');
    expect(feedName([child], 'vi')).toBe('Binder: các mốc thời gian của Maya');
  });
});
