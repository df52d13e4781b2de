import type { PdfContent } from '../../pdf-renderer';
import {
  dateText,
  emptyNote,
  listTable,
  orDash,
  paragraph,
  type BinderSection,
  type BinderWords,
} from '../binder-section';

const WORDS = {
  en: {
    heading: 'Communication log',
    about: 'Every call, e-mail, letter and message with the school the family recorded, oldest first.',
    none: 'No communications are recorded.',
    headers: ['Date', 'How', 'With', 'About'],
    channels: {
      call: 'Call',
      email: 'E-mail',
      letter: 'Letter',
      meeting: 'Meeting',
      text: 'Text message',
      other: 'Other',
    },
    directions: { 'to-school': 'to the school', 'from-school': 'from the school' },
  },
  es: {
    heading: 'Registro de comunicaciones',
    about:
      'Cada llamada, correo, carta y mensaje con la escuela que la familia registró, del más antiguo al más reciente.',
    none: 'No hay comunicaciones registradas.',
    headers: ['Fecha', 'Cómo', 'Con', 'Asunto'],
    channels: {
      call: 'Llamada',
      email: 'Correo',
      letter: 'Carta',
      meeting: 'Reunión',
      text: 'Mensaje de texto',
      other: 'Otro',
    },
    directions: { 'to-school': 'a la escuela', 'from-school': 'de la escuela' },
  },
} as const satisfies BinderWords<unknown>;

/** The communication log as a table: date, channel and direction, who, subject with the summary under it. */
export const communicationsSection: BinderSection = {
  id: 'communications',
  heading: { en: WORDS.en.heading, es: WORDS.es.heading },
  content: ({ communications, language }) => {
    const words = WORDS[language];
    if (communications.length === 0) return [emptyNote(words.none)];
    return [
      paragraph(words.about),
      listTable(
        words.headers,
        communications.map((entry): PdfContent[] => [
          dateText(entry.date, language),
          `${words.channels[entry.channel]}, ${words.directions[entry.direction]}`,
          orDash(entry.counterpart),
          {
            stack: [
              { text: entry.subject, style: 'label' },
              ...(entry.summary.trim() === '' ? [] : [{ text: entry.summary, fontSize: 10 }]),
            ],
          },
        ]),
        [80, 80, 80, '*'],
      ),
    ];
  },
};
