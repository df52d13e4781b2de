import { ruleStatusLabel } from '../guide/rule-status-label';
import { kindName } from '../law/deadline-kinds';
import type { LocalizedText } from '../law/rule-status';
import type { Meeting, MeetingPurpose } from '../schemas/meeting';
import type { Deadline, DeadlineStatus } from '../timeline/timeline-result';

// What a calendar shows of a child's case (docs/decisions/0039): each dated deadline and each meeting as one
// all-day entry, worded in the feed's language, with its citation and a link back to the record. Pure: the
// server turns the entries into iCalendar text (server/documents/icalendar.ts).

/** The languages a feed or a download is worded in. */
export const FEED_LANGUAGES = ['en', 'es'] as const;
export type FeedLanguage = (typeof FEED_LANGUAGES)[number];

/** How many days before an entry its reminders ring: a week and a day. */
export const REMINDER_DAYS_BEFORE = [7, 1] as const;

/** One all-day calendar entry. */
export interface FeedEntry {
  /** Stable across recomputes: the same deadline keeps its UID when its date moves. */
  readonly uid: string;
  /** The day, `YYYY-MM-DD`. */
  readonly date: string;
  readonly summary: string;
  readonly description: string;
  readonly url: string;
  /** Days before `date` a reminder rings (empty: none, for what is done or already past). */
  readonly remindDaysBefore: readonly number[];
  /** The reminder's words. */
  readonly reminder: string;
}

/** The child an entry is about. */
export interface FeedChild {
  readonly studentId: string;
  readonly givenName: string;
}

const STATUS_WORDS: Readonly<Record<DeadlineStatus, LocalizedText>> = {
  met: { en: 'met on time', es: 'cumplido a tiempo' },
  late: { en: 'done late', es: 'cumplido tarde' },
  overdue: { en: 'overdue', es: 'vencido' },
  open: { en: 'open', es: 'abierto' },
  unknown: { en: 'date unknown', es: 'fecha desconocida' },
};

const WINDOW_STATUS_WORDS: Readonly<Record<DeadlineStatus, LocalizedText>> = {
  met: { en: 'filed in time', es: 'presentada a tiempo' },
  late: { en: 'filed late', es: 'presentada tarde' },
  overdue: { en: 'window closed', es: 'plazo cerrado' },
  open: { en: 'window open', es: 'plazo abierto' },
  unknown: { en: 'date unknown', es: 'fecha desconocida' },
};

const PURPOSE_WORDS: Readonly<Record<MeetingPurpose, LocalizedText>> = {
  initial: { en: 'initial IEP', es: 'IEP inicial' },
  annual: { en: 'annual review', es: 'revisión anual' },
  amendment: { en: 'amendment', es: 'modificación' },
  reevaluation: { en: 'reevaluation', es: 'reevaluación' },
  eligibility: { en: 'eligibility', es: 'elegibilidad' },
  other: { en: 'other', es: 'otra' },
};

const WORDS = {
  due: { en: 'Due', es: 'Fecha límite' },
  closes: { en: 'Window closes', es: 'El plazo vence' },
  status: { en: 'Status', es: 'Estado' },
  measuredTo: { en: 'Counts as done when', es: 'Se cumple cuando' },
  law: { en: 'Law', es: 'Ley' },
  sure: { en: 'How sure we are', es: 'Qué tan seguros estamos' },
  open: { en: 'Open in Binder', es: 'Abrir en Binder' },
  deadlineReminder: { en: 'A deadline is coming up', es: 'Se acerca una fecha límite' },
  meetingReminder: { en: 'A meeting is coming up', es: 'Se acerca una reunión' },
  iepMeeting: { en: 'IEP meeting', es: 'Reunión del IEP' },
  plan504Meeting: { en: '504 meeting', es: 'Reunión del plan 504' },
  meetingLaw: { en: 'Law', es: 'Ley' },
} as const satisfies Record<string, LocalizedText>;

/** The law a meeting follows: who takes part in an IEP meeting, and the 504 group's decisions. */
const MEETING_CITATION = { iep: '34 CFR 300.321-300.324', '504': '34 CFR 104.35(c)' } as const;

function say(text: LocalizedText, language: FeedLanguage): string {
  return text[language];
}

