import type { JurisdictionFacts } from '../law/jurisdiction-facts';
import type { LetterInputOf } from '../schemas/letters';
import { cited, ownWords, t } from './letter-draft';
import type { LetterDraft, Sentence } from './letter-draft';
import {
  allAreasSentence,
  areasText,
  consentFormSentence,
  contactSentences,
  evaluationTimelineSentence,
  introSentence,
  longDate,
  refusalNoticeSentence,
} from './letter-phrases';

/** Why the offer does not replace an evaluation: a 504 plan does not answer the SDI question; RTI cannot delay. */
function whyNotInstead(input: LetterInputOf<'iep-evaluation-after-504'>): Sentence {
  const student = input.student.name;
  if (input.offered === '504-plan') {
    return cited(
      t(
        `A 504 plan provides accommodations, but it does not answer whether ${student} needs specially designed instruction, which is what special education provides. Only an IDEA evaluation can answer that.`,
        `Un plan 504 ofrece adaptaciones, pero no responde a la pregunta de si ${student} necesita instrucción especialmente diseñada, que es lo que ofrece la educación especial. Solo una evaluación de IDEA puede responderla.`,
      ),
      '34 CFR 300.8(a)(1)',
      '34 CFR 300.39(b)(3)',
    );
  }
  return cited(
    t(
      'Interventions such as RTI or MTSS may continue, but they cannot be used to delay or deny an evaluation of a child suspected of having a disability.',
      'Las intervenciones como RTI o MTSS pueden continuar, pero no se pueden usar para retrasar ni negar la evaluación de un niño del que se sospecha una discapacidad.',
    ),
    'OSEP Memo 11-07 (2011)',
  );
}

/** The state's one-plan position (New Hampshire), when it has one. */
function onePlanSentences(facts: JurisdictionFacts): Sentence[] {
  const position = facts.onePlanPosition;
  if (position === null) return [];
  return [
    cited(
      t(
        `I also note the following for ${facts.name.en}: ${position.summary.en}`,
        `Señalo además lo siguiente para ${facts.name.es}: ${position.summary.es}`,
      ),
      position.citation,
    ),
  ];
}

/** Letter 2: a request for an IDEA evaluation after the school offered a 504 plan or RTI instead. */
export function iepEvaluationAfter504(
  input: LetterInputOf<'iep-evaluation-after-504'>,
  facts: JurisdictionFacts,
): LetterDraft {
  const student = input.student.name;
  const areas = areasText(input.areasOfConcern);
  const offeredOn = longDate(input.offeredOn);
  const offer =
    input.offered === '504-plan'
      ? t('a 504 plan', 'un plan 504')
      : t('a period of intervention (RTI or MTSS)', 'un período de intervención (RTI o MTSS)');
  const instead =
    input.offered === '504-plan' ? t('a 504 plan', 'un plan 504') : t('intervention only', 'solo intervención');
  return {
    subject: t(
      `Request for an IDEA evaluation instead of ${instead.en} — ${student}`,
      `Solicitud de evaluación de IDEA en lugar de ${instead.es} — ${student}`,
    ),
    paragraphs: [
      [
        introSentence(input),
        {
          text: t(
            `On ${offeredOn.en}, the school offered ${offer.en} instead of an evaluation for special education.`,
            `El ${offeredOn.es}, la escuela ofreció ${offer.es} en lugar de una evaluación de educación especial.`,
          ),
        },
        cited(
          t(
            `I am writing to request a full and individual initial evaluation of ${student} under the Individuals with Disabilities Education Act (IDEA).`,
            `Por medio de esta carta solicito una evaluación inicial completa e individual de ${student} conforme a la Ley de Educación para Personas con Discapacidades (IDEA).`,
          ),
          '34 CFR 300.301(b)',
        ),
      ],
      [
        {
          text: t(
            `I am concerned about how ${student} is doing in these areas: ${areas.en}.`,
            `Me preocupa cómo le va a ${student} en estas áreas: ${areas.es}.`,
          ),
        },
        ...ownWords(input.concernDetails),
      ],
      [whyNotInstead(input)],
      [allAreasSentence(student)],
      [consentFormSentence()],
      [refusalNoticeSentence(student)],
      [evaluationTimelineSentence(facts)],
      onePlanSentences(facts),
      [
        {
          text: t(
            `Until the evaluation is complete, please continue the supports ${student} receives now.`,
            `Mientras se completa la evaluación, le pido que continúen los apoyos que ${student} recibe actualmente.`,
          ),
        },
      ],
      contactSentences(input),
    ],
  };
}
