import type { TeamRole } from '../../../../core/schemas/case-file';
import type { MeetingPurpose } from '../../../../core/schemas/meeting';
import type { PdfContent } from '../../pdf-renderer';
import {
  bullets,
  citationLine,
  dateText,
  emptyNote,
  factTable,
  orDash,
  type BinderSection,
  type BinderWords,
} from '../binder-section';

const WORDS = {
  en: {
    heading: 'Meetings',
    none: 'No meetings are recorded.',
    law: 'Law',
    cite: 'IEP team: 34 CFR 300.321; parent participation: 34 CFR 300.322',
    meetingTitle: (date: string, purpose: string, plan: string) => `${date}: ${purpose} (${plan})`,
    purposes: {
      initial: 'initial meeting',
      annual: 'annual review',
      amendment: 'amendment',
      reevaluation: 'reevaluation',
      eligibility: 'eligibility',
      other: 'meeting',
    },
    plans: { iep: 'IEP', '504': '504 plan' },
    attendees: 'Who was there',
    noAttendees: 'No attendees are recorded.',
    roles: {
      parent: 'parent',
      'regular-education-teacher': 'general education teacher',
      'special-education-teacher': 'special education teacher',
      'agency-representative': 'district representative',
      'evaluation-interpreter': 'evaluation interpreter',
      student: 'student',
      other: 'other',
    },
    absent: 'did not attend',
    excused: 'excused',
    concerns: 'Parent concerns',
    decisions: 'Decisions',
    transition: 'Transition discussed',
    yes: 'Yes',
    no: 'No',
    followUps: 'Follow-ups',
    noFollowUps: 'No follow-ups.',
    due: (date: string) => `due ${date}`,
    done: 'done',
  },
  es: {
    heading: 'Reuniones',
    none: 'No hay reuniones registradas.',
    law: 'Ley',
    cite: 'Equipo del IEP: 34 CFR 300.321; participación de los padres: 34 CFR 300.322',
    meetingTitle: (date: string, purpose: string, plan: string) => `${date}: ${purpose} (${plan})`,
    purposes: {
      initial: 'reunión inicial',
      annual: 'revisión anual',
      amendment: 'enmienda',
      reevaluation: 'reevaluación',
      eligibility: 'elegibilidad',
      other: 'reunión',
    },
    plans: { iep: 'IEP', '504': 'plan 504' },
    attendees: 'Quiénes estuvieron',
    noAttendees: 'No hay asistentes registrados.',
    roles: {
      parent: 'padre o madre',
      'regular-education-teacher': 'maestro de educación general',
      'special-education-teacher': 'maestro de educación especial',
      'agency-representative': 'representante del distrito',
      'evaluation-interpreter': 'intérprete de la evaluación',
      student: 'estudiante',
      other: 'otro',
    },
    absent: 'no asistió',
    excused: 'dispensado',
    concerns: 'Preocupaciones de los padres',
    decisions: 'Decisiones',
    transition: 'Se habló de la transición',
    yes: 'Sí',
    no: 'No',
    followUps: 'Pendientes',
    noFollowUps: 'No hay pendientes.',
    due: (date: string) => `vence el ${date}`,
    done: 'hecho',
  },
} as const satisfies BinderWords<unknown>;

/** Every meeting, oldest first: who came in which role, the parents' concerns, the decisions, the follow-ups. */
export const meetingsSection: BinderSection = {
  id: 'meetings',
  heading: { en: WORDS.en.heading, es: WORDS.es.heading },
  content: ({ meetings, language }) => {
    const words = WORDS[language];
    const purposes: Record<MeetingPurpose, string> = words.purposes;
    const roles: Record<TeamRole, string> = words.roles;
    if (meetings.length === 0) return [emptyNote(words.none)];
    return [
      citationLine(words.law, words.cite),
      ...meetings.flatMap((meeting): PdfContent[] => [
        {
          text: words.meetingTitle(
            dateText(meeting.date, language),
            purposes[meeting.purpose],
            words.plans[meeting.framework],
          ),
          style: 'subheading',
          margin: [0, 12, 0, 4],
        },
        { text: words.attendees, style: 'label', margin: [0, 2, 0, 2] },
        bullets(
          meeting.attendees.map((a) => {
            const notes = [
              roles[a.role],
              ...(a.attended ? [] : [words.absent]),
              ...(a.excusal === null ? [] : [words.excused]),
            ];
            return `${orDash(a.name)} (${notes.join(', ')})`;
          }),
          words.noAttendees,
        ),
        factTable([
          [words.concerns, orDash(meeting.parentConcerns)],
          [words.decisions, orDash(meeting.decisions)],
          [words.transition, meeting.isTransitionDiscussed ? words.yes : words.no],
        ]),
        { text: words.followUps, style: 'label', margin: [0, 2, 0, 2] },
        bullets(
          meeting.followUps.map((f) => {
            const notes = [
              ...(f.owner.trim() === '' ? [] : [f.owner]),
              ...(f.due === null ? [] : [words.due(dateText(f.due, language))]),
              ...(f.isDone ? [words.done] : []),
            ];
            return notes.length === 0 ? f.text : `${f.text} (${notes.join('; ')})`;
          }),
          words.noFollowUps,
        ),
      ]),
    ];
  },
};
