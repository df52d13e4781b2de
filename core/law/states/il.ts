import { beforeIepMeeting, MEETING_NOTICE_GIVEN } from '../before-meeting';
import { stateRule } from '../define-rule';
import { IEP_DEVELOPED, MEASURED_TO, PARENT_WRITTEN_REQUEST, REQUEST_ANSWERED_IN_WRITING } from '../event-matches';
import { ideaInitialEvaluation, ideaTransitionPlan } from '../idea';
import { datasetSource } from '../state-rules';
import type { StateRules } from '../state-rules';

/**
 * Illinois: 60 school days from consent to eligibility and the IEP meeting; transition at 14½; the
 * meeting notice 10 calendar days ahead (one secondary source, `unconfirmed`).
 */
export const illinois: StateRules = {
  code: 'IL',
  deadlineRules: [
    stateRule('IL', ideaInitialEvaluation, {
      kind: 'evaluation-request-response',
      summary: {
        en: 'In Illinois, within 14 school days of your written request for an evaluation, the district must tell you in writing whether it will evaluate: it asks for your consent, or refuses and says why.',
        es: 'En Illinois, dentro de los 14 días escolares siguientes a su solicitud escrita de evaluación, el distrito debe decirle por escrito si evaluará: pide su consentimiento, o se niega y explica por qué.',
        vi: 'Ở Illinois, trong vòng 14 ngày học kể từ khi quý vị yêu cầu đánh giá bằng văn bản, học khu phải cho quý vị biết bằng văn bản họ có đánh giá hay không: hoặc xin sự đồng ý của quý vị, hoặc từ chối và nêu lý do.',
        'zh-Hans':
          '在伊利诺伊州，学区必须在您提出书面评估申请后14个上学日内，以书面形式告知您是否进行评估：要么征求您的同意，要么拒绝并说明理由。',
        ar: 'في إلينوي، خلال 14 يومًا دراسيًا من طلبك الكتابي للتقييم، يجب على المنطقة التعليمية أن تبلغك كتابيًا بما إذا كانت ستُجري التقييم: فإما أن تطلب موافقتك، وإما أن ترفض وتبيّن السبب.',
      },
      count: 14,
      basis: 'school-days',
      basisText: '14 school days',
      trigger: { from: 'events', events: PARENT_WRITTEN_REQUEST },
      completedBy: REQUEST_ANSWERED_IN_WRITING,
      measuredTo: MEASURED_TO.requestAnswered,
      citation: '23 Ill. Admin. Code 226.110(c)',
      sourceUrl:
        'https://ilga.gov/commission/jcar/admincode/023/023002260B01100R.html ; https://samegoal.com/iep/g/support/online-guides/state-specific-guide/illinois/se-deadlines',
      status: 'confirmed-secondary',
    }),
    stateRule('IL', ideaInitialEvaluation, {
      summary: {
        en: 'In Illinois eligibility must be decided and the IEP meeting held within 60 school days of your consent; if fewer than 60 school days remain in the year, before the next school year starts.',
        es: 'En Illinois la elegibilidad debe decidirse y la reunión del IEP celebrarse dentro de los 60 días escolares siguientes a su consentimiento; si quedan menos de 60 días escolares en el año, antes de que empiece el siguiente año escolar.',
        vi: 'Ở Illinois, điều kiện hội đủ phải được quyết định và cuộc họp IEP phải được tổ chức trong vòng 60 ngày học kể từ khi quý vị đồng ý; nếu năm học còn ít hơn 60 ngày học, thì trước khi năm học tiếp theo bắt đầu.',
        'zh-Hans':
          '在伊利诺伊州，必须在您同意后60个上学日内决定资格并召开IEP会议；如果该学年剩余的上学日不足60天，则须在下一学年开始之前完成。',
        ar: 'في إلينوي يجب تقرير الأهلية وعقد اجتماع IEP خلال 60 يومًا دراسيًا من موافقتك؛ وإذا بقي في العام الدراسي أقل من 60 يومًا دراسيًا، فقبل بدء العام الدراسي التالي.',
      },
      count: 60,
      basis: 'school-days',
      basisText: '60 school days',
      yearEnd: {
        id: 'before-next-school-year',
        label: {
          en: 'fewer than 60 school days were left in the school year, so it is due the day before the next school year starts',
          es: 'quedaban menos de 60 días escolares en el año escolar, así que vence el día antes de que empiece el siguiente año escolar',
          vi: 'năm học chỉ còn ít hơn 60 ngày học, nên hạn chót là ngày trước khi năm học tiếp theo bắt đầu',
          'zh-Hans': '该学年剩余的上学日不足60天，因此截止日期为下一学年开始的前一天',
          ar: 'بقي في العام الدراسي أقل من 60 يومًا دراسيًا، لذا يحل الموعد في اليوم السابق لبدء العام الدراسي التالي',
        },
      },
      completedBy: IEP_DEVELOPED,
      measuredTo: MEASURED_TO.iepDeveloped,
      citation: '105 ILCS 5/14-8.02; 23 Ill. Admin. Code 226.110',
      sourceUrl: `https://www.isbe.net/Pages/Special-Education-Indicator-11.aspx ; ${datasetSource('https://www.ilga.gov/legislation/ilcs/fulltext.asp?DocName=010500050K14-8.02')}`,
      status: 'confirmed',
    }),
    stateRule('IL', ideaTransitionPlan, {
      summary: {
        en: 'In Illinois postsecondary goals and transition services start with the first IEP in effect when your child turns 14½.',
        es: 'En Illinois las metas para después de la secundaria y los servicios de transición empiezan con el primer IEP vigente cuando su hijo(a) cumple 14 años y medio.',
        vi: 'Ở Illinois, các mục tiêu sau trung học và dịch vụ chuyển tiếp bắt đầu từ IEP đầu tiên có hiệu lực khi con quý vị tròn 14 tuổi rưỡi.',
        'zh-Hans': '在伊利诺伊州，中学后目标和过渡服务从您的孩子年满14岁半时生效的第一份IEP开始。',
        ar: 'في إلينوي تبدأ أهداف ما بعد المرحلة الثانوية وخدمات الانتقال مع أول IEP يسري عند بلوغ طفلك 14 عامًا ونصف.',
      },
      count: 14.5,
      basisText: 'age 14½',
      // 14½ dates from P.A. 96-0187 (2009); P.A. 98-0517 and 103-0854 re-enacted (a-5) with the same age.
      citation: '105 ILCS 5/14-8.03(a-5) (P.A. 96-0187)',
      sourceUrl:
        'https://ilga.gov/legislation/ilcs/fulltext.asp?DocName=010500050K14-8.03 ; https://ilga.gov/ftp/Public%20Acts/96/096-0187.htm',
      status: 'confirmed',
    }),
    beforeIepMeeting('IL', {
      kind: 'meeting-notice',
      count: 10,
      basisText: '10 calendar days before the meeting',
      completedBy: MEETING_NOTICE_GIVEN,
      summary: {
        en: 'In Illinois the district is reported to have to notify you of an IEP meeting no later than 10 calendar days before it; only one secondary source was found and the statute’s text was not read.',
        es: 'En Illinois se informa que el distrito debe avisarle de una reunión del IEP a más tardar 10 días calendario antes; solo se encontró una fuente secundaria y no se leyó el texto de la ley.',
        vi: 'Ở Illinois, theo báo cáo, học khu phải thông báo cho quý vị về cuộc họp IEP chậm nhất 10 ngày lịch trước cuộc họp; chỉ tìm thấy một nguồn thứ cấp và chưa đọc được văn bản luật.',
        'zh-Hans': '据报道，在伊利诺伊州，学区最迟须在IEP会议前10个日历日通知您；只找到一个二手来源，未查阅法规原文。',
        ar: 'أُفيد بأن المنطقة التعليمية في إلينوي يجب أن تُخطرك باجتماع IEP قبل موعده بعشرة (10) أيام تقويمية على الأقل؛ ولم يُعثر إلا على مصدر ثانوي واحد، ولم يُطَّلع على نص القانون.',
      },
      citation: '105 ILCS 5/14-8.02(g) (not read)',
      sourceUrl:
        'https://samegoal.com/iep/g/support/online-guides/state-specific-guide/illinois/se-deadlines ; https://ilga.gov/legislation/ilcs/fulltext?DocName=010500050K14-19',
      status: 'unconfirmed',
    }),
  ],
};
