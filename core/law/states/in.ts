import { stateRule } from '../define-rule';
import { ideaInitialEvaluation, ideaManifestationDetermination } from '../idea';
import type { StateRules } from '../state-rules';

/** Indiana: 50 instructional days from consent to the case conference; manifestation meeting in 10 instructional days. */
export const indiana: StateRules = {
  code: 'IN',
  deadlineRules: [
    stateRule('IN', ideaInitialEvaluation, {
      summary: {
        en: 'In Indiana the evaluation must be done and the case conference committee convened within 50 instructional days of your written consent (20 in some cases).',
        es: 'En Indiana la evaluación debe terminarse y el comité de conferencia del caso reunirse dentro de los 50 días de instrucción siguientes a su consentimiento escrito (20 en algunos casos).',
        vi: 'Ở Indiana, việc đánh giá phải hoàn tất và hội đồng họp về trường hợp (case conference committee) phải được triệu tập trong vòng 50 ngày giảng dạy kể từ khi có sự đồng ý bằng văn bản của quý vị (20 ngày trong một số trường hợp).',
        'zh-Hans':
          '在印第安纳州，必须在您书面同意后50个教学日内（某些情况下为20天）完成评估并召开个案会议委员会（case conference committee）会议。',
        ar: 'في إنديانا يجب إكمال التقييم وعقد لجنة مؤتمر الحالة (case conference committee) خلال 50 يومًا تدريسيًا من موافقتك الكتابية (20 يومًا في بعض الحالات).',
      },
      count: 50,
      basis: 'instructional-days',
      basisText: '50 instructional days',
      completedBy: [{ type: 'eligibility-determined', where: { framework: ['idea'] } }, { type: 'iep-meeting-held' }],
      measuredTo: {
        en: 'the evaluation is done and the case conference committee has met',
        es: 'la evaluación está terminada y el comité de conferencia del caso se ha reunido',
        vi: 'việc đánh giá đã hoàn tất và hội đồng họp về trường hợp đã họp',
        'zh-Hans': '评估已完成，个案会议委员会已开会',
        ar: 'اكتمل التقييم واجتمعت لجنة مؤتمر الحالة',
      },
      citation: '511 IAC 7-40-5',
      sourceUrl:
        'https://specialedstartguide.com/blog/how-to-handle-indiana-50-instructional-day-evaluation-delay ; https://inf2f.blogspot.com/2016/04/conducting-educational-evaluation-sped.html',
      status: 'confirmed-secondary',
    }),
    stateRule('IN', ideaManifestationDetermination, {
      summary: {
        en: 'In Indiana the case conference committee must meet within 10 instructional days of a disciplinary change of placement.',
        es: 'En Indiana el comité de conferencia del caso debe reunirse dentro de los 10 días de instrucción siguientes a un cambio disciplinario de ubicación.',
        vi: 'Ở Indiana, hội đồng họp về trường hợp phải họp trong vòng 10 ngày giảng dạy kể từ khi có thay đổi nơi xếp học do kỷ luật.',
        'zh-Hans': '在印第安纳州，因纪律处分而变更安置后，个案会议委员会必须在10个教学日内开会。',
        ar: 'في إنديانا يجب أن تجتمع لجنة مؤتمر الحالة خلال 10 أيام تدريسية من تغيير المكان التعليمي لأسباب تأديبية.',
      },
      basis: 'instructional-days',
      basisText: '10 instructional days',
      citation: '511 IAC 7-42-5(a)(5)',
      sourceUrl: 'https://regulations.justia.com/states/indiana/title-511/article-7/rule-42/section-5/',
      status: 'confirmed',
    }),
  ],
};
