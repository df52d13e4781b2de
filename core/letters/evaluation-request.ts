import type { JurisdictionFacts } from '../law/jurisdiction-facts';
import type { LetterInputOf } from '../schemas/letters';
import { cited, ownWords, t } from './letter-draft';
import type { LetterDraft } from './letter-draft';
import {
  allAreasSentence,
  areasText,
  consentFormSentence,
  contactSentences,
  evaluationTimelineSentence,
  introSentence,
  refusalNoticeSentence,
} from './letter-phrases';

/** Letter 1: a request for an initial IDEA evaluation in all areas of suspected disability. */
export function evaluationRequest(input: LetterInputOf<'evaluation-request'>, facts: JurisdictionFacts): LetterDraft {
  const student = input.student.name;
  const areas = areasText(input.areasOfConcern);
  return {
    subject: t(
      `Request for an initial special education evaluation — ${student}`,
      `Solicitud de evaluación inicial de educación especial — ${student}`,
    ),
    paragraphs: [
      [
        introSentence(input),
        cited(
          t(
            `I am writing to request a full and individual initial evaluation of ${student} to find out whether ${student} is eligible for special education and related services under the Individuals with Disabilities Education Act (IDEA).`,
            `Por medio de esta carta solicito una evaluación inicial completa e individual de ${student} para determinar si reúne los requisitos para recibir educación especial y servicios relacionados conforme a la Ley de Educación para Personas con Discapacidades (IDEA).`,
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
      [allAreasSentence(student)],
      [consentFormSentence()],
      [refusalNoticeSentence(student)],
      [evaluationTimelineSentence(facts)],
      [
        cited(
          t(
            `If the team finds that ${student} is not eligible under IDEA, I ask the district to consider separately whether ${student} qualifies for a plan under Section 504 of the Rehabilitation Act.`,
            `Si el equipo determina que ${student} no reúne los requisitos de IDEA, le pido que el distrito considere por separado si cumple los requisitos para un plan conforme a la Sección 504 de la Ley de Rehabilitación.`,
          ),
          '34 CFR 104.35(a)',
        ),
      ],
      contactSentences(input),
    ],
  };
}
