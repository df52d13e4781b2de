import { citationRecord } from './define-rule';
import type { CitationRecord, DeadlineRule, ReminderRule } from './deadline-rule';
import type { LocalizedText } from './rule-status';

/**
 * Section 504 (34 CFR Part 104), the ADA Amendments Act and the Office for Civil Rights. Section 504
 * has no federal day counts for evaluations, meetings or hearings (docs/legal-sources.md, Section 504); the only
 * number is OCR's 180-day filing window.
 */

export const ocrComplaintWindow: DeadlineRule = {
  id: 'ocr.ocr-complaint-window',
  kind: 'ocr-complaint-window',
  jurisdiction: 'US',
  source: 'ocr',
  summary: {
    en: 'A complaint to the Office for Civil Rights must generally be filed within 180 days of the discrimination (of the last act, if it continues); OCR may grant a waiver.',
    es: 'Una queja ante la Oficina de Derechos Civiles debe presentarse en general dentro de los 180 días siguientes a la discriminación (al último acto, si continúa); la OCR puede conceder una excepción.',
    vi: 'Khiếu nại gửi Văn phòng Dân quyền (OCR) nói chung phải được nộp trong vòng 180 ngày kể từ hành vi phân biệt đối xử (tính từ hành vi cuối cùng, nếu hành vi vẫn tiếp diễn); OCR có thể cho miễn giới hạn này.',
    'zh-Hans':
      '向民权办公室（OCR）提出的投诉一般必须在歧视发生后180天内提交（如果歧视仍在持续，则从最后一次行为起算）；OCR可以给予豁免。',
    ar: 'يجب عمومًا تقديم الشكوى إلى مكتب الحقوق المدنية (OCR) خلال 180 يومًا من وقوع التمييز (من آخر فعل إذا كان مستمرًا)؛ ويجوز لمكتب OCR منح إعفاء من هذه المهلة.',
  },
  count: 180,
  basis: 'calendar-days',
  basisText: '180 calendar days',
  trigger: { from: 'events', events: [{ type: 'discrimination-occurred' }] },
  completedBy: [{ type: 'ocr-complaint-filed' }],
  isCompletedOnlyByLaterEvent: false,
  isWhileIepInEffect: false,
  isWindow: true,
  obligedParty: 'family',
  // The contract's citation first, then the regulation: 100.7(b), which 104.61 applies to Section 504.
  citation: 'OCR complaint procedures (180 days): 34 CFR 100.7(b), applied by 104.61',
  sourceUrl:
    'https://www.law.cornell.edu/cfr/text/34/100.7 ; https://www2.ed.gov/about/offices/list/ocr/edlite-compres.html',
  status: 'confirmed',
};

export const SECTION504_DEADLINE_RULES: readonly DeadlineRule[] = [ocrComplaintWindow];

