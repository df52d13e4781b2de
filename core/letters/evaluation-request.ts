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
      `Yêu cầu đánh giá ban đầu về giáo dục đặc biệt — ${student}`,
      `申请特殊教育初始评估 — ${student}`,
      `طلب تقييم أولي للتعليم الخاص — ${student}`,
    ),
    paragraphs: [
      [
        introSentence(input),
        cited(
          t(
            `I am writing to request a full and individual initial evaluation of ${student} to find out whether ${student} is eligible for special education and related services under the Individuals with Disabilities Education Act (IDEA).`,
            `Por medio de esta carta solicito una evaluación inicial completa e individual de ${student} para determinar si reúne los requisitos para recibir educación especial y servicios relacionados conforme a la Ley de Educación para Personas con Discapacidades (IDEA).`,
            `Tôi viết thư này để yêu cầu một cuộc đánh giá ban đầu đầy đủ và riêng cho ${student}, nhằm xác định ${student} có đủ điều kiện nhận giáo dục đặc biệt và dịch vụ liên quan theo Đạo luật Giáo dục Người Khuyết tật (IDEA) hay không.`,
            `我写信申请对 ${student} 进行全面的个别初始评估，以确定 ${student} 是否有资格根据《残疾人教育法》（IDEA）获得特殊教育和相关服务。`,
            `أكتب إليكم لأطلب تقييمًا أوليًا كاملًا وفرديًا لـ ${student}، لتحديد مدى أهلية ${student} للحصول على التعليم الخاص والخدمات ذات الصلة بموجب قانون تعليم الأفراد ذوي الإعاقة (IDEA).`,
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
      [allAreasSentence(student)],
      [consentFormSentence()],
      [refusalNoticeSentence(student)],
      [evaluationTimelineSentence(facts)],
      [
        cited(
          t(
            `If the team finds that ${student} is not eligible under IDEA, I ask the district to consider separately whether ${student} qualifies for a plan under Section 504 of the Rehabilitation Act.`,
            `Si el equipo determina que ${student} no reúne los requisitos de IDEA, le pido que el distrito considere por separado si cumple los requisitos para un plan conforme a la Sección 504 de la Ley de Rehabilitación.`,
            `Nếu nhóm xác định rằng ${student} không đủ điều kiện theo IDEA, tôi đề nghị học khu xem xét riêng việc ${student} có đủ điều kiện nhận một kế hoạch theo Mục 504 của Đạo luật Phục hồi Chức năng hay không.`,
            `如果团队认定 ${student} 不符合 IDEA 的资格，我请求学区另行考虑 ${student} 是否符合《康复法》第504条规定的计划资格。`,
            `إذا قرر الفريق عدم أهلية ${student} بموجب IDEA، فأطلب من المنطقة التعليمية أن تنظر بشكل منفصل في أهلية ${student} لخطة بموجب المادة 504 من قانون إعادة التأهيل.`,
          ),
          '34 CFR 104.35(a)',
        ),
      ],
      contactSentences(input),
    ],
  };
}
