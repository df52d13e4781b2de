import { useTranslation } from 'react-i18next';
import { DOCUMENT_LINK_KINDS, type DocumentLink, type DocumentLinkKind } from '../../../core/schemas/document';
import { useCommunications } from '../../api/communications';
import { useEvents } from '../../api/events';
import { useLetters } from '../../api/letters';
import { useMeetings } from '../../api/meetings';
import { formatDate } from '../../i18n/format-date';

/** One of the child's records a document can be linked to, named in words. */
export interface LinkChoice {
  readonly id: string;
  readonly label: string;
}
export type LinkChoices = Readonly<Record<DocumentLinkKind, readonly LinkChoice[]>>;

/** Which record of each kind is chosen ('' for none). */
export type LinkSelection = Record<DocumentLinkKind, string>;

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

/** No record of any kind chosen. */
export const NO_LINKS: LinkSelection = { event: '', meeting: '', letter: '', communication: '' };

/** The selects' starting values for a kept document: the first link of each kind. */
export function selectionOf(links: readonly DocumentLink[]): LinkSelection {
  const selection = { ...NO_LINKS };
  for (const kind of DOCUMENT_LINK_KINDS) selection[kind] = links.find((link) => link.kind === kind)?.id ?? '';
  return selection;
}

/**
 * The links to send: one per chosen kind, in the kinds' order, then any further links the document already had
 * (made through the API: the selects show only the first of each kind, and saving must not drop the others).
 */
export function linksOf(selection: LinkSelection, kept: readonly DocumentLink[] = []): DocumentLink[] {
  const chosen = DOCUMENT_LINK_KINDS.filter((kind) => selection[kind] !== '').map((kind) => ({
    kind,
    id: selection[kind],
  }));
  const shown = new Set(DOCUMENT_LINK_KINDS.map((kind) => kept.find((link) => link.kind === kind)));
  return [...chosen, ...kept.filter((link) => !shown.has(link))];
}
