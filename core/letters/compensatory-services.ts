import { formatLongDate } from '../calendar/format-long-date';
import type { LetterInputOf } from '../schemas/letters';
import { joinList } from './join-list';
import { cited, t } from './letter-draft';
import type { LetterDraft } from './letter-draft';
import { contactSentences, introSentence } from './letter-phrases';

const PERIOD = {
  day: { en: 'a day', es: 'al día' },
  week: { en: 'a week', es: 'a la semana' },
  month: { en: 'a month', es: 'al mes' },
  year: { en: 'a year', es: 'al año' },
} as const;

const minutesEn = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'minute' : 'minutes'}`;
const minutesEs = (n: number) => `${n.toLocaleString('es-US')} ${n === 1 ? 'minuto' : 'minutos'}`;

/**
 * A request for compensatory services (issue 21): the minutes of each IEP service the school did not deliver, as the
 * services ledger counts them on `owedAsOf` (docs/decisions/0033). The IEP must be implemented as written
 * (34 CFR 300.323(c)(2)) as part of a free appropriate public education (34 CFR 300.101); a state complaint can order
 * the services (34 CFR 300.151–300.153).
 */
export function compensatoryServices(input: LetterInputOf<'compensatory-services'>): LetterDraft {
  const student = input.student.name;
  const total = input.services.reduce((sum, service) => sum + service.owedMinutes, 0);
  const asOf = { en: formatLongDate(input.owedAsOf, 'en'), es: formatLongDate(input.owedAsOf, 'es') };
  const lines = {
    en: input.services.map(
      (s) =>
        `${s.service}: ${minutesEn(s.owedMinutes)} owed (the IEP requires ${minutesEn(s.minutesPerPeriod)} ${PERIOD[s.period].en})`,
    ),
    es: input.services.map(
      (s) =>
        `${s.service}: se deben ${minutesEs(s.owedMinutes)} (el IEP exige ${minutesEs(s.minutesPerPeriod)} ${PERIOD[s.period].es})`,
    ),
  };
  return {
    subject: t(`Request for compensatory services — ${student}`, `Solicitud de servicios compensatorios — ${student}`),
    paragraphs: [
      [
        introSentence(input),
        cited(
          t(
            `The district must provide ${student} a free appropriate public education and carry out the IEP as written, including every service in it, for the minutes and as often as the IEP says.`,
            `El distrito debe proporcionar a ${student} una educación pública gratuita y apropiada y cumplir el IEP tal como está escrito, incluidos todos sus servicios, con los minutos y la frecuencia que el IEP indica.`,
          ),
          '34 CFR 300.101',
          '34 CFR 300.323(c)(2)',
        ),
      ],
      [
        {
          text: t(
            `As of ${asOf.en}, the service records show that these minutes the IEP requires were not delivered, for reasons that were not ${student}’s (make-up sessions already subtracted): ${joinList(lines.en, 'en')}.`,
            `Al ${asOf.es}, los registros de servicios muestran que no se prestaron estos minutos que exige el IEP, por motivos que no fueron de ${student} (ya restadas las sesiones de recuperación): ${joinList(lines.es, 'es')}.`,
          ),
        },
      ],
      [
        cited(
          t(
            `I ask the district to provide compensatory services for these ${minutesEn(total)}, by the same kind of provider, at times that do not take ${student} out of other instruction, and to send me in writing a schedule for them and how the services the IEP requires will be delivered from now on.`,
            `Solicito que el distrito preste servicios compensatorios por estos ${minutesEs(total)}, con el mismo tipo de proveedor, en horarios que no saquen a ${student} de otras clases, y que me envíe por escrito un calendario para ello y cómo se prestarán en adelante los servicios que exige el IEP.`,
          ),
          '34 CFR 300.323(c)(2)',
        ),
      ],
      [
        cited(
          t(
            'If we cannot agree, I may file a written state complaint about services that were not provided; the state investigates it and can order compensatory services.',
            'Si no llegamos a un acuerdo, puedo presentar una queja estatal por escrito por los servicios que no se prestaron; el estado la investiga y puede ordenar servicios compensatorios.',
          ),
          '34 CFR 300.151',
          '34 CFR 300.152',
          '34 CFR 300.153',
        ),
      ],
      contactSentences(
        input,
        t(
          'Please answer in writing and tell me when the compensatory services will start.',
          'Le ruego que me responda por escrito y me indique cuándo comenzarán los servicios compensatorios.',
        ),
      ),
    ],
  };
}
