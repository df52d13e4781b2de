import type { LetterInputOf } from '../schemas/letters';
import { cited, ownWords, t } from './letter-draft';
import type { LetterDraft } from './letter-draft';
import { contactSentences, introSentence, longDate } from './letter-phrases';

/** Letter 5: a request for prior written notice of a refusal or proposal (34 CFR 300.503). */
export function pwnRequest(input: LetterInputOf<'pwn-request'>): LetterDraft {
  const student = input.student.name;
  const on = longDate(input.actionDate);
  const isRefusal = input.action === 'refused';
  const what = isRefusal
    ? t(`On ${on.en}, the district refused the following:`, `El ${on.es}, el distrito se negó a lo siguiente:`)
    : t(`On ${on.en}, the district proposed the following:`, `El ${on.es}, el distrito propuso lo siguiente:`);
  const [description] = ownWords(input.actionDescription);
  return {
    subject: t(
      `Request for prior written notice — ${student}`,
      `Solicitud de notificación previa por escrito — ${student}`,
    ),
    paragraphs: [
      [
        introSentence(input),
        { text: t(`${what.en} ${description?.text.en ?? ''}`, `${what.es} ${description?.text.es ?? ''}`) },
      ],
      [
        cited(
          t(
            'When a district proposes or refuses to start or change the identification, evaluation or educational placement of a child, or the free appropriate public education the child receives, it must give the parents prior written notice a reasonable time before.',
            'Cuando un distrito propone o se niega a iniciar o cambiar la identificación, la evaluación o la colocación educativa de un niño, o la educación pública gratuita y apropiada que recibe, debe entregar a los padres una notificación previa por escrito con un tiempo razonable de anticipación.',
          ),
          '34 CFR 300.503(a)',
        ),
      ],
      [
        cited(
          t(
            `Please give me that notice in writing. It must describe the action; explain why the district ${isRefusal ? 'refuses' : 'proposes'} it; describe each evaluation, assessment, record or report used as a basis; describe the other options considered and why they were rejected; describe any other relevant factors; tell me how to get a copy of the procedural safeguards; and list sources I can contact for help.`,
            `Le pido que me entregue esa notificación por escrito. Debe describir la acción; explicar por qué el distrito la ${isRefusal ? 'rechaza' : 'propone'}; describir cada evaluación, prueba, expediente o informe en que se basó; describir las otras opciones consideradas y por qué se descartaron; describir cualquier otro factor pertinente; indicarme cómo obtener una copia de las garantías procesales; y darme fuentes a las que puedo acudir para recibir ayuda.`,
          ),
          '34 CFR 300.503(b)',
        ),
      ],
      [
        cited(
          t(
            'The notice must be written in language understandable to the general public.',
            'La notificación debe estar redactada en un lenguaje comprensible para el público en general y en la lengua materna de los padres; le pido que me la entregue en español.',
          ),
          '34 CFR 300.503(c)',
        ),
      ],
      contactSentences(input),
    ],
  };
}