export const SECTION504_REMINDER_RULES: readonly ReminderRule[] = [
  {
    id: 'section504.plan-review',
    kind: 'plan-review',
    jurisdiction: 'US',
    source: 'section504',
    summary: {
      en: 'The 504 plan sets its own next review date. Section 504 requires periodic reevaluation but no interval, so this date is the plan’s promise, not a federal deadline.',
      es: 'El plan 504 fija su propia fecha de la próxima revisión. La Sección 504 exige una reevaluación periódica pero sin intervalo, así que esta fecha es el compromiso del plan, no un plazo federal.',
      vi: 'Kế hoạch 504 tự đặt ngày xem xét lại tiếp theo. Mục 504 đòi hỏi tái đánh giá định kỳ nhưng không quy định khoảng cách thời gian, vì vậy ngày này là cam kết của kế hoạch, không phải hạn chót liên bang.',
      'zh-Hans':
        '504计划会自行设定下一次审查日期。第504条要求定期重新评估，但没有规定间隔，因此这个日期是计划本身的承诺，而不是联邦截止日期。',
      ar: 'تحدد خطة 504 بنفسها موعد مراجعتها التالية. تشترط المادة 504 إعادة تقييم دورية دون تحديد فترة زمنية، لذا فهذا التاريخ التزامٌ في الخطة وليس موعدًا نهائيًا فيدراليًا.',
    },
    timing: {
      en: 'by the review date written in the plan',
      es: 'a más tardar en la fecha de revisión escrita en el plan',
      vi: 'trước ngày xem xét lại ghi trong kế hoạch',
      'zh-Hans': '在计划中写明的审查日期之前',
      ar: 'بحلول موعد المراجعة المكتوب في الخطة',
    },
    trigger: [{ type: 'plan-review-scheduled', where: { framework: ['504'] } }],
    // A later review decision, a newer version's review date, or the end of the plan answers it.
    resolvedBy: [
      { type: 'eligibility-determined', where: { framework: ['504'] } },
      { type: 'plan-review-scheduled', where: { framework: ['504'] } },
      { type: 'plan-ended', where: { framework: ['504'] } },
    ],
    isResolvedOnlyByLaterEvent: true,
    dueField: 'reviewDate',
    citation: '34 CFR 104.35(d)',
    sourceUrl: 'https://www.law.cornell.edu/cfr/text/34/104.35',
    status: 'confirmed',
  },
  {
    id: 'section504.periodic-reevaluation',
    kind: 'periodic-reevaluation',
    jurisdiction: 'US',
    source: 'section504',
    summary: {
      en: 'A 504 plan must be reevaluated periodically and before any significant change of placement. Federal law sets no interval; many districts review yearly and reevaluate every 3 years by policy.',
      es: 'Un plan 504 debe reevaluarse periódicamente y antes de cualquier cambio importante de ubicación. La ley federal no fija un intervalo; muchos distritos lo revisan cada año y reevalúan cada 3 años por política propia.',
      vi: 'Kế hoạch 504 phải được tái đánh giá định kỳ và trước mọi thay đổi đáng kể về nơi xếp học. Luật liên bang không quy định khoảng cách thời gian; theo chính sách, nhiều học khu xem xét lại hằng năm và tái đánh giá 3 năm một lần.',
      'zh-Hans':
        '504计划必须定期重新评估，并在安置发生任何重大变更之前重新评估。联邦法律没有规定间隔；许多学区按政策每年审查一次，每3年重新评估一次。',
      ar: 'يجب إعادة تقييم خطة 504 دوريًا وقبل أي تغيير جوهري في المكان التعليمي. لا يحدد القانون الفيدرالي فترة زمنية؛ وكثير من المناطق التعليمية تراجعها سنويًا وتعيد التقييم كل 3 سنوات وفق سياستها.',
    },
    timing: {
      en: 'periodically (no federal interval)',
      es: 'periódicamente (sin intervalo federal)',
      vi: 'định kỳ (luật liên bang không quy định khoảng cách)',
      'zh-Hans': '定期（联邦法律未规定间隔）',
      ar: 'دوريًا (دون فترة فيدرالية محددة)',
    },
    trigger: [{ type: 'plan-started', where: { framework: ['504'] } }],
    resolvedBy: [],
    citation: '34 CFR 104.35(d)',
    sourceUrl: 'https://www.law.cornell.edu/cfr/text/34/104.35',
    status: 'confirmed',
  },
];

const cite = (
  id: string,
  source: 'section504' | 'ocr',
  citation: string,
  text: LocalizedText,
  status: CitationRecord['status'],
  url: string,
) => citationRecord('US', source, id, citation, text, status, url);

