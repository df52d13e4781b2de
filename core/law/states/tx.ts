import { beforeIepMeeting, MEETING_DOCUMENTS_PROVIDED } from '../before-meeting';
import { stateRule } from '../define-rule';
import {
  EVALUATION_DONE,
  INITIAL_EVALUATION_DONE,
  MEASURED_TO,
  PARENT_WRITTEN_REQUEST,
  REQUEST_ANSWERED_IN_WRITING,
} from '../event-matches';
import { ideaInitialEvaluation, ideaInitialIepMeeting, ideaTransitionPlan } from '../idea';
import { DATASET_URL } from '../state-rules';
import type { StateRules } from '../state-rules';

/**
 * Texas: 15 school days to answer a parent's written request (19 TAC 89.1011(b)); 45 school days
 * from consent to the written report (FIIE), with the June 30 rule; summer days are not school days.
 * The ARD meeting is due 30 calendar days after the report, moved to the first day of classes when
 * that day falls in summer, or to the 15th school day of the next year when consent came 35–44
 * school days before the last day (TEC 29.004(a-1)); confirmed through the ESC's Legal Framework,
 * a secondary source (docs/decisions/0002, D10; 0015). The report reaches the parent 5 school days
 * before the initial ARD meeting (one source; decision 0029).
 */
