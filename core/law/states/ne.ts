import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaAgeOfMajorityNotice, ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

/**
 * Nebraska: 45 school days from consent (92 NAC 51-006; secondary sources agree, the paragraph
 * itself was not read). The age of majority is 19, so the notice is due at 18.
 */
export const nebraska: StateRules = {
  code: 'NE',
  deadlineRules: [
    stateRule('NE', ideaInitialEvaluation, {
      summary: {
        en: 'In Nebraska the initial evaluation must be completed within 45 school days of your consent.',
        es: 'En Nebraska la evaluación inicial debe completarse dentro de los 45 días escolares siguientes a su consentimiento.',
        vi: 'Ở Nebraska, việc đánh giá ban đầu phải hoàn tất trong vòng 45 ngày học kể từ khi quý vị đồng ý.',
        'zh-Hans': '在内布拉斯加州，初次评估必须在您同意后45个上学日内完成。',
        ar: 'في نبراسكا يجب إكمال التقييم الأولي خلال 45 يومًا دراسيًا من موافقتك.',
      },
      count: 45,
      basis: 'school-days',
      basisText: '45 school days',
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: '92 NAC 51-006',
      sourceUrl: 'https://regulations.justia.com/states/nebraska/title-92/chapter-51',
      status: 'confirmed-secondary',
    }),
    stateRule('NE', ideaAgeOfMajorityNotice, {
      summary: {
        en: 'In Nebraska the age of majority is 19, so by your child’s 18th birthday the IEP must say your child was told which rights will transfer at 19.',
        es: 'En Nebraska la mayoría de edad es a los 19 años, así que para el cumpleaños 18 de su hijo(a) el IEP debe indicar que se le informó qué derechos pasarán a él o ella a los 19.',
        vi: 'Ở Nebraska, tuổi trưởng thành theo luật là 19, vì vậy trước sinh nhật 18 tuổi của con, IEP phải ghi rằng con quý vị đã được cho biết những quyền nào sẽ được chuyển sang con khi 19 tuổi.',
        'zh-Hans':
          '在内布拉斯加州，法定成年年龄为19岁，因此在您的孩子18岁生日之前，IEP必须写明已告知孩子哪些权利将在19岁时转移给他或她。',
        ar: 'في نبراسكا سن الرشد 19 عامًا، لذا يجب أن يذكر IEP بحلول عيد ميلاد طفلك الـ18 أن طفلك أُبلغ بالحقوق التي ستنتقل إليه في سن 19.',
      },
      count: 19,
      basisText: '1 year before age 19',
      citation: 'Neb. Rev. Stat. 43-2101',
      sourceUrl: 'https://nebraskalegislature.gov/laws/statutes.php?statute=43-2101',
      status: 'confirmed-secondary',
    }),
  ],
};
