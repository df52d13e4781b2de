import type { LetterInputOf } from '../schemas/letters';
import { cited, ownWords, t } from './letter-draft';
import type { LetterDraft } from './letter-draft';
import { contactSentences, introSentence, longDate } from './letter-phrases';

/** Letter 4: a request for an independent educational evaluation at public expense (34 CFR 300.502). */
export function ieeRequest(input: LetterInputOf<'iee-request'>): LetterDraft {
  const student = input.student.name;
  const evaluated = longDate(input.evaluationDate);
  return {
    subject: t(
      `Request for an independent educational evaluation at public expense — ${student}`,
      `Solicitud de evaluación educativa independiente a costo público — ${student}`,
    ),
    paragraphs: [
      [
        introSentence(input),
        {
          text: t(
            `I disagree with the district's evaluation of ${student} completed on ${evaluated.en} (${input.evaluationName}).`,
            `No estoy de acuerdo con la evaluación de ${student} que el distrito completó el ${evaluated.es} (${input.evaluationName}).`,
          ),
        },
        ...ownWords(input.disagreementDetails),
      ],
      [
        cited(
          t(
            `I am requesting an independent educational evaluation (IEE) of ${student} at public expense.`,
            `Solicito una evaluación educativa independiente (IEE) de ${student} a costo público.`,
          ),
          '34 CFR 300.502(b)(1)',
        ),
      ],
      [
        cited(
          t(
            "Please send me the district's criteria for independent educational evaluations and information about where one may be obtained.",
            'Le ruego que me envíe los criterios del distrito para las evaluaciones educativas independientes e información sobre dónde se puede obtener una.',
          ),
          '34 CFR 300.502(a)(2)',
        ),
      ],
      [
        cited(
          t(
            'Without unnecessary delay, the district must either ensure that the evaluation is provided at public expense or file a due process complaint to show that its own evaluation is appropriate.',
            'Sin demoras innecesarias, el distrito debe asegurar que la evaluación se realice a costo público o presentar una queja de debido proceso para demostrar que su propia evaluación es adecuada.',
          ),
          '34 CFR 300.502(b)(2)',
        ),
        cited(
          t(
            'The district may ask why I disagree, but I am not required to explain, and the district may not delay for that reason.',
            'El distrito puede preguntarme por qué no estoy de acuerdo, pero la ley no me obliga a dar una explicación, y el distrito no puede retrasarse por ese motivo.',
          ),
          '34 CFR 300.502(b)(4)',
        ),
      ],
      [
        cited(
          t(
            'Apart from its criteria, the district may not impose conditions or timelines on the independent evaluation.',
            'Aparte de sus criterios, el distrito no puede imponer condiciones ni plazos para la evaluación independiente.',
          ),
          '34 CFR 300.502(e)',
        ),
      ],
      contactSentences(input),
    ],
  };
}
