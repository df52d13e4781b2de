import { civilActionWindowRule } from '../civil-action';
import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

/**
 * North Dakota: 60 calendar days from consent (state guidelines; the rule's chapter number was not
 * verified); a civil action within 90 days of the hearing decision (one source, `unconfirmed`).
 */
export const northDakota: StateRules = {
  code: 'ND',
  deadlineRules: [
    stateRule('ND', ideaInitialEvaluation, {
      summary: {
        en: 'In North Dakota the initial evaluation must be completed within 60 calendar days of your consent.',
        es: 'En Dakota del Norte la evaluación inicial debe completarse dentro de los 60 días calendario siguientes a su consentimiento.',
        vi: 'Ở Bắc Dakota, việc đánh giá ban đầu phải hoàn tất trong vòng 60 ngày lịch kể từ khi quý vị đồng ý.',
        'zh-Hans': '在北达科他州，初次评估必须在您同意后60个日历日内完成。',
        ar: 'في داكوتا الشمالية يجب إكمال التقييم الأولي خلال 60 يومًا تقويميًا من موافقتك.',
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'N.D. Admin. Code ch. 67-23 (chapter not verified); NDDPI special education guidelines',
      sourceUrl: 'https://www.nd.gov/dpi/',
      status: 'confirmed-secondary',
    }),
    civilActionWindowRule('ND', {
      summary: {
        en: 'In North Dakota a civil action after the hearing decision is reported to be due within 90 days of the decision (the federal default is also 90 days); only one source says so.',
        es: 'En Dakota del Norte se informa que una demanda civil tras la decisión de la audiencia debe presentarse dentro de los 90 días siguientes a la decisión (el plazo federal por defecto también es de 90 días); solo una fuente lo dice.',
        vi: 'Ở Bắc Dakota, theo báo cáo, việc khởi kiện dân sự sau quyết định của phiên điều trần phải được thực hiện trong vòng 90 ngày kể từ quyết định (mặc định của liên bang cũng là 90 ngày); chỉ có một nguồn nói như vậy.',
        'zh-Hans':
          '据报道，在北达科他州，听证裁决后提起民事诉讼须在裁决后90天内提出（联邦默认期限也是90天）；只有一个来源这样说。',
        ar: 'أُفيد بأن الدعوى المدنية بعد قرار جلسة الاستماع في داكوتا الشمالية يجب رفعها خلال 90 يومًا من القرار (والمهلة الفيدرالية الافتراضية 90 يومًا أيضًا)؛ ولا يذكر ذلك إلا مصدر واحد.',
      },
      count: 90,
      citation: 'N.D.C.C. 15.1-32-19',
      sourceUrl: 'https://ndlegis.gov/cencode/t15-1c32.pdf',
      status: 'unconfirmed',
    }),
  ],
};
