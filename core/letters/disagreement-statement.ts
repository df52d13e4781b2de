import type { LetterInputOf } from '../schemas/letters';
import { cited, ownWords, t } from './letter-draft';
import type { LetterDraft, Sentence } from './letter-draft';
import { contactSentences, introSentence, longDate } from './letter-phrases';

/**
 * A parent's statement of disagreement, to be placed in the record it is about and disclosed with it
 * (FERPA 34 CFR 99.21(b)(2); IDEA 34 CFR 300.618–300.621).
 */
export function disagreementStatement(input: LetterInputOf<'disagreement-statement'>): LetterDraft {
  const student = input.student.name;
  const record = /[.!?…]$/.test(input.recordDescription) ? input.recordDescription : `${input.recordDescription}.`;
  const decided: Sentence[] =
    input.decisionDate === undefined
      ? []
      : [
          {
            text: t(
              `On ${longDate(input.decisionDate).en}, the district decided not to amend it.`,
              `El ${longDate(input.decisionDate).es}, el distrito decidió no modificarlo.`,
            ),
          },
        ];
  return {
    subject: t(
      `Parent statement of disagreement, to be attached to the record — ${student}`,
      `Declaración de desacuerdo de los padres, para adjuntar al expediente — ${student}`,
    ),
    paragraphs: [
      [
        introSentence(input),
        {
          text: t(
            `This statement concerns the following record: ${record}`,
            `Esta declaración se refiere al siguiente expediente: ${record}`,
          ),
        },
        ...decided,
      ],
      [
        cited(
          t(
            'I asked that the record be amended because I believe it is inaccurate or misleading; a parent may ask for that, and for a hearing to challenge it.',
            'Pedí que se corrigiera el expediente porque creo que es inexacto o engañoso; los padres pueden pedirlo, así como una audiencia para impugnarlo.',
          ),
          '34 CFR 300.618',
          '34 CFR 300.619',
          '34 CFR 99.20',
        ),
      ],
      [
        {
          text: t(
            'I disagree with this record for the following reasons:',
            'No estoy de acuerdo con este expediente por las siguientes razones:',
          ),
        },
        ...ownWords(input.disagreementDetails),
      ],
      [
        cited(
          t(
            'When the record is not amended, the parent may place in it a statement commenting on the information or giving the reasons for disagreeing. The district must keep this statement with the contested record for as long as it keeps the record, and disclose it whenever it discloses that record.',
            'Cuando el expediente no se corrige, los padres pueden añadir una declaración con comentarios sobre la información o las razones de su desacuerdo. El distrito debe conservar esta declaración con el expediente impugnado mientras lo conserve, y divulgarla siempre que divulgue ese expediente.',
          ),
          '34 CFR 99.21(b)(2)',
          '34 CFR 300.620',
        ),
        {
          text: t(
            'Please place this statement in the record and confirm in writing that you have done so.',
            'Le ruego que añada esta declaración al expediente y me confirme por escrito que lo ha hecho.',
          ),
        },
      ],
      contactSentences(input),
    ],
  };
}
