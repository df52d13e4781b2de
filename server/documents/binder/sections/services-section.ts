import type { SERVICE_PERIODS } from '../../../../core/schemas/iep';

type ServicePeriod = (typeof SERVICE_PERIODS)[number];
import type { PdfContent } from '../../pdf-renderer';
import {
  citationLine,
  dateText,
  emptyNote,
  factTable,
  listTable,
  paragraph,
  type BinderSection,
  type BinderWords,
} from '../binder-section';

/** The IEP must be carried out as written, services included (the rule idea.services-start of core/law/idea.ts). */
const CITATION = '34 CFR 300.323(c)(2)';

const WORDS = {
  en: {
    heading: 'Services',
    law: 'Law',
    cite: `The school must provide the services the IEP lists, as written: ${CITATION}`,
    about: (asOf: string) =>
      `Each IEP service from its first day in effect to ${asOf}: the minutes the IEP required so far, the minutes delivered (make-up sessions included), and the minutes still owed for the periods that have ended. Minutes missed because the child was absent or refused, or the school was closed, are not owed.`,
    none: 'No IEP services are recorded: the ledger follows the services of a final IEP.',
    noCalendar: 'No school calendar is stored: every weekday is counted as a school day.',
    unmatched: (count: number) =>
      `${String(count)} logged session${count === 1 ? '' : 's'} name${count === 1 ? 's' : ''} no service of the IEP and ${count === 1 ? 'is' : 'are'} counted nowhere.`,
    headers: ['Service', 'Required', 'Delivered', 'Owed'],
    minutes: (n: number) => `${n.toLocaleString('en-US')} min`,
    per: (minutes: string, period: ServicePeriod) => `${minutes} per ${period}`,
    totalOwed: 'Total owed',
    since: (day: string) => `since ${day}`,
  },
  es: {
    heading: 'Servicios',
    law: 'Ley',
    cite: `La escuela debe prestar los servicios que el IEP enumera, tal como están escritos: ${CITATION}`,
    about: (asOf: string) =>
      `Cada servicio del IEP desde su primer día en vigor hasta el ${asOf}: los minutos que el IEP exigía hasta ahora, los minutos prestados (incluidas las sesiones de reposición) y los minutos que aún se deben por los periodos ya terminados. Los minutos perdidos porque el niño faltó o se negó, o porque la escuela estaba cerrada, no se deben.`,
    none: 'No hay servicios del IEP registrados: el registro sigue los servicios de un IEP definitivo.',
    noCalendar: 'No hay calendario escolar guardado: cada día entre semana cuenta como día escolar.',
    unmatched: (count: number) =>
      count === 1
        ? '1 sesión registrada no corresponde a ningún servicio del IEP y no se cuenta.'
        : `${String(count)} sesiones registradas no corresponden a ningún servicio del IEP y no se cuentan.`,
    headers: ['Servicio', 'Exigidos', 'Prestados', 'Se deben'],
    minutes: (n: number) => `${n.toLocaleString('es-US')} min`,
    per: (minutes: string, period: ServicePeriod) =>
      `${minutes} por ${{ day: 'día', week: 'semana', month: 'mes', year: 'año' }[period]}`,
    totalOwed: 'Total que se debe',
    since: (day: string) => `desde el ${day}`,
  },
} as const satisfies BinderWords<unknown>;

/**
 * The services ledger as of the binder's day (core/ledger, docs/decisions/0033): per IEP service the minutes
 * required, delivered and owed, and the total owed, with the law that makes them owed.
 */
export const servicesSection: BinderSection = {
  id: 'services',
  heading: { en: WORDS.en.heading, es: WORDS.es.heading },
  content: ({ services: ledger, language, asOf }) => {
    const words = WORDS[language];
    if (ledger.services.length === 0) return [citationLine(words.law, words.cite), emptyNote(words.none)];
    return [
      citationLine(words.law, words.cite),
      paragraph(words.about(dateText(asOf, language))),
      ...(ledger.hasCalendar ? [] : [paragraph(words.noCalendar)]),
      listTable(
        words.headers,
        ledger.services.map((service): PdfContent[] => [
          {
            stack: [
              { text: service.service, style: 'label' },
              {
                text: `${words.per(words.minutes(service.minutesPerPeriod), service.period)}, ${words.since(dateText(service.firstDay, language))}`,
                style: 'citation',
              },
            ],
          },
          words.minutes(service.requiredMinutes),
          words.minutes(service.deliveredMinutes + service.madeUpMinutes),
          { text: words.minutes(service.owedMinutes), style: service.owedMinutes > 0 ? 'label' : 'plain' },
        ]),
        ['*', 70, 70, 70],
      ),
      factTable([[words.totalOwed, words.minutes(ledger.owedMinutes)]]),
      ...(ledger.unmatchedSessions === 0 ? [] : [paragraph(words.unmatched(ledger.unmatchedSessions))]),
    ];
  },
};
