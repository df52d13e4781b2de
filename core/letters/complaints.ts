import type { JurisdictionFacts } from '../law/jurisdiction-facts';
import type { LetterInputOf } from '../schemas/letters';
import { stateComplaintFilingLimit, ocrFilingLimit } from './filing-limit';
import { cited, everyLanguage, ownWords, t } from './letter-draft';
import type { LetterDraft, Sentence } from './letter-draft';
import { introSentence, longDate, reachSentence } from './letter-phrases';

/**
 * A draft complaint to the Office for Civil Rights (Section 504 and ADA Title II) that the parent files:
 * where and how, and the 180 days computed from the act (34 CFR 100.7(b), applied by 104.61).
 */
export function ocrComplaint(input: LetterInputOf<'ocr-complaint'>, facts: JurisdictionFacts): LetterDraft {
  const student = input.student.name;
  const district = input.district;
  const act = longDate(input.actDate);
  const limit = ocrFilingLimit(input.actDate, input.date);
  const last = longDate(limit.lastDay);
  const state = everyLanguage(facts.name);
  const timeliness: Sentence = limit.isLate
    ? cited(
        t(
          `The act took place on ${act.en}; the 180 days ended on ${last.en}. I ask OCR to waive the time limit; I explain the reasons for the delay in this complaint.`,
          `El acto ocurrió el ${act.es}; los 180 días terminaron el ${last.es}. Pido a la OCR que no aplique el plazo; explico en esta queja las razones del retraso.`,
          `Sự việc xảy ra vào ${act.vi}; thời hạn 180 ngày đã kết thúc vào ${last.vi}. Tôi đề nghị OCR miễn áp dụng thời hạn này; tôi giải thích lý do chậm trễ trong đơn khiếu nại này.`,
          `该行为发生于${act['zh-Hans']}；180天期限已于${last['zh-Hans']}届满。我请求 OCR 豁免该时限；我在本投诉中说明了延迟的原因。`,
          `وقع الفعل في ${act.ar}؛ وانتهت مدة الـ180 يومًا في ${last.ar}. أطلب من OCR التنازل عن المهلة؛ وأوضح في هذه الشكوى أسباب التأخير.`,
        ),
        'OCR Case Processing Manual (timeliness waiver)',
      )
    : cited(
        t(
          `The act took place on ${act.en}, so this complaint is filed within 180 days of it; the 180 days end on ${last.en}.`,
          `El acto ocurrió el ${act.es}, así que esta queja se presenta dentro de los 180 días siguientes; los 180 días terminan el ${last.es}.`,
          `Sự việc xảy ra vào ${act.vi}, vì vậy đơn khiếu nại này được nộp trong vòng 180 ngày kể từ đó; thời hạn 180 ngày kết thúc vào ${last.vi}.`,
          `该行为发生于${act['zh-Hans']}，因此本投诉是在其后180天内提出的；180天期限于${last['zh-Hans']}届满。`,
          `وقع الفعل في ${act.ar}، ولذلك تُقدَّم هذه الشكوى خلال 180 يومًا منه؛ وتنتهي مدة الـ180 يومًا في ${last.ar}.`,
        ),
        '34 CFR 100.7(b)',
        '34 CFR 104.61',
      );
  const remedy = ownWords(input.remedySought);
  return {
    subject: t(
      `Complaint of disability discrimination (Section 504 and ADA Title II) — ${student}, ${district}`,
      `Queja por discriminación por discapacidad (Sección 504 y Título II de la ADA) — ${student}, ${district}`,
      `Khiếu nại về phân biệt đối xử vì khuyết tật (Mục 504 và Tiêu đề II của ADA) — ${student}, ${district}`,
      `残疾歧视投诉（第504条和 ADA 第二章） — ${student}，${district}`,
      `شكوى تمييز على أساس الإعاقة (المادة 504 والباب الثاني من ADA) — ${student}، ${district}`,
    ),
    paragraphs: [
      [
        introSentence(input),
        cited(
          t(
            `I am filing this complaint against ${district} for discriminating against ${student} on the basis of disability, under Section 504 of the Rehabilitation Act and Title II of the Americans with Disabilities Act.`,
            `Presento esta queja contra ${district} por discriminar a ${student} por motivo de discapacidad, según la Sección 504 de la Ley de Rehabilitación y el Título II de la Ley para Estadounidenses con Discapacidades (ADA).`,
            `Tôi nộp đơn khiếu nại này đối với ${district} vì đã phân biệt đối xử với ${student} dựa trên khuyết tật, theo Mục 504 của Đạo luật Phục hồi Chức năng và Tiêu đề II của Đạo luật Người Mỹ Khuyết tật (ADA).`,
            `我根据《康复法》第504条和《美国残疾人法》（ADA）第二章，对 ${district} 因残疾而歧视 ${student} 提出投诉。`,
            `أقدم هذه الشكوى ضد ${district} بسبب التمييز ضد ${student} على أساس الإعاقة، بموجب المادة 504 من قانون إعادة التأهيل والباب الثاني من قانون الأمريكيين ذوي الإعاقة (ADA).`,
          ),
          '34 CFR 100.7(b)',
          '34 CFR 104.61',
        ),
      ],
      [
        { text: t('What happened:', 'Lo que ocurrió:', 'Sự việc đã xảy ra:', '事情经过：', 'ما حدث:') },
        ...ownWords(input.actDescription),
      ],
      [
        cited(
          t(
            'A district must evaluate a student who needs or is believed to need special education or related services because of a disability, and must have procedural safeguards for the parents.',
            'Un distrito debe evaluar a un estudiante que necesita, o se cree que necesita, educación especial o servicios relacionados por una discapacidad, y debe contar con garantías procesales para los padres.',
            'Học khu phải đánh giá học sinh cần, hoặc được cho là cần, giáo dục đặc biệt hay dịch vụ liên quan vì khuyết tật, và phải có các biện pháp bảo vệ theo thủ tục cho phụ huynh.',
            '对于因残疾而需要或被认为需要特殊教育或相关服务的学生，学区必须进行评估，并且必须为家长提供程序保障。',
            'يجب على المنطقة التعليمية تقييم الطالب الذي يحتاج، أو يُعتقد أنه يحتاج، إلى التعليم الخاص أو الخدمات ذات الصلة بسبب إعاقة، ويجب أن تكون لديها ضمانات إجرائية لأولياء الأمور.',
          ),
          '34 CFR 104.35',
          '34 CFR 104.36',
        ),
      ],
      [timeliness],
      remedy.length === 0
        ? []
        : [
            {
              text: t(
                'I ask OCR to obtain the following:',
                'Pido a la OCR que obtenga lo siguiente:',
                'Tôi đề nghị OCR yêu cầu thực hiện những điều sau:',
                '我请求 OCR 争取以下结果：',
                'أطلب من OCR الحصول على ما يلي:',
              ),
            },
            ...remedy,
          ],
      [
        cited(
          t(
            `I am filing this complaint with the U.S. Department of Education’s Office for Civil Rights through its online complaint form (ocrcas.ed.gov), or by email to OCR@ed.gov, or by mail or fax to the OCR regional office that serves ${state.en}.`,
            `Presento esta queja ante la Oficina de Derechos Civiles (OCR) del Departamento de Educación de los EE. UU. mediante su formulario de quejas en línea (ocrcas.ed.gov), por correo electrónico a OCR@ed.gov, o por correo postal o fax a la oficina regional de la OCR que atiende a ${state.es}.`,
            `Tôi nộp đơn khiếu nại này cho Văn phòng Dân quyền (OCR) của Bộ Giáo dục Hoa Kỳ qua mẫu đơn khiếu nại trực tuyến (ocrcas.ed.gov), hoặc qua email tới OCR@ed.gov, hoặc qua bưu điện hay fax tới văn phòng khu vực của OCR phụ trách ${state.vi}.`,
            `我通过美国教育部民权办公室（OCR）的在线投诉表（ocrcas.ed.gov）、发电子邮件至 OCR@ed.gov，或邮寄或传真至负责${state['zh-Hans']}的 OCR 地区办公室，提交本投诉。`,
            `أقدم هذه الشكوى إلى مكتب الحقوق المدنية (OCR) التابع لوزارة التعليم الأمريكية عبر استمارة الشكاوى الإلكترونية (ocrcas.ed.gov)، أو بالبريد الإلكتروني إلى OCR@ed.gov، أو بالبريد أو الفاكس إلى المكتب الإقليمي لـ OCR الذي يخدم ${state.ar}.`,
          ),
          '34 CFR 100.7(b)',
        ),
        reachSentence(input),
      ],
    ],
  };
}

