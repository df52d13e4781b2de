import type { LetterInputOf } from '../schemas/letters';
import { cited, ownWords, t } from './letter-draft';
import type { LetterDraft, Sentence } from './letter-draft';
import { contactSentences, introSentence, longDate } from './letter-phrases';

/**
 * A parent's statement of disagreement, to be placed in the record it is about and disclosed with it
 * (FERPA 34 CFR 99.21(b)(2); IDEA 34 CFR 300.618–300.621).
 */
export function disagreementStatement(input: LetterInputOf<'disagreement-statement'>): LetterDraft {
  const student = input.student.name;
  const record = /[.!?…]$/.test(input.recordDescription) ? input.recordDescription : `${input.recordDescription}.`;
  const decidedOn = input.decisionDate === undefined ? undefined : longDate(input.decisionDate);
  const decided: Sentence[] =
    decidedOn === undefined
      ? []
      : [
          {
            text: t(
              `On ${decidedOn.en}, the district decided not to amend it.`,
              `El ${decidedOn.es}, el distrito decidió no modificarlo.`,
              `Vào ${decidedOn.vi}, học khu đã quyết định không sửa đổi hồ sơ này.`,
              `${decidedOn['zh-Hans']}，学区决定不修改该记录。`,
              `في ${decidedOn.ar}، قررت المنطقة التعليمية عدم تعديله.`,
            ),
          },
        ];
  return {
    subject: t(
      `Parent statement of disagreement, to be attached to the record — ${student}`,
      `Declaración de desacuerdo de los padres, para adjuntar al expediente — ${student}`,
      `Bản tuyên bố không đồng ý của phụ huynh, để đính kèm vào hồ sơ — ${student}`,
      `家长异议声明（请附入记录） — ${student}`,
      `بيان اعتراض من ولي الأمر، يُرفق بالسجل — ${student}`,
    ),
    paragraphs: [
      [
        introSentence(input),
        {
          text: t(
            `This statement concerns the following record: ${record}`,
            `Esta declaración se refiere al siguiente expediente: ${record}`,
            `Bản tuyên bố này liên quan đến hồ sơ sau: ${record}`,
            `本声明涉及以下记录：${record}`,
            `يتعلق هذا البيان بالسجل التالي: ${record}`,
          ),
        },
        ...decided,
      ],
      [
        cited(
          t(
            'I asked that the record be amended because I believe it is inaccurate or misleading; a parent may ask for that, and for a hearing to challenge it.',
            'Pedí que se corrigiera el expediente porque creo que es inexacto o engañoso; los padres pueden pedirlo, así como una audiencia para impugnarlo.',
            'Tôi đã yêu cầu sửa đổi hồ sơ vì tôi tin rằng hồ sơ không chính xác hoặc gây hiểu lầm; phụ huynh có quyền yêu cầu điều đó, cũng như yêu cầu một phiên điều trần để phản đối hồ sơ.',
            '我曾要求修改该记录，因为我认为其内容不准确或具有误导性；家长有权提出这一要求，也有权要求举行听证以对记录提出质疑。',
            'طلبت تعديل السجل لأنني أرى أنه غير دقيق أو مضلل؛ ويحق لولي الأمر طلب ذلك، وطلب جلسة استماع للطعن فيه.',
          ),
          '34 CFR 300.618',
          '34 CFR 300.619',
          '34 CFR 99.20',
        ),
      ],
      [
        {
          text: t(
            'I disagree with this record for the following reasons:',
            'No estoy de acuerdo con este expediente por las siguientes razones:',
            'Tôi không đồng ý với hồ sơ này vì những lý do sau:',
            '我不同意该记录，理由如下：',
            'لا أوافق على هذا السجل للأسباب التالية:',
          ),
        },
        ...ownWords(input.disagreementDetails),
      ],
      [
        cited(
          t(
            'When the record is not amended, the parent may place in it a statement commenting on the information or giving the reasons for disagreeing. The district must keep this statement with the contested record for as long as it keeps the record, and disclose it whenever it discloses that record.',
            'Cuando el expediente no se corrige, los padres pueden añadir una declaración con comentarios sobre la información o las razones de su desacuerdo. El distrito debe conservar esta declaración con el expediente impugnado mientras lo conserve, y divulgarla siempre que divulgue ese expediente.',
            'Khi hồ sơ không được sửa đổi, phụ huynh có thể đưa vào hồ sơ một bản tuyên bố nhận xét về thông tin hoặc nêu lý do không đồng ý. Học khu phải lưu giữ bản tuyên bố này cùng với hồ sơ bị phản đối trong suốt thời gian lưu giữ hồ sơ, và tiết lộ bản tuyên bố mỗi khi tiết lộ hồ sơ đó.',
            '记录未被修改时，家长可以在记录中附上一份声明，对有关信息发表意见或说明不同意的理由。学区必须在保存该记录期间一直将此声明与有争议的记录一并保存，并在每次披露该记录时一并披露此声明。',
            'عندما لا يُعدَّل السجل، يجوز لولي الأمر أن يضع فيه بيانًا يعلّق فيه على المعلومات أو يذكر أسباب اعتراضه. ويجب على المنطقة التعليمية الاحتفاظ بهذا البيان مع السجل المعترض عليه طوال مدة احتفاظها بالسجل، والإفصاح عنه كلما أفصحت عن ذلك السجل.',
          ),
          '34 CFR 99.21(b)(2)',
          '34 CFR 300.620',
        ),
        {
          text: t(
            'Please place this statement in the record and confirm in writing that you have done so.',
            'Le ruego que añada esta declaración al expediente y me confirme por escrito que lo ha hecho.',
            'Xin vui lòng đưa bản tuyên bố này vào hồ sơ và xác nhận bằng văn bản với tôi rằng Quý vị đã làm như vậy.',
            '请将本声明放入该记录，并以书面形式向我确认已经这样做。',
            'أرجو وضع هذا البيان في السجل وتأكيد ذلك لي كتابيًا.',
          ),
        },
      ],
      contactSentences(input),
    ],
  };
}
