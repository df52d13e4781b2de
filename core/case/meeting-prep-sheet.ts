import { formatLongDate } from '../calendar/format-long-date';
import type { LocalizedText } from '../law/rule-status';
import { textIn, type Language } from '../progress/format-words';
import type { Meeting, MeetingPurpose } from '../schemas/meeting';

/** The sheet is for the parent to read: any reading language. */
export type PrepLanguage = Language;

/** The parent's one-page sheet for a meeting: what it is, the agenda, the concerns, the questions, what to bring. */
export interface MeetingPrepSheet {
  readonly language: PrepLanguage;
  readonly title: string;
  /** Label and value: when, where, what for. */
  readonly facts: readonly (readonly [string, string])[];
  readonly sections: readonly { readonly heading: string; readonly note?: string; readonly items: readonly string[] }[];
  readonly footer: string;
}

const PURPOSE_WORDS: Readonly<Record<MeetingPurpose, LocalizedText>> = {
  initial: { en: 'initial IEP', es: 'IEP inicial' },
  annual: { en: 'annual review', es: 'revisión anual' },
  amendment: { en: 'amendment', es: 'enmienda' },
  reevaluation: { en: 'reevaluation', es: 'reevaluación' },
  eligibility: { en: 'eligibility', es: 'elegibilidad' },
  other: { en: 'other', es: 'otra' },
};

const FRAMEWORK_WORDS: Readonly<Record<'iep' | '504', LocalizedText>> = {
  iep: { en: 'IEP meeting', es: 'Reunión del IEP' },
  '504': { en: '504 plan meeting', es: 'Reunión del plan 504' },
};

/** The parent input the IEP team must consider (34 CFR 300.324(a)(1)(ii)). */
export const PARENT_CONCERNS_CITATION = '34 CFR 300.324(a)(1)(ii)';

const WORDS = {
  title: { en: 'Preparing for the meeting', es: 'Preparación para la reunión' },
  when: { en: 'When', es: 'Cuándo' },
  where: { en: 'Where', es: 'Dónde' },
  remote: { en: 'remote', es: 'a distancia' },
  purpose: { en: 'Meeting', es: 'Reunión' },
  agenda: { en: 'Agenda', es: 'Orden del día' },
  concerns: { en: 'My concerns as a parent', es: 'Mis preocupaciones como padre o madre' },
  concernsNote: {
    en: `The team must consider the parent's concerns for enhancing the child's education (${PARENT_CONCERNS_CITATION}).`,
    es: `El equipo debe considerar las preocupaciones de los padres para mejorar la educación del niño (${PARENT_CONCERNS_CITATION}).`,
  },
  questions: { en: 'Questions to ask', es: 'Preguntas para hacer' },
  documents: { en: 'Documents to bring', es: 'Documentos para llevar' },
  none: { en: '(none written yet)', es: '(nada escrito todavía)' },
  footer: {
    en: 'Ask for a copy of anything the team relies on, and put what is agreed in writing after the meeting.',
    es: 'Pida una copia de todo lo que el equipo utilice y ponga por escrito lo acordado después de la reunión.',
  },
} as const;

/**
 * The sheet for `meeting`, about the child called `givenName`, in `language`. Pure: the PDF is drawn from it
 * (server/documents/meeting-prep-pdf.ts).
 */
export function meetingPrepSheet(meeting: Meeting, givenName: string, language: PrepLanguage): MeetingPrepSheet {
  const w = (text: LocalizedText) => textIn(text, language);
  const when = `${formatLongDate(meeting.date, language)}${meeting.time === null ? '' : `, ${meeting.time}`}`;
  const where = [meeting.place, meeting.isRemote ? w(WORDS.remote) : ''].filter((part) => part !== '').join(' — ');
  const orNone = (items: readonly string[]) => (items.length === 0 ? [w(WORDS.none)] : items);
  const concerns = meeting.parentConcerns.trim();
  return {
    language,
    title: `${w(WORDS.title)} — ${givenName}`,
    facts: [
      [w(WORDS.purpose), `${w(FRAMEWORK_WORDS[meeting.framework])} (${w(PURPOSE_WORDS[meeting.purpose])})`],
      [w(WORDS.when), when],
      ...(where === '' ? [] : [[w(WORDS.where), where] as const]),
    ],
    sections: [
      { heading: w(WORDS.agenda), items: orNone(meeting.prep.agenda) },
      {
        heading: w(WORDS.concerns),
        note: w(WORDS.concernsNote),
        items: concerns === '' ? [w(WORDS.none)] : concerns.split(/\n+/).filter((line) => line.trim() !== ''),
      },
      { heading: w(WORDS.questions), items: orNone(meeting.prep.questions) },
      { heading: w(WORDS.documents), items: orNone(meeting.prep.documentsToBring) },
    ],
    footer: w(WORDS.footer),
  };
}