export const texas: StateRules = {
  code: 'TX',
  deadlineRules: [
    stateRule('TX', ideaInitialEvaluation, {
      summary: {
        en: 'In Texas the written evaluation report is due within 45 school days of the district receiving your signed consent (longer if your child misses 3 or more school days); consent 35–44 school days before the last day of school moves it to 30 June.',
        es: 'En Texas el informe escrito de evaluación vence dentro de los 45 días escolares siguientes a que el distrito reciba su consentimiento firmado (más si su hijo(a) falta 3 o más días); un consentimiento recibido entre 35 y 44 días escolares antes del último día de clases lo pasa al 30 de junio.',
        vi: 'Ở Texas, báo cáo đánh giá bằng văn bản đến hạn trong vòng 45 ngày học kể từ khi học khu nhận được sự đồng ý có chữ ký của quý vị (lâu hơn nếu con quý vị nghỉ học từ 3 ngày trở lên); nếu sự đồng ý được đưa ra 35–44 ngày học trước ngày học cuối cùng, hạn chót dời sang ngày 30 tháng 6.',
        'zh-Hans':
          '在得克萨斯州，书面评估报告应在学区收到您签名的同意书后45个上学日内完成（如果您的孩子缺课3天或以上，则期限更长）；如果同意是在最后一个上学日之前35–44个上学日给出的，截止日期改为6月30日。',
        ar: 'في تكساس يستحق تقرير التقييم المكتوب خلال 45 يومًا دراسيًا من استلام المنطقة التعليمية موافقتك الموقَّعة (أطول إذا غاب طفلك 3 أيام دراسية أو أكثر)؛ وإذا جاءت الموافقة قبل آخر يوم دراسي بـ35–44 يومًا دراسيًا، ينتقل الموعد إلى 30 يونيو.',
      },
      count: 45,
      basis: 'school-days',
      basisText: '45 school days',
      yearEnd: {
        id: 'june-30',
        minDaysLeft: 35,
        label: {
          en: 'consent came 35 to 44 school days before the last day of school, so the report is due 30 June',
          es: 'el consentimiento llegó entre 35 y 44 días escolares antes del último día de clases, así que el informe vence el 30 de junio',
          vi: 'sự đồng ý được đưa ra từ 35 đến 44 ngày học trước ngày học cuối cùng, nên báo cáo đến hạn vào ngày 30 tháng 6',
          'zh-Hans': '同意是在最后一个上学日之前35至44个上学日给出的，因此报告截止日期为6月30日',
          ar: 'جاءت الموافقة قبل آخر يوم دراسي بـ35 إلى 44 يومًا دراسيًا، لذا يستحق التقرير في 30 يونيو',
        },
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.report,
      citation: 'Tex. Educ. Code 29.004; 19 TAC 89.1011',
      sourceUrl: `https://capitol.texas.gov/tlodocs/83R/billtext/html/SB00816E.htm ; https://sites.google.com/ferrisisd.org/sped-resources/referral-process/consent-for-initial-evaluation/timeline-for-conducting-initial-evaluations ; ${DATASET_URL}`,
      status: 'confirmed',
    }),
    stateRule('TX', ideaInitialIepMeeting, {
      summary: {
        en: 'In Texas the ARD committee must meet to decide eligibility and, if your child is eligible, the IEP within 30 calendar days of the written evaluation report. If the 30th day falls in summer, it may wait until the first day of classes in the fall (unless your child needs extended school year services); if consent came 35 to 44 school days before the last day of school, it must meet by the 15th school day of the next school year. You get the report at least 5 school days before the meeting.',
        es: 'En Texas el comité ARD debe reunirse para decidir la elegibilidad y, si su hijo(a) es elegible, el IEP dentro de los 30 días calendario siguientes al informe escrito de evaluación. Si el día 30 cae en verano, puede esperar hasta el primer día de clases del otoño (salvo que su hijo(a) necesite servicios del año escolar extendido); si el consentimiento llegó entre 35 y 44 días escolares antes del último día de clases, debe reunirse a más tardar el 15.º día escolar del año siguiente. Usted recibe el informe al menos 5 días escolares antes de la reunión.',
        vi: 'Ở Texas, ủy ban ARD phải họp để quyết định điều kiện hội đủ và, nếu con quý vị hội đủ điều kiện, quyết định IEP trong vòng 30 ngày lịch kể từ khi có báo cáo đánh giá bằng văn bản. Nếu ngày thứ 30 rơi vào mùa hè, cuộc họp có thể chờ đến ngày học đầu tiên của mùa thu (trừ khi con quý vị cần dịch vụ năm học kéo dài); nếu sự đồng ý được đưa ra 35 đến 44 ngày học trước ngày học cuối cùng, ủy ban phải họp chậm nhất vào ngày học thứ 15 của năm học tiếp theo. Quý vị nhận được báo cáo ít nhất 5 ngày học trước cuộc họp.',
        'zh-Hans':
          '在得克萨斯州，ARD委员会必须在书面评估报告完成后30个日历日内开会，决定资格以及（如果您的孩子符合资格）IEP。如果第30天落在暑假，会议可以推迟到秋季第一天上课时举行（除非您的孩子需要延长学年服务）；如果同意是在最后一个上学日之前35至44个上学日给出的，委员会必须最迟在下一学年第15个上学日开会。您至少会在会议前5个上学日收到报告。',
        ar: 'في تكساس يجب أن تجتمع لجنة ARD لتقرير الأهلية، وIEP إذا كان طفلك مؤهلًا، خلال 30 يومًا تقويميًا من تقرير التقييم المكتوب. وإذا وقع اليوم الثلاثون (30) في الصيف، يجوز تأجيل الاجتماع إلى أول يوم دراسي في الخريف (ما لم يحتج طفلك إلى خدمات العام الدراسي الممتد)؛ وإذا جاءت الموافقة قبل آخر يوم دراسي بـ35 إلى 44 يومًا دراسيًا، يجب أن تجتمع اللجنة بحلول اليوم الدراسي الخامس عشر (15) من العام الدراسي التالي. وتحصل على التقرير قبل الاجتماع بخمسة (5) أيام دراسية على الأقل.',
      },
      trigger: { from: 'events', events: INITIAL_EVALUATION_DONE },
      completedBy: [{ type: 'iep-meeting-held' }, { type: 'eligibility-determined', where: { framework: ['idea'] } }],
      yearEnd: {
        id: 'summer-to-next-year',
        consentMinDaysLeft: 35,
        consentMaxDaysLeft: 44,
        nextYearSchoolDay: 15,
        label: {
          en: 'the 30th day falls in summer, so the meeting is due on the first day of classes of the next school year (earlier if your child needs extended school year services)',
          es: 'el día 30 cae en verano, así que la reunión vence el primer día de clases del siguiente año escolar (antes si su hijo(a) necesita servicios del año escolar extendido)',
          vi: 'ngày thứ 30 rơi vào mùa hè, nên cuộc họp đến hạn vào ngày học đầu tiên của năm học tiếp theo (sớm hơn nếu con quý vị cần dịch vụ năm học kéo dài)',
          'zh-Hans': '第30天落在暑假，因此会议应在下一学年第一天上课时举行（如果您的孩子需要延长学年服务，则应更早）',
          ar: 'وقع اليوم الثلاثون (30) في الصيف، لذا يستحق الاجتماع في أول يوم دراسي من العام الدراسي التالي (أو قبل ذلك إذا احتاج طفلك إلى خدمات العام الدراسي الممتد)',
        },
        nextYearLabel: {
          en: 'consent came 35 to 44 school days before the last day of school, so the meeting is due by the 15th school day of the next school year',
          es: 'el consentimiento llegó entre 35 y 44 días escolares antes del último día de clases, así que la reunión vence a más tardar el 15.º día escolar del siguiente año escolar',
          vi: 'sự đồng ý được đưa ra từ 35 đến 44 ngày học trước ngày học cuối cùng, nên cuộc họp đến hạn chậm nhất vào ngày học thứ 15 của năm học tiếp theo',
          'zh-Hans': '同意是在最后一个上学日之前35至44个上学日给出的，因此会议最迟应在下一学年第15个上学日举行',
          ar: 'جاءت الموافقة قبل آخر يوم دراسي بـ35 إلى 44 يومًا دراسيًا، لذا يستحق الاجتماع بحلول اليوم الدراسي الخامس عشر (15) من العام الدراسي التالي',
        },
      },
      measuredTo: {
        en: 'the ARD committee has met and decided eligibility and, if eligible, the IEP',
        es: 'el comité ARD se ha reunido y ha decidido la elegibilidad y, si hay elegibilidad, el IEP',
        vi: 'ủy ban ARD đã họp và quyết định điều kiện hội đủ và, nếu hội đủ điều kiện, quyết định IEP',
        'zh-Hans': 'ARD委员会已开会，决定了资格以及（如果符合资格）IEP',
        ar: 'اجتمعت لجنة ARD وقررت الأهلية، وIEP إذا كان الطفل مؤهلًا',
      },
      citation: 'Tex. Educ. Code 29.004(a-1); 19 TAC 89.1011',
      sourceUrl:
        'https://sites.google.com/ferrisisd.org/sped-resources/ardc-meetings ; https://fw.escapps.net/node/3808 ; https://capitol.texas.gov/tlodocs/83R/billtext/html/SB00816E.htm',
      status: 'confirmed-secondary',
    }),
    stateRule('TX', ideaInitialEvaluation, {
      kind: 'evaluation-request-response',
      summary: {
        en: 'In Texas, when you ask in writing for an evaluation (to the special education director or a district administrator such as the principal), the district must, by the 15th school day, give you prior written notice either proposing the evaluation, with a consent form, or refusing it.',
        es: 'En Texas, cuando usted pide por escrito una evaluación (al director de educación especial o a un administrador del distrito, como el director de la escuela), el distrito debe, a más tardar el 15.º día escolar, darle un aviso previo por escrito que proponga la evaluación, con un formulario de consentimiento, o que la rechace.',
        vi: 'Ở Texas, khi quý vị yêu cầu đánh giá bằng văn bản (gửi giám đốc giáo dục đặc biệt hoặc một viên chức quản lý của học khu như hiệu trưởng), chậm nhất vào ngày học thứ 15, học khu phải gửi cho quý vị thông báo trước bằng văn bản, hoặc đề xuất đánh giá kèm mẫu đồng ý, hoặc từ chối đánh giá.',
        'zh-Hans':
          '在得克萨斯州，当您以书面形式（向特殊教育主任或校长等学区管理人员）申请评估时，学区必须最迟在第15个上学日向您发出事先书面通知，要么提议评估并附上同意书，要么拒绝评估。',
        ar: 'في تكساس، عندما تطلب التقييم كتابيًا (من مدير التعليم الخاص أو من أحد إداريي المنطقة التعليمية مثل مدير المدرسة)، يجب على المنطقة التعليمية بحلول اليوم الدراسي الخامس عشر (15) أن ترسل إليك إشعارًا كتابيًا مسبقًا إما يقترح التقييم مع نموذج الموافقة، وإما يرفضه.',
      },
      count: 15,
      basis: 'school-days',
      basisText: '15 school days',
      trigger: { from: 'events', events: PARENT_WRITTEN_REQUEST },
      completedBy: REQUEST_ANSWERED_IN_WRITING,
      measuredTo: MEASURED_TO.requestAnswered,
      citation: '19 TAC 89.1011(b)',
      sourceUrl:
        'https://texreg.sos.state.tx.us/public/readtac$ext.TacPage?sl=R&app=9&p_dir=&p_rloc=&p_tloc=&p_ploc=&pg=1&p_tac=&ti=19&pt=2&ch=89&rl=1011 ; https://regulations.justia.com/states/texas/title-19/part-2/chapter-89/subchapter-aa/division-5/section-89-1011',
      status: 'confirmed',
    }),
    beforeIepMeeting('TX', {
      kind: 'meeting-documents',
      count: 5,
      basis: 'school-days',
      basisText: '5 school days before the meeting',
      purposes: ['initial'],
      completedBy: MEETING_DOCUMENTS_PROVIDED,
      summary: {
        en: 'In Texas you must get the written evaluation report at least 5 school days before the initial ARD meeting. Binder dates it for an IEP (ARD) meeting scheduled as the initial one; one source only.',
        es: 'En Texas usted debe recibir el informe escrito de evaluación al menos 5 días escolares antes de la reunión ARD inicial. Binder lo fecha para una reunión del IEP (ARD) programada como la inicial; una sola fuente.',
        vi: 'Ở Texas, quý vị phải nhận được báo cáo đánh giá bằng văn bản ít nhất 5 ngày học trước cuộc họp ARD đầu tiên. Binder tính ngày này cho cuộc họp IEP (ARD) được lên lịch là cuộc họp đầu tiên; chỉ có một nguồn.',
        'zh-Hans':
          '在得克萨斯州，您必须至少在首次ARD会议前5个上学日收到书面评估报告。Binder为安排为首次会议的IEP（ARD）会议计算这个日期；只有一个来源。',
        ar: 'في تكساس يجب أن تحصل على تقرير التقييم المكتوب قبل اجتماع ARD الأول بخمسة (5) أيام دراسية على الأقل. يحدد Binder هذا التاريخ لاجتماع IEP (ARD) المقرر بوصفه الاجتماع الأول؛ وذلك وفق مصدر واحد فقط.',
      },
      citation: '19 TAC 89.1011',
      sourceUrl: 'https://fw.escapps.net/node/3808',
      status: 'unconfirmed',
    }),
    stateRule('TX', ideaTransitionPlan, {
      summary: {
        en: 'In Texas transition planning must begin no later than age 14.',
        es: 'En Texas la planificación de la transición debe comenzar a más tardar a los 14 años.',
        vi: 'Ở Texas, việc lập kế hoạch chuyển tiếp phải bắt đầu chậm nhất khi con 14 tuổi.',
        'zh-Hans': '在得克萨斯州，过渡规划最迟必须在14岁时开始。',
        ar: 'في تكساس يجب أن يبدأ التخطيط للانتقال في موعد أقصاه سن 14.',
      },
      count: 14,
      basisText: 'age 14',
      citation: 'Tex. Educ. Code 29.0111',
      sourceUrl: 'https://texas.public.law/statutes/tex._educ._code_section_29.0111',
      status: 'confirmed',
    }),
  ],
};
