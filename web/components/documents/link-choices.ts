import { useTranslation } from 'react-i18next';
import type { DocumentLinkKind } from '../../../core/schemas/document';
import { useCommunications } from '../../api/communications';
import { useEvents } from '../../api/events';
import { useLetters } from '../../api/letters';
import { useMeetings } from '../../api/meetings';
import { formatDate } from '../../i18n/format-date';

export { linksOf, NO_LINKS, selectionOf, type LinkSelection } from './link-selection';

/** One of the child's records a document can be linked to, named in words. */
export interface LinkChoice {
  readonly id: string;
  readonly label: string;
}
export type LinkChoices = Readonly<Record<DocumentLinkKind, readonly LinkChoice[]>>;

/**
 * The child's events, meetings, letters and communications, each named by what it is and its date (an event's
 * type, a meeting's purpose, a letter's kind, a message's subject and who it was with), in the page's language.
 */
export function useLinkChoices(studentId: string): LinkChoices {
  const { t, i18n } = useTranslation();
  const date = (value: string) => formatDate(value, i18n.language);
  const events = useEvents(studentId);
  const meetings = useMeetings(studentId);
  const letters = useLetters(studentId);
  const communications = useCommunications(studentId);
  return {
    event: (events.data ?? []).map(({ id, event }) => ({
      id,
      label: t('documents.links.option.event', { type: t(`event.type.${event.type}`), date: date(event.date) }),
    })),
    meeting: (meetings.data ?? []).map((meeting) => ({
      id: meeting.id,
      label: t('documents.links.option.meeting', {
        date: date(meeting.date),
        purpose: t(`meeting.purpose.${meeting.purpose}`),
      }),
    })),
    letter: (letters.data ?? []).map(({ id, letter }) => ({
      id,
      label: t('documents.links.option.letter', {
        kind: t(`letters.kinds.${letter.kind}.name`),
        date: date(letter.date),
      }),
    })),
    communication: (communications.data ?? []).map((entry) => ({
      id: entry.id,
      label:
        entry.counterpart === ''
          ? t('documents.links.option.communication', { date: date(entry.date), subject: entry.subject })
          : t('documents.links.option.communicationWith', {
              date: date(entry.date),
              subject: entry.subject,
              with: entry.counterpart,
            }),
    })),
  };
}
