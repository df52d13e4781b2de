import type { LetterInputOf } from '../schemas/letters';
import { cited, ownWords, t } from './letter-draft';
import type { LetterDraft, LetterText, Sentence } from './letter-draft';
import { contactSentences, introSentence, longDate } from './letter-phrases';

function topicsParagraph(topics: string | undefined): Sentence[] {
  const words = ownWords(topics);
  if (words.length === 0) return [];
  return [
    {
      text: t(
        'I would like the team to discuss the following:',
        'Me gustaría que el equipo tratara lo siguiente:',
        'Tôi muốn nhóm thảo luận những vấn đề sau:',
        '我希望团队讨论以下事项：',
        'أود أن يناقش الفريق ما يلي:',
      ),
    },
    ...words,
  ];
}

const SUGGEST_DATES: LetterText = t(
  'Please suggest a few dates and times that work for the team.',
  'Le ruego que me proponga algunas fechas y horas que convengan al equipo.',
  'Xin vui lòng đề xuất một vài ngày giờ thuận tiện cho nhóm.',
  '请提出几个适合团队的日期和时间。',
  'أرجو أن تقترحوا بعض المواعيد والأوقات المناسبة للفريق.',
);

/** A parent's request for an IEP meeting (34 CFR 300.324(b)(1), 300.322). */
export function iepMeetingRequest(input: LetterInputOf<'iep-meeting-request'>): LetterDraft {
  const student = input.student.name;
  const lastOn = input.lastMeetingDate === undefined ? undefined : longDate(input.lastMeetingDate);
  const last: Sentence[] =
    lastOn === undefined
      ? []
      : [
          {
            text: t(
              `The last IEP meeting was held on ${lastOn.en}.`,
              `La última reunión del IEP se celebró el ${lastOn.es}.`,
              `Cuộc họp IEP gần đây nhất được tổ chức vào ${lastOn.vi}.`,
              `上一次 IEP 会议于${lastOn['zh-Hans']}举行。`,
              `عُقد آخر اجتماع لـ IEP في ${lastOn.ar}.`,
            ),
          },
        ];
  return {
    subject: t(
      `Request for an IEP meeting — ${student}`,
      `Solicitud de una reunión del IEP — ${student}`,
      `Yêu cầu họp IEP — ${student}`,
      `申请召开 IEP 会议 — ${student}`,
      `طلب عقد اجتماع IEP — ${student}`,
    ),
    paragraphs: [
      [
        introSentence(input),
        {
          text: t(
            `I am writing to ask for a meeting of ${student}’s IEP team.`,
            `Le escribo para solicitar una reunión del equipo del IEP de ${student}.`,
            `Tôi viết thư này để đề nghị một cuộc họp của nhóm IEP của ${student}.`,
            `我写信申请召开 ${student} 的 IEP 团队会议。`,
            `أكتب إليكم لأطلب عقد اجتماع لفريق IEP الخاص بـ ${student}.`,
          ),
        },
      ],
      topicsParagraph(input.meetingTopics),
      [
        cited(
          t(
            'The team must review the IEP periodically, and not less than annually, and revise it as appropriate to address any lack of expected progress, the results of any reevaluation, information the parents provide, and the child’s anticipated needs.',
            'El equipo debe revisar el IEP periódicamente, y al menos una vez al año, y modificarlo según corresponda para atender la falta de progreso esperado, los resultados de cualquier reevaluación, la información que aporten los padres y las necesidades previstas del niño.',
            'Nhóm phải xem xét IEP định kỳ, ít nhất mỗi năm một lần, và điều chỉnh khi cần để giải quyết việc trẻ không đạt tiến bộ như mong đợi, kết quả của bất kỳ cuộc tái đánh giá nào, thông tin do phụ huynh cung cấp và các nhu cầu dự kiến của trẻ.',
            '团队必须定期审查 IEP，至少每年一次，并视情况加以修订，以应对儿童未取得预期进展的情况、任何重新评估的结果、家长提供的信息以及儿童预期的需要。',
            'يجب على الفريق مراجعة IEP بشكل دوري، مرة واحدة في السنة على الأقل، وتعديله حسب الاقتضاء لمعالجة أي نقص في التقدم المتوقع، ونتائج أي إعادة تقييم، والمعلومات التي يقدمها الوالدان، واحتياجات الطفل المتوقعة.',
          ),
          '34 CFR 300.324(b)(1)',
        ),
        ...last,
      ],
      [
        cited(
          t(
            'The district must take steps to ensure that I can take part in the meeting, including notifying me early enough to attend and scheduling it at a mutually agreed time and place.',
            'El distrito debe tomar medidas para asegurar que yo pueda participar en la reunión, lo que incluye avisarme con suficiente antelación para asistir y fijarla en una hora y un lugar acordados mutuamente.',
            'Học khu phải có biện pháp bảo đảm tôi có thể tham gia cuộc họp, bao gồm việc báo cho tôi đủ sớm để tôi tham dự và sắp xếp cuộc họp vào thời gian và địa điểm mà hai bên cùng đồng ý.',
            '学区必须采取措施确保我能参加会议，包括及早通知我以便出席，并在双方商定的时间和地点安排会议。',
            'يجب على المنطقة التعليمية اتخاذ خطوات تضمن مشاركتي في الاجتماع، بما في ذلك إخطاري مبكرًا بما يكفي للحضور، وتحديد موعد الاجتماع ومكانه بالاتفاق بيننا.',
          ),
          '34 CFR 300.322(a)',
        ),
        {
          text: t(
            'Please send me written notice of the meeting stating its purpose, time and place and who will attend.',
            'Le ruego que me envíe una notificación escrita de la reunión con su propósito, la hora, el lugar y quiénes asistirán.',
            'Xin vui lòng gửi cho tôi thông báo bằng văn bản về cuộc họp, nêu rõ mục đích, thời gian, địa điểm và những người sẽ tham dự.',
            '请给我发出会议的书面通知，说明会议的目的、时间、地点以及出席人员。',
            'أرجو أن ترسلوا إليّ إشعارًا كتابيًا بالاجتماع يبيّن غرضه وموعده ومكانه ومن سيحضره.',
          ),
        },
      ],
      contactSentences(input, SUGGEST_DATES),
    ],
  };
}

