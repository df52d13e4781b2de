import type { LetterInputOf } from '../schemas/letters';
import { letterDate } from './letter-date';
import { cited, ownWords, t } from './letter-draft';
import type { LetterDraft, ReadingLanguage, Sentence } from './letter-draft';
import { contactSentences, introSentence, longDate } from './letter-phrases';

/** The lines of a text box, each as the parent's own words, trimmed, empty lines dropped. */
function lines(text: string | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim().replace(/^[-–•*]\s*/, ''))
    .filter((line) => line !== '');
}

/** One item of a list, as its own paragraph: "– We agreed …". */
function item(line: string): Sentence[] {
  const [words] = ownWords(line);
  if (words === undefined) return [];
  const dash = `– ${words.text.en}`;
  return [{ text: t(dash, dash, dash, dash, dash) }];
}

/**
 * The after-meeting summary ("put it in writing"): what was decided, who does what by when, what the school
 * refused (with the request for prior written notice of each refusal, 34 CFR 300.503(a)), and, after an IEP
 * meeting, the request for a copy of the IEP (300.322(f)); the school is asked to answer in writing if its
 * record differs.
 */
export function meetingSummary(input: LetterInputOf<'meeting-summary'>): LetterDraft {
  const student = input.student.name;
  const on = longDate(input.heldOn);
  const isIep = input.framework === 'iep';
  const meeting = isIep
    ? t('IEP meeting', 'reunión del IEP', 'cuộc họp IEP', 'IEP 会议', 'اجتماع IEP')
    : t('504 plan meeting', 'reunión del plan 504', 'cuộc họp về kế hoạch 504', '504计划会议', 'اجتماع خطة 504');
  const decisions = lines(input.decisions);
  const actions = lines(input.actionItems);
  const refusals = lines(input.refusals);
  return {
    subject: t(
      `Summary of the ${meeting.en} of ${on.en} — ${student}`,
      `Resumen de la ${meeting.es} del ${on.es} — ${student}`,
      `Tóm tắt ${meeting.vi} ${on.vi} — ${student}`,
      `${on['zh-Hans']}${meeting['zh-Hans']}纪要 — ${student}`,
      `ملخص ${meeting.ar} المنعقد في ${on.ar} — ${student}`,
    ),
    paragraphs: [
      [
        introSentence(input),
        {
          text: t(
            `Thank you for meeting with me on ${on.en}. I am writing to confirm what we discussed and decided at the ${meeting.en}, so that we share the same written record.`,
            `Gracias por reunirse conmigo el ${on.es}. Le escribo para confirmar lo que hablamos y decidimos en la ${meeting.es}, para que ambos tengamos el mismo registro por escrito.`,
            `Cảm ơn Quý vị đã họp với tôi vào ${on.vi}. Tôi viết thư này để xác nhận những gì chúng ta đã thảo luận và quyết định tại ${meeting.vi}, để hai bên có cùng một bản ghi bằng văn bản.`,
            `感谢您于${on['zh-Hans']}与我会面。我写信确认我们在${meeting['zh-Hans']}上讨论和决定的事项，以便双方有一份相同的书面记录。`,
            `شكرًا لكم على الاجتماع بي في ${on.ar}. أكتب إليكم لتأكيد ما ناقشناه وقررناه في ${meeting.ar}، حتى يكون لدينا السجل المكتوب نفسه.`,
          ),
        },
      ],
      [
        {
          text: t(
            'At the meeting we decided the following:',
            'En la reunión decidimos lo siguiente:',
            'Tại cuộc họp, chúng ta đã quyết định những điều sau:',
            '会上我们决定了以下事项：',
            'قررنا في الاجتماع ما يلي:',
          ),
        },
      ],
      ...decisions.map(item),
      actions.length === 0
        ? []
        : [
            {
              text: t(
                'These are the next steps we agreed on, who will take each one and by when:',
                'Estos son los próximos pasos que acordamos, quién se encargará de cada uno y para cuándo:',
                'Đây là các bước tiếp theo mà chúng ta đã thống nhất, ai sẽ thực hiện từng bước và hạn chót:',
                '以下是我们商定的后续步骤、每一步的负责人和完成期限：',
                'هذه هي الخطوات التالية التي اتفقنا عليها، ومن سيتولى كل خطوة منها، وموعدها:',
              ),
            },
          ],
      ...actions.map(item),
      refusals.length === 0
        ? []
        : [
            {
              text: t(
                'At the meeting, the district refused the following:',
                'En la reunión, el distrito se negó a lo siguiente:',
                'Tại cuộc họp, học khu đã từ chối những điều sau:',
                '会上，学区拒绝了以下事项：',
                'في الاجتماع، رفضت المنطقة التعليمية ما يلي:',
              ),
            },
          ],
      ...refusals.map(item),
      refusals.length === 0
        ? []
        : [
            cited(
              t(
                'Please give me prior written notice of each refusal, explaining why the district refuses, what evaluations, records or reports it relied on, and what other options it considered.',
                'Le pido que me entregue una notificación previa por escrito de cada negativa, que explique por qué el distrito se niega, en qué evaluaciones, expedientes o informes se basó y qué otras opciones consideró.',
                'Xin vui lòng gửi cho tôi thông báo trước bằng văn bản về từng việc từ chối, giải thích vì sao học khu từ chối, học khu đã dựa vào những bài đánh giá, hồ sơ hoặc báo cáo nào, và đã xem xét những lựa chọn nào khác.',
                '请就每一项拒绝向我发出事先书面通知，说明学区拒绝的原因、所依据的评估、记录或报告，以及曾考虑过的其他方案。',
                'أرجو أن تقدموا لي إشعارًا كتابيًا مسبقًا بكل رفض، يوضح سبب الرفض، والتقييمات أو السجلات أو التقارير التي استندت إليها المنطقة التعليمية، والخيارات الأخرى التي نظرت فيها.',
              ),
              '34 CFR 300.503(a)',
              '34 CFR 300.503(b)',
            ),
          ],
      isIep
        ? [
            cited(
              t(
                `Please send me a copy of ${student}'s IEP as it stands after this meeting, at no cost to me.`,
                `Le pido que me envíe, sin costo, una copia del IEP de ${student} tal como quedó después de esta reunión.`,
                `Xin vui lòng gửi cho tôi, miễn phí, một bản sao IEP của ${student} như đã được điều chỉnh sau cuộc họp này.`,
                `请免费寄给我一份本次会议后的 ${student} 的 IEP 副本。`,
                `أرجو أن ترسلوا إليّ، دون أي تكلفة، نسخة من IEP الخاص بـ ${student} كما أصبح بعد هذا الاجتماع.`,
              ),
              '34 CFR 300.322(f)',
            ),
          ]
        : [],
      [
        {
          text: t(
            'If your understanding of the meeting differs from this summary, please tell me in writing within ten days, so that we can correct the record together.',
            'Si su comprensión de la reunión difiere de este resumen, le ruego que me lo indique por escrito en un plazo de diez días, para que podamos corregir el registro juntos.',
            'Nếu cách hiểu của Quý vị về cuộc họp khác với bản tóm tắt này, xin vui lòng báo cho tôi bằng văn bản trong vòng mười ngày, để chúng ta cùng sửa lại bản ghi.',
            '如果您对会议的理解与本纪要不同，请在十天内以书面形式告诉我，以便我们一起更正记录。',
            'إذا كان فهمكم للاجتماع يختلف عن هذا الملخص، فأرجو إبلاغي كتابيًا خلال عشرة أيام، حتى نصحح السجل معًا.',
          ),
        },
      ],
      contactSentences(input),
    ],
  };
}

const BY_WHEN: Readonly<Record<ReadingLanguage, (date: string) => string>> = {
  en: (date) => `by ${date}`,
  es: (date) => `para el ${date}`,
  vi: (date) => `trước ${date}`,
  'zh-Hans': (date) => `${date}前`,
  ar: (date) => `بحلول ${date}`,
};

/**
 * "by 4 December 2026" / "para el 4 de diciembre de 2026" / "trước ngày 4 tháng 12 năm 2026" /
 * "2026年12月4日前" / "بحلول 4 ديسمبر 2026": an action item's due date as the letter writes it.
 */
export function byWhen(due: string, language: ReadingLanguage): string {
  return BY_WHEN[language](letterDate(due, language));
}