/**
 * A draft state complaint (34 CFR 300.151–300.153) that the parent files with the state educational
 * agency, with a copy to the district: where and how, and the one year computed from the violation.
 */
export function stateComplaint(input: LetterInputOf<'state-complaint'>): LetterDraft {
  const student = input.student.name;
  const district = input.district;
  const agency = input.stateAgency;
  const school = input.student.school;
  const violation = longDate(input.violationDate);
  const limit = stateComplaintFilingLimit(input.violationDate, input.date);
  const last = longDate(limit.lastDay);
  const address = input.parent.addressLines.join(', ');
  const resolution = input.proposedResolution?.replace(/[.!?…]$/, '');
  return {
    subject: t(
      `State complaint under IDEA (34 CFR 300.153) — ${student}, ${district}`,
      `Queja estatal según IDEA (34 CFR 300.153) — ${student}, ${district}`,
      `Khiếu nại cấp tiểu bang theo IDEA (34 CFR 300.153) — ${student}, ${district}`,
      `根据 IDEA 提出的州投诉（34 CFR 300.153） — ${student}，${district}`,
      `شكوى إلى الولاية بموجب IDEA (34 CFR 300.153) — ${student}، ${district}`,
    ),
    paragraphs: [
      [
        introSentence(input),
        cited(
          t(
            `I am filing this signed written complaint with the ${agency}: ${district} has violated Part B of the Individuals with Disabilities Education Act. ${student} lives at ${address} and attends ${school}.`,
            `Presento esta queja escrita y firmada ante ${agency}: ${district} ha infringido la Parte B de la Ley de Educación para Personas con Discapacidades (IDEA). ${student} vive en ${address} y asiste a ${school}.`,
            `Tôi nộp đơn khiếu nại bằng văn bản có chữ ký này cho ${agency}: ${district} đã vi phạm Phần B của Đạo luật Giáo dục Người Khuyết tật (IDEA). ${student} sống tại ${address} và đang học tại ${school}.`,
            `我向 ${agency} 提交这份经签名的书面投诉：${district} 违反了《残疾人教育法》（IDEA）B部分。${student} 住在 ${address}，就读于 ${school}。`,
            `أقدم هذه الشكوى المكتوبة والموقّعة إلى ${agency}: لقد انتهكت ${district} الجزء (ب) من قانون تعليم الأفراد ذوي الإعاقة (IDEA). بيانات ${student}: العنوان ${address}، والمدرسة ${school}.`,
          ),
          '34 CFR 300.153(a)',
          '34 CFR 300.153(b)',
        ),
      ],
      [
        {
          text: t(
            'The violation and the facts:',
            'La infracción y los hechos:',
            'Hành vi vi phạm và các sự việc:',
            '违规行为及事实：',
            'المخالفة والوقائع:',
          ),
        },
        ...ownWords(input.violationDescription),
      ],
      [
        limit.isLate
          ? cited(
              t(
                `The violation took place on ${violation.en}. A state complaint must be about a violation no more than one year before the state receives it, which ended on ${last.en}; I ask that any part of it that continues be investigated.`,
                `La infracción ocurrió el ${violation.es}. Una queja estatal debe tratar de una infracción ocurrida como máximo un año antes de que el estado la reciba, plazo que terminó el ${last.es}; pido que se investigue cualquier parte que continúe.`,
                `Hành vi vi phạm xảy ra vào ${violation.vi}. Khiếu nại cấp tiểu bang phải nói về một vi phạm xảy ra không quá một năm trước khi tiểu bang nhận được khiếu nại, và thời hạn đó đã kết thúc vào ${last.vi}; tôi đề nghị điều tra bất kỳ phần nào của vi phạm vẫn đang tiếp diễn.`,
                `该违规行为发生于${violation['zh-Hans']}。州投诉所涉及的违规行为必须发生在州收到投诉之前一年以内，该期限已于${last['zh-Hans']}届满；我请求对其中仍在持续的任何部分进行调查。`,
                `وقعت المخالفة في ${violation.ar}. ويجب أن تتعلق الشكوى المقدمة إلى الولاية بمخالفة وقعت قبل سنة واحدة على الأكثر من استلام الولاية لها، وقد انتهت هذه المدة في ${last.ar}؛ وأطلب التحقيق في أي جزء منها لا يزال مستمرًا.`,
              ),
              '34 CFR 300.153(c)',
            )
          : cited(
              t(
                `The violation took place on ${violation.en}, not more than one year before this complaint; the year ends on ${last.en}.`,
                `La infracción ocurrió el ${violation.es}, como máximo un año antes de esta queja; el año termina el ${last.es}.`,
                `Hành vi vi phạm xảy ra vào ${violation.vi}, không quá một năm trước khiếu nại này; thời hạn một năm kết thúc vào ${last.vi}.`,
                `该违规行为发生于${violation['zh-Hans']}，距本投诉不超过一年；一年期限于${last['zh-Hans']}届满。`,
                `وقعت المخالفة في ${violation.ar}، أي قبل هذه الشكوى بما لا يزيد على سنة واحدة؛ وتنتهي السنة في ${last.ar}.`,
              ),
              '34 CFR 300.153(c)',
            ),
      ],
      resolution === undefined
        ? []
        : [
            cited(
              t(
                `I propose the following resolution: ${resolution}.`,
                `Propongo la siguiente solución: ${resolution}.`,
                `Tôi đề xuất cách giải quyết sau: ${resolution}.`,
                `我提出以下解决方案：${resolution}。`,
                `أقترح الحل التالي: ${resolution}.`,
              ),
              '34 CFR 300.153(b)',
            ),
          ],
      [
        cited(
          t(
            'The state must investigate, give me the opportunity to submit more information, and issue a written decision within 60 days; where it finds that services were not provided, it must order corrective action, including compensatory services.',
            'El estado debe investigar, darme la oportunidad de presentar más información y emitir una decisión por escrito en 60 días; si concluye que no se prestaron servicios, debe ordenar medidas correctivas, incluidos servicios compensatorios.',
            'Tiểu bang phải điều tra, cho tôi cơ hội cung cấp thêm thông tin, và ra quyết định bằng văn bản trong vòng 60 ngày; nếu xác định rằng các dịch vụ đã không được cung cấp, tiểu bang phải yêu cầu biện pháp khắc phục, kể cả dịch vụ bù đắp.',
            '州必须进行调查，给我提交更多信息的机会，并在60天内作出书面决定；如果认定未提供服务，州必须责令采取纠正措施，包括补偿性服务。',
            'يجب على الولاية أن تحقق في الشكوى، وأن تتيح لي فرصة تقديم مزيد من المعلومات، وأن تصدر قرارًا كتابيًا خلال 60 يومًا؛ وإذا تبيّن لها أن الخدمات لم تُقدَّم، فيجب عليها أن تأمر بإجراءات تصحيحية، بما في ذلك الخدمات التعويضية.',
          ),
          '34 CFR 300.152(a)',
          '34 CFR 300.151',
        ),
      ],
      [
        cited(
          t(
            `I am filing this complaint by sending it, signed, to the ${agency} by mail, email or its complaint form, and I am sending a copy to ${district} at the same time.`,
            `Presento esta queja enviándola, firmada, a ${agency} por correo postal, correo electrónico o su formulario de quejas, y envío al mismo tiempo una copia a ${district}.`,
            `Tôi nộp đơn khiếu nại này bằng cách gửi bản có chữ ký tới ${agency} qua bưu điện, email hoặc mẫu đơn khiếu nại của cơ quan này, đồng thời gửi một bản sao cho ${district}.`,
            `我将本投诉签名后通过邮寄、电子邮件或其投诉表提交给 ${agency}，并同时将副本寄给 ${district}。`,
            `أقدم هذه الشكوى بإرسالها موقّعة إلى ${agency} بالبريد أو البريد الإلكتروني أو عبر استمارة الشكاوى الخاصة بها، وأرسل في الوقت نفسه نسخة منها إلى ${district}.`,
          ),
          '34 CFR 300.153(d)',
        ),
        reachSentence(input),
      ],
    ],
  };
}
