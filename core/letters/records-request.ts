import type { LetterInputOf } from '../schemas/letters';
import { cited, t } from './letter-draft';
import type { LetterDraft, Sentence } from './letter-draft';
import { contactSentences, introSentence, longDate } from './letter-phrases';

/** Letter 3: a request to inspect and copy education records (IDEA 300.613 and FERPA 99.10). */
export function recordsRequest(input: LetterInputOf<'records-request'>): LetterDraft {
  const student = input.student.name;
  const meeting: Sentence[] =
    input.meetingDate === undefined
      ? []
      : [
          {
            text: t(
              `Because a meeting is planned for ${longDate(input.meetingDate).en}, please make the records available before that date.`,
              `Como hay una reunión prevista para el ${longDate(input.meetingDate).es}, le pido que me dé acceso a los expedientes antes de esa fecha.`,
            ),
          },
        ];
  const details: Sentence[] =
    input.recordsDetails === undefined
      ? []
      : [{ text: t(`In particular: ${input.recordsDetails}`, `En particular: ${input.recordsDetails}`) }];
  return {
    subject: t(
      `Request to inspect and copy education records — ${student}`,
      `Solicitud para revisar y copiar expedientes educativos — ${student}`,
    ),
    paragraphs: [
      [
        introSentence(input),
        cited(
          t(
            `I am asking to inspect and review all education records about ${student} that the district collects, keeps or uses, including evaluations and test results, IEP and 504 plan documents, progress data and reports, intervention records, discipline and attendance records, and emails or notes about ${student}.`,
            `Solicito revisar todos los expedientes educativos de ${student} que el distrito recopila, conserva o utiliza, incluidos las evaluaciones y los resultados de pruebas, los documentos del IEP y del plan 504, los datos e informes de progreso, los registros de intervenciones, los registros de disciplina y asistencia, y los correos electrónicos o notas sobre ${student}.`,
          ),
          '34 CFR 300.613(a)',
          '34 CFR 99.10(a)',
        ),
        ...details,
      ],
      [
        cited(
          t(
            'The district must let me inspect these records without unnecessary delay and no later than 45 days after receiving this request.',
            'El distrito debe permitirme revisar estos expedientes sin demoras innecesarias y a más tardar 45 días después de recibir esta solicitud.',
          ),
          '34 CFR 300.613(a)',
          '34 CFR 99.10(b)',
        ),
      ],
      [
        cited(
          t(
            'The district must also make them available before any IEP meeting, due process hearing or resolution session.',
            'El distrito también debe ponerlos a mi disposición antes de cualquier reunión del IEP, audiencia de debido proceso o sesión de resolución.',
          ),
          '34 CFR 300.613(a)',
        ),
        ...meeting,
      ],
      [
        { text: t('I also ask for copies of the records.', 'Solicito también copias de los expedientes.') },
        cited(
          t(
            'I have the right to explanations and interpretations of the records, and to copies when not having them would effectively prevent me from inspecting them.',
            'Tengo derecho a que se me expliquen e interpreten los expedientes, y a recibir copias cuando sin ellas no podría revisarlos en la práctica.',
          ),
          '34 CFR 300.613(b)',
          '34 CFR 99.10(c), (d)',
        ),
      ],
      contactSentences(
        input,
        t(
          'Please tell me when and where I can review the records.',
          'Le ruego que me indique cuándo y dónde puedo revisar los expedientes.',
        ),
      ),
    ],
  };
}