/** A parent's request for a Section 504 meeting (34 CFR 104.35, 104.36). */
export function section504MeetingRequest(input: LetterInputOf<'section504-meeting-request'>): LetterDraft {
  const student = input.student.name;
  return {
    subject: t(
      `Request for a Section 504 meeting — ${student}`,
      `Solicitud de una reunión de la Sección 504 — ${student}`,
      `Yêu cầu họp theo Mục 504 — ${student}`,
      `申请召开第504条会议 — ${student}`,
      `طلب عقد اجتماع بموجب المادة 504 — ${student}`,
    ),
    paragraphs: [
      [
        introSentence(input),
        {
          text: t(
            `I am writing to ask for a meeting of the Section 504 team to review ${student}’s needs and plan.`,
            `Le escribo para solicitar una reunión del equipo de la Sección 504 para revisar las necesidades y el plan de ${student}.`,
            `Tôi viết thư này để đề nghị một cuộc họp của nhóm Mục 504 nhằm xem xét các nhu cầu và kế hoạch của ${student}.`,
            `我写信申请召开第504条团队会议，审查 ${student} 的需要和计划。`,
            `أكتب إليكم لأطلب عقد اجتماع لفريق المادة 504 لمراجعة احتياجات ${student} والخطة المعمول بها.`,
          ),
        },
      ],
      topicsParagraph(input.meetingTopics),
      [
        cited(
          t(
            'Decisions about a student’s evaluation and placement under Section 504 are made by a group of persons knowledgeable about the child, the meaning of the evaluation data and the placement options, drawing on information from a variety of sources; the district must also reevaluate periodically.',
            'Las decisiones sobre la evaluación y la colocación de un estudiante según la Sección 504 las toma un grupo de personas que conocen al niño, el significado de los datos de evaluación y las opciones de colocación, a partir de información de diversas fuentes; el distrito también debe reevaluar periódicamente.',
            'Các quyết định về việc đánh giá và xếp lớp cho học sinh theo Mục 504 do một nhóm người hiểu biết về trẻ, về ý nghĩa của dữ liệu đánh giá và về các lựa chọn xếp lớp đưa ra, dựa trên thông tin từ nhiều nguồn khác nhau; học khu cũng phải tái đánh giá định kỳ.',
            '根据第504条，有关学生评估和安置的决定由一组了解该儿童、评估数据含义和安置选项的人员作出，并参考多方面来源的信息；学区还必须定期进行重新评估。',
            'تتخذ القرارات المتعلقة بتقييم الطالب وإلحاقه بموجب المادة 504 مجموعةٌ من الأشخاص الملمّين بالطفل وبمعنى بيانات التقييم وبخيارات الإلحاق، بالاستناد إلى معلومات من مصادر متنوعة؛ ويجب على المنطقة التعليمية أيضًا إعادة التقييم بشكل دوري.',
          ),
          '34 CFR 104.35',
        ),
      ],
      [
        cited(
          t(
            'The district must have procedural safeguards for parents, including notice, an opportunity to examine the relevant records, and an impartial hearing with a review procedure.',
            'El distrito debe contar con garantías procesales para los padres, que incluyen la notificación, la oportunidad de examinar los expedientes pertinentes y una audiencia imparcial con un procedimiento de revisión.',
            'Học khu phải có các biện pháp bảo vệ theo thủ tục cho phụ huynh, bao gồm việc thông báo, cơ hội xem xét các hồ sơ liên quan, và một phiên điều trần công bằng có thủ tục xem xét lại.',
            '学区必须为家长提供程序保障，包括通知、查阅相关记录的机会，以及附有复审程序的公正听证。',
            'يجب أن تكون لدى المنطقة التعليمية ضمانات إجرائية لأولياء الأمور، تشمل الإخطار، وفرصة لفحص السجلات ذات الصلة، وجلسة استماع محايدة مع إجراء للمراجعة.',
          ),
          '34 CFR 104.36',
        ),
        {
          text: t(
            'Please send me written notice of the meeting and a copy of the current plan and of any evaluation data the team will consider.',
            'Le ruego que me envíe una notificación escrita de la reunión y una copia del plan vigente y de los datos de evaluación que el equipo vaya a considerar.',
            'Xin vui lòng gửi cho tôi thông báo bằng văn bản về cuộc họp, cùng một bản sao kế hoạch hiện hành và mọi dữ liệu đánh giá mà nhóm sẽ xem xét.',
            '请给我发出会议的书面通知，并寄给我现行计划以及团队将考虑的任何评估数据的副本。',
            'أرجو أن ترسلوا إليّ إشعارًا كتابيًا بالاجتماع، ونسخة من الخطة الحالية ومن أي بيانات تقييم سينظر فيها الفريق.',
          ),
        },
      ],
      contactSentences(input, SUGGEST_DATES),
    ],
  };
}