export const SECTION504_CITATIONS: readonly CitationRecord[] = [
  cite(
    'section504.disability',
    'section504',
    '34 CFR 104.3(j)',
    {
      en: 'A person with a disability has, has a record of, or is regarded as having an impairment that substantially limits a major life activity.',
      es: 'Una persona con discapacidad tiene, tuvo o se considera que tiene una condición que limita sustancialmente una actividad importante de la vida.',
      vi: 'Người khuyết tật là người có, từng có hồ sơ về, hoặc bị xem là có một khiếm khuyết làm hạn chế đáng kể một hoạt động sống chính.',
      'zh-Hans': '残障人士是指患有、曾有记录患有或被视为患有严重限制某项主要生活活动的障碍的人。',
      ar: 'الشخص ذو الإعاقة هو من لديه، أو لديه سجل يثبت، أو يُعتبر أن لديه اعتلالًا يحدّ بشكل كبير من نشاط حياتي رئيسي.',
    },
    'confirmed',
    'https://alternative.mpls.k12.mn.us/25May2005.html',
  ),
  cite(
    'section504.qualified-student',
    'section504',
    '34 CFR 104.3(l)',
    {
      en: 'For school services, “qualified” follows the ages at which the state serves children (34 CFR 104.3(l)(2)).',
      es: 'Para los servicios escolares, “calificado” sigue las edades en que el estado atiende a los niños (34 CFR 104.3(l)(2)).',
      vi: 'Đối với dịch vụ của trường, “đủ tiêu chuẩn” dựa theo độ tuổi mà tiểu bang phục vụ trẻ em (34 CFR 104.3(l)(2)).',
      'zh-Hans': '就学校服务而言，“合格”以州为儿童提供服务的年龄为准（34 CFR 104.3(l)(2)）。',
      ar: 'بالنسبة إلى الخدمات المدرسية، يتبع وصف “المؤهل” الأعمارَ التي تخدم فيها الولاية الأطفال (34 CFR 104.3(l)(2)).',
    },
    'confirmed',
    'https://www.law.cornell.edu/cfr/text/34/104.3',
  ),
  cite(
    'section504.coordinator-grievance',
    'section504',
    '34 CFR 104.7',
    {
      en: 'A district with 15 or more employees names a 504 coordinator and has a grievance procedure for prompt, fair resolution.',
      es: 'Un distrito con 15 o más empleados designa un coordinador 504 y tiene un procedimiento de quejas para una solución rápida y justa.',
      vi: 'Học khu có từ 15 nhân viên trở lên phải chỉ định một điều phối viên 504 và có quy trình giải quyết khiếu nại nhanh chóng, công bằng.',
      'zh-Hans': '拥有15名或以上员工的学区须指定一名504协调员，并设立申诉程序，以迅速、公平地解决问题。',
      ar: 'تعيّن المنطقة التعليمية التي لديها 15 موظفًا أو أكثر منسقًا للمادة 504، وتعتمد إجراءً للتظلم يضمن حلًا سريعًا ومنصفًا.',
    },
    'confirmed',
    'https://www.law.cornell.edu/cfr/text/34/104.7',
  ),
  cite(
    'section504.child-find',
    'section504',
    '34 CFR 104.32',
    {
      en: 'Each year the district tries to find every student with a disability who is not receiving a public education.',
      es: 'Cada año el distrito intenta localizar a todos los estudiantes con discapacidad que no reciben educación pública.',
      vi: 'Mỗi năm học khu tìm cách phát hiện mọi học sinh khuyết tật chưa được hưởng giáo dục công lập.',
      'zh-Hans': '学区每年都要设法找到每一位没有接受公立教育的残障学生。',
      ar: 'تسعى المنطقة التعليمية كل عام إلى إيجاد كل طالب ذي إعاقة لا يتلقى تعليمًا عامًا.',
    },
    'confirmed',
    'http://policies.wauwatosa.k12.wi.us/home/administrative_guidelines/2000_program/2260a-admguide_federal-regulations-for-section-504',
  ),
  cite(
    'section504.fape',
    'section504',
    '34 CFR 104.33',
    {
      en: 'A free appropriate public education for each qualified student; carrying out an IEP is one way to provide it.',
      es: 'Una educación pública gratuita y apropiada para cada estudiante calificado; aplicar un IEP es una forma de proporcionarla.',
      vi: 'Giáo dục công lập miễn phí và thích hợp cho mỗi học sinh đủ tiêu chuẩn; thực hiện một IEP là một cách để cung cấp điều đó.',
      'zh-Hans': '为每位合格学生提供免费适当公立教育；执行IEP是提供这种教育的一种方式。',
      ar: 'التعليم العام المجاني المناسب لكل طالب مؤهل؛ وتنفيذ IEP إحدى طرق توفيره.',
    },
    'confirmed',
    'http://southwestada.org/html/topical/k12/fape.html',
  ),
  cite(
    'section504.educational-setting',
    'section504',
    '34 CFR 104.34',
    {
      en: 'Students are educated with non-disabled peers to the maximum extent appropriate.',
      es: 'Los estudiantes se educan con compañeros sin discapacidad en la mayor medida apropiada.',
      vi: 'Học sinh được học cùng các bạn không khuyết tật ở mức tối đa phù hợp.',
      'zh-Hans': '学生在最大适当程度上与非残障同伴一起接受教育。',
      ar: 'يتلقى الطلاب تعليمهم مع أقرانهم غير ذوي الإعاقة إلى أقصى حد مناسب.',
    },
    'confirmed',
    'https://www.law.cornell.edu/cfr/text/45/84.34',
  ),
  cite(
    'section504.evaluation',
    'section504',
    '34 CFR 104.35(a)',
    {
      en: 'A student who needs or is believed to need special education or related services is evaluated before initial placement and before a significant change in placement.',
      es: 'Un estudiante que necesita o se cree que necesita educación especial o servicios relacionados se evalúa antes de la primera ubicación y antes de un cambio importante de ubicación.',
      vi: 'Học sinh cần hoặc được cho là cần giáo dục đặc biệt hoặc dịch vụ liên quan phải được đánh giá trước khi xếp học lần đầu và trước mọi thay đổi đáng kể về nơi xếp học.',
      'zh-Hans': '需要或被认为需要特殊教育或相关服务的学生，须在首次安置之前以及安置发生重大变更之前接受评估。',
      ar: 'يُقيَّم الطالب الذي يحتاج، أو يُعتقد أنه يحتاج، إلى التعليم الخاص أو الخدمات ذات الصلة قبل إلحاقه الأول وقبل أي تغيير جوهري في مكانه التعليمي.',
    },
    'confirmed',
    'https://www.law.cornell.edu/cfr/text/34/104.35',
  ),
  cite(
    'section504.evaluation-procedures',
    'section504',
    '34 CFR 104.35(b)',
    {
      en: 'Tests are validated, given by trained staff, tailored to specific needs, and not a single IQ score.',
      es: 'Las pruebas están validadas, las aplica personal capacitado, se adaptan a necesidades específicas y no se limitan a un cociente intelectual.',
      vi: 'Các bài kiểm tra phải được thẩm định, do nhân viên được đào tạo thực hiện, phù hợp với nhu cầu cụ thể, và không chỉ dựa vào một điểm IQ duy nhất.',
      'zh-Hans': '测试须经过验证，由受过培训的人员实施，针对具体需要，而且不能只凭单一的智商分数。',
      ar: 'تكون الاختبارات مُصادَقًا عليها، ويجريها موظفون مدرَّبون، ومصممة للاحتياجات المحددة، ولا تقتصر على درجة ذكاء واحدة.',
    },
    'confirmed',
    'https://www.law.cornell.edu/cfr/text/34/104.35',
  ),
  cite(
    'section504.placement-decisions',
    'section504',
    '34 CFR 104.35(c)',
    {
      en: 'Placement decisions draw on varied, documented sources and are made by a knowledgeable group.',
      es: 'Las decisiones de ubicación se basan en fuentes variadas y documentadas y las toma un grupo con conocimiento.',
      vi: 'Quyết định xếp học dựa trên nhiều nguồn thông tin khác nhau, có ghi chép, và do một nhóm người am hiểu đưa ra.',
      'zh-Hans': '安置决定须参考多种有记录的信息来源，并由一组了解情况的人员作出。',
      ar: 'تستند قرارات المكان التعليمي إلى مصادر متنوعة وموثقة، وتتخذها مجموعة من المطّلعين.',
    },
    'confirmed',
    'https://www.law.cornell.edu/cfr/text/34/104.35',
  ),
  cite(
    'section504.periodic-reevaluation',
    'section504',
    '34 CFR 104.35(d)',
    {
      en: 'Periodic reevaluation; an IDEA-consistent schedule is one way to comply.',
      es: 'Reevaluación periódica; un calendario como el de IDEA es una forma de cumplir.',
      vi: 'Tái đánh giá định kỳ; một lịch trình phù hợp với IDEA là một cách để tuân thủ.',
      'zh-Hans': '定期重新评估；采用与IDEA一致的时间表是一种合规方式。',
      ar: 'إعادة تقييم دورية؛ واتباع جدول زمني متوافق مع IDEA إحدى طرق الامتثال.',
    },
    'confirmed-secondary',
    'http://sss.usf.edu/resources/topic/section504/504course/Module3/Reevaluation.html',
  ),
  cite(
    'section504.procedural-safeguards',
    'section504',
    '34 CFR 104.36',
    {
      en: 'Notice, a chance to see records, an impartial hearing with counsel, and a review procedure.',
      es: 'Aviso, oportunidad de ver los expedientes, una audiencia imparcial con abogado y un procedimiento de revisión.',
      vi: 'Thông báo, cơ hội xem hồ sơ, một phiên điều trần công bằng có luật sư, và một thủ tục xem xét lại.',
      'zh-Hans': '通知、查阅记录的机会、有律师参与的公正听证，以及复审程序。',
      ar: 'الإشعار، وفرصة الاطلاع على السجلات، وجلسة استماع محايدة مع محامٍ، وإجراء للمراجعة.',
    },
    'confirmed',
    'http://cfr.laws-info.com/text/34/104/36',
  ),
  cite(
    'section504.ada-definition',
    'section504',
    '42 U.S.C. 12102',
    {
      en: 'The ADA Amendments Act: broad coverage, mitigating measures disregarded, episodic conditions included.',
      es: 'La Ley de Enmiendas de la ADA: cobertura amplia, sin tener en cuenta medidas atenuantes, incluye condiciones episódicas.',
      vi: 'Đạo luật sửa đổi ADA: phạm vi áp dụng rộng, không xét đến các biện pháp giảm nhẹ, bao gồm cả các tình trạng từng đợt.',
      'zh-Hans': '《美国残疾人法修正案》：覆盖范围广，不考虑缓解措施，间歇性病症也包括在内。',
      ar: 'قانون تعديلات ADA: تغطية واسعة، ولا تُراعى التدابير المخففة، وتُشمل الحالات المتقطعة.',
    },
    'confirmed',
    'https://www.corada.com/documents/q-and-a-ada-amendments-act-for-students-with-disabilities/q4-how-does-the-amendments-act-alter-coverage-under-section-504-and-title-ii',
  ),
  cite(
    'ocr.complaint-regulation',
    'ocr',
    '34 CFR 100.7(b)',
    {
      en: 'The regulation behind the 180-day OCR rule, applied to Section 504 by 34 CFR 104.61.',
      es: 'El reglamento en que se basa la regla de 180 días de la OCR, aplicado a la Sección 504 por 34 CFR 104.61.',
      vi: 'Quy định làm cơ sở cho quy tắc 180 ngày của OCR, được áp dụng cho Mục 504 theo 34 CFR 104.61.',
      'zh-Hans': 'OCR的180天规则所依据的法规，通过34 CFR 104.61适用于第504条。',
      ar: 'اللائحة التي تستند إليها قاعدة الـ180 يومًا لدى OCR، وتُطبَّق على المادة 504 بموجب 34 CFR 104.61.',
    },
    'confirmed',
    'https://www.law.cornell.edu/cfr/text/34/100.7',
  ),
  cite(
    'ocr.waiver',
    'ocr',
    'OCR Case Processing Manual (timeliness waiver)',
    {
      en: 'A late complainant may ask OCR for a waiver and must explain the delay.',
      es: 'Quien presenta una queja tarde puede pedir a la OCR una excepción y debe explicar el retraso.',
      vi: 'Người khiếu nại nộp trễ có thể xin OCR miễn giới hạn và phải giải thích lý do chậm trễ.',
      'zh-Hans': '逾期投诉人可以请求OCR给予豁免，但必须说明延误的原因。',
      ar: 'يجوز لمقدم الشكوى المتأخر أن يطلب من OCR إعفاءً، وعليه أن يشرح سبب التأخير.',
    },
    'confirmed',
    'https://www2.ed.gov/about/offices/list/ocr/edlite-compres.html',
  ),
  cite(
    'ocr.after-grievance',
    'ocr',
    'OCR Case Processing Manual (60 days after a grievance)',
    {
      en: 'If you used the school’s grievance process, file with OCR within 60 days after it ends.',
      es: 'Si usó el procedimiento de quejas de la escuela, presente la queja ante la OCR dentro de los 60 días siguientes a su final.',
      vi: 'Nếu quý vị đã dùng quy trình giải quyết khiếu nại của trường, hãy nộp khiếu nại lên OCR trong vòng 60 ngày sau khi quy trình đó kết thúc.',
      'zh-Hans': '如果您已使用学校的申诉程序，请在该程序结束后60天内向OCR提出投诉。',
      ar: 'إذا استخدمت إجراء التظلم في المدرسة، فقدّم شكواك إلى OCR خلال 60 يومًا من انتهائه.',
    },
    'confirmed-secondary',
    'https://aclu-ia.org/en/how-file-complaint-us-department-education-office-civil-rights',
  ),
  cite(
    'ocr.missing-information',
    'ocr',
    'OCR complaint procedures (20 days to respond)',
    {
      en: 'If OCR asks for more information, you have 20 calendar days to answer unless you ask for more time.',
      es: 'Si la OCR pide más información, tiene 20 días calendario para responder salvo que pida más tiempo.',
      vi: 'Nếu OCR yêu cầu thêm thông tin, quý vị có 20 ngày lịch để trả lời, trừ khi quý vị xin thêm thời gian.',
      'zh-Hans': '如果OCR要求提供更多信息，您有20个日历日的时间答复，除非您申请延长时间。',
      ar: 'إذا طلب OCR مزيدًا من المعلومات، فأمامك 20 يومًا تقويميًا للرد، ما لم تطلب مهلة إضافية.',
    },
    'confirmed',
    'https://www2.ed.gov/about/offices/list/ocr/edlite-compres.html',
  ),
];