function capital(text: string, language: FeedLanguage): string {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

/** Reminders only for what is still to come and still owed. */
function remindersFor(date: string, today: string, owed: boolean): readonly number[] {
  return owed && date >= today ? REMINDER_DAYS_BEFORE : [];
}

/**
 * The stable key of each deadline, in the order given: its rule and which occurrence of that rule it is, counted
 * in the order of the events that started them. A corrected event date moves the deadline but keeps its key; a
 * recompute that changes nothing gives the same keys. Not the stored row's id, which a recompute replaces.
 */
export function deadlineKeys(deadlines: readonly Deadline[]): string[] {
  const order = deadlines
    .map((deadline, index) => ({ deadline, index }))
    .sort(
      (a, b) =>
        a.deadline.rule.localeCompare(b.deadline.rule) ||
        a.deadline.trigger.date.localeCompare(b.deadline.trigger.date) ||
        a.deadline.kind.localeCompare(b.deadline.kind) ||
        a.index - b.index,
    );
  const keys: string[] = new Array<string>(deadlines.length);
  const seen = new Map<string, number>();
  for (const { deadline, index } of order) {
    const n = (seen.get(deadline.rule) ?? 0) + 1;
    seen.set(deadline.rule, n);
    keys[index] = `${deadline.kind}.${deadline.rule}.${String(n)}`;
  }
  return keys;
}

/** The UID of a deadline's entry: the child and the deadline's stable key, never a row id. */
export function deadlineUid(studentId: string, key: string): string {
  return `deadline.${key}.${studentId}@binder`;
}

/** The UID of a meeting's entry: a meeting is a record of its own, so its id is stable. */
export function meetingUid(meetingId: string): string {
  return `meeting.${meetingId}@binder`;
}

/** One dated deadline as a calendar entry: what is owed, by when, its status, the law, and a link back. */
export function deadlineEntry(options: {
  readonly child: FeedChild;
  readonly deadline: Deadline & { readonly due: string };
  readonly key: string;
  readonly language: FeedLanguage;
  readonly origin: string;
  readonly today: string;
}): FeedEntry {
  const { child, deadline, key, language, origin, today } = options;
  const what = capital(say(kindName(deadline.kind), language), language);
  const status = say((deadline.isWindow ? WINDOW_STATUS_WORDS : STATUS_WORDS)[deadline.status], language);
  const url = `${origin}/students/${encodeURIComponent(child.studentId)}/timeline`;
  const lines = [
    `${child.givenName}: ${what}`,
    `${say(deadline.isWindow ? WORDS.closes : WORDS.due, language)}: ${deadline.due} (${status})`,
    say(deadline.explanation, language),
    ...(deadline.measuredTo === undefined
      ? []
      : [`${say(WORDS.measuredTo, language)}: ${say(deadline.measuredTo, language)}`]),
    `${say(WORDS.law, language)}: ${deadline.citation}`,
    `${say(WORDS.sure, language)}: ${say(ruleStatusLabel(deadline.ruleStatus), language)}`,
    `${say(WORDS.open, language)}: ${url}`,
  ];
  const done = deadline.status === 'met' || deadline.status === 'late';
  return {
    uid: deadlineUid(child.studentId, key),
    date: deadline.due,
    summary: `${what} (${child.givenName})${done ? ` – ${status}` : ''}`,
    description: lines.join('\n'),
    url,
    remindDaysBefore: remindersFor(deadline.due, today, deadline.status === 'open'),
    reminder: `${say(WORDS.deadlineReminder, language)}: ${what} (${child.givenName}), ${deadline.due}`,
  };
}

/** Every dated deadline of a child as entries, each once, in the order given. */
export function deadlineEntries(options: {
  readonly child: FeedChild;
  readonly deadlines: readonly Deadline[];
  readonly language: FeedLanguage;
  readonly origin: string;
  readonly today: string;
}): FeedEntry[] {
  const keys = deadlineKeys(options.deadlines);
  return options.deadlines.flatMap((deadline, index) =>
    deadline.due === null
      ? []
      : [deadlineEntry({ ...options, deadline: { ...deadline, due: deadline.due }, key: keys[index] ?? '' })],
  );
}

/** A meeting as an all-day entry (meetings are recorded by date only). */
export function meetingEntry(options: {
  readonly child: FeedChild;
  readonly meeting: Pick<Meeting, 'id' | 'date' | 'framework' | 'purpose'>;
  readonly language: FeedLanguage;
  readonly origin: string;
  readonly today: string;
}): FeedEntry {
  const { child, meeting, language, origin, today } = options;
  const kind = say(meeting.framework === 'iep' ? WORDS.iepMeeting : WORDS.plan504Meeting, language);
  const what = `${kind}, ${say(PURPOSE_WORDS[meeting.purpose], language)}`;
  const url = `${origin}/students/${encodeURIComponent(child.studentId)}/meetings`;
  return {
    uid: meetingUid(meeting.id),
    date: meeting.date,
    summary: `${what} (${child.givenName})`,
    description: [
      `${child.givenName}: ${what}`,
      `${say(WORDS.meetingLaw, language)}: ${MEETING_CITATION[meeting.framework]}`,
      `${say(WORDS.open, language)}: ${url}`,
    ].join('\n'),
    url,
    remindDaysBefore: remindersFor(meeting.date, today, true),
    reminder: `${say(WORDS.meetingReminder, language)}: ${what} (${child.givenName}), ${meeting.date}`,
  };
}

/** The calendar's name as the calendar app lists it. */
export function feedName(children: readonly FeedChild[] | null, language: FeedLanguage): string {
  if (children === null || children.length !== 1)
    return language === 'es' ? 'Binder: fechas límite' : 'Binder: deadlines';
  const [child] = children;
  return language === 'es'
    ? `Binder: fechas de ${child?.givenName ?? ''}`
    : `Binder: ${child?.givenName ?? ''}’s dates`;
}
