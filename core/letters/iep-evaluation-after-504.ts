import type { JurisdictionFacts } from '../law/jurisdiction-facts';
import type { LetterInputOf } from '../schemas/letters';
import { cited, everyLanguage, ownWords, t } from './letter-draft';
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
        `Kế hoạch 504 cung cấp các điều chỉnh hỗ trợ, nhưng không trả lời được câu hỏi ${student} có cần được giảng dạy theo thiết kế đặc biệt hay không, vốn là điều mà giáo dục đặc biệt cung cấp. Chỉ một cuộc đánh giá theo IDEA mới trả lời được câu hỏi đó.`,
        `504计划提供便利措施，但不能回答 ${student} 是否需要特别设计的教学，而这正是特殊教育所提供的。只有 IDEA 评估才能回答这个问题。`,
        `توفر خطة 504 الترتيبات التيسيرية، لكنها لا تجيب عن سؤال حاجة ${student} إلى تعليم مصمم خصيصًا، وهو ما يقدمه التعليم الخاص. ولا يجيب عن هذا السؤال إلا تقييم بموجب IDEA.`,
      ),
      '34 CFR 300.8(a)(1)',
      '34 CFR 300.39(b)(3)',
    );
  }
  return cited(
    t(
      'Interventions such as RTI or MTSS may continue, but they cannot be used to delay or deny an evaluation of a child suspected of having a disability.',
      'Las intervenciones como RTI o MTSS pueden continuar, pero no se pueden usar para retrasar ni negar la evaluación de un niño del que se sospecha una discapacidad.',
      'Các biện pháp can thiệp như RTI hoặc MTSS có thể tiếp tục, nhưng không được dùng để trì hoãn hoặc từ chối việc đánh giá một trẻ bị nghi ngờ có khuyết tật.',
      'RTI 或 MTSS 等干预措施可以继续，但不能用来拖延或拒绝对疑似有残疾的儿童进行评估。',
      'يمكن أن تستمر التدخلات مثل RTI أو MTSS، لكن لا يجوز استخدامها لتأخير تقييم طفل يُشتبه في أن لديه إعاقة أو لرفض هذا التقييم.',
    ),
    'OSEP Memo 11-07 (2011)',
  );
}

/** The state's one-plan position (New Hampshire), when it has one. */
function onePlanSentences(facts: JurisdictionFacts): Sentence[] {
  const position = facts.onePlanPosition;
  if (position === null) return [];
  const state = everyLanguage(facts.name);
  const summary = everyLanguage(position.summary);
  return [
    cited(
      t(
        `I also note the following for ${state.en}: ${summary.en}`,
        `Señalo además lo siguiente para ${state.es}: ${summary.es}`,
        `Tôi cũng xin lưu ý điều sau đối với ${state.vi}: ${summary.vi}`,
        `我还要指出${state['zh-Hans']}的以下规定：${summary['zh-Hans']}`,
        `وأشير أيضًا إلى ما يلي بشأن ${state.ar}: ${summary.ar}`,
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
      ? t('a 504 plan', 'un plan 504', 'một kế hoạch 504', '504计划', 'خطة 504')
      : t(
          'a period of intervention (RTI or MTSS)',
          'un período de intervención (RTI o MTSS)',
          'một giai đoạn can thiệp (RTI hoặc MTSS)',
          '一段时间的干预（RTI 或 MTSS）',
          'فترة من التدخل (RTI أو MTSS)',
        );
  const instead =
    input.offered === '504-plan'
      ? t('a 504 plan', 'un plan 504', 'kế hoạch 504', '504计划', 'خطة 504')
      : t('intervention only', 'solo intervención', 'chỉ can thiệp', '仅采取干预', 'التدخل وحده');
  return {
    subject: t(
      `Request for an IDEA evaluation instead of ${instead.en} — ${student}`,
      `Solicitud de evaluación de IDEA en lugar de ${instead.es} — ${student}`,
      `Yêu cầu đánh giá theo IDEA thay vì ${instead.vi} — ${student}`,
      `申请 IDEA 评估，而非${instead['zh-Hans']} — ${student}`,
      `طلب تقييم بموجب IDEA بدلًا من ${instead.ar} — ${student}`,
    ),
    paragraphs: [
      [
        introSentence(input),
        {
          text: t(
            `On ${offeredOn.en}, the school offered ${offer.en} instead of an evaluation for special education.`,
            `El ${offeredOn.es}, la escuela ofreció ${offer.es} en lugar de una evaluación de educación especial.`,
            `Vào ${offeredOn.vi}, nhà trường đã đề nghị ${offer.vi} thay vì một cuộc đánh giá về giáo dục đặc biệt.`,
            `${offeredOn['zh-Hans']}，学校提出以${offer['zh-Hans']}代替特殊教育评估。`,
            `في ${offeredOn.ar}، عرضت المدرسة ${offer.ar} بدلًا من إجراء تقييم للتعليم الخاص.`,
          ),
        },
        cited(
          t(
            `I am writing to request a full and individual initial evaluation of ${student} under the Individuals with Disabilities Education Act (IDEA).`,
            `Por medio de esta carta solicito una evaluación inicial completa e individual de ${student} conforme a la Ley de Educación para Personas con Discapacidades (IDEA).`,
            `Tôi viết thư này để yêu cầu một cuộc đánh giá ban đầu đầy đủ và riêng cho ${student} theo Đạo luật Giáo dục Người Khuyết tật (IDEA).`,
            `我写信申请根据《残疾人教育法》（IDEA）对 ${student} 进行全面的个别初始评估。`,
            `أكتب إليكم لأطلب تقييمًا أوليًا كاملًا وفرديًا لـ ${student} بموجب قانون تعليم الأفراد ذوي الإعاقة (IDEA).`,
          ),
          '34 CFR 300.301(b)',
        ),
      ],
      [
        {
          text: t(
            `I am concerned about how ${student} is doing in these areas: ${areas.en}.`,
            `Me preocupa cómo le va a ${student} en estas áreas: ${areas.es}.`,
            `Tôi lo lắng về tình hình của ${student} trong các lĩnh vực sau: ${areas.vi}.`,
            `我担心 ${student} 在以下方面的情况：${areas['zh-Hans']}。`,
            `يقلقني وضع ${student} في هذه المجالات: ${areas.ar}.`,
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
            `Trong khi chờ hoàn tất việc đánh giá, xin vui lòng tiếp tục các hỗ trợ mà ${student} đang nhận.`,
            `在评估完成之前，请继续提供 ${student} 目前获得的支持。`,
            `إلى أن يكتمل التقييم، أرجو الاستمرار في تقديم الدعم المقدَّم حاليًا لـ ${student}.`,
          ),
        },
      ],
      contactSentences(input),
    ],
  };
}
