import { EVALUATION_REQUEST_ANSWERED, WRITTEN_REQUEST } from '../../law/event-matches';
import type { TeamRole } from '../../schemas/case-file';
import type { TextLanguage } from '../../law/rule-status';
import { arabicCount } from '../count-words';
import { formatDateIn } from '../format-date';
import { compileMatches, eventsMatching, firstMatchFrom } from '../match-events';
import { eventsOfType } from '../prepare-case';
import { textOnRead } from '../text-on-read';
import type { PreparedCase } from '../prepare-case';
import type { Finding } from '../timeline-result';
import { finding } from './finding';

/**
 * Calendar days after a written request with no answer from which Binder warns. The law says "a
 * reasonable time" (34 CFR 300.503(a)); 30 days is Binder's threshold, not a legal deadline.
 */
export const UNANSWERED_REQUEST_DAYS = 30;

const ANSWERED = compileMatches([
  ...EVALUATION_REQUEST_ANSWERED,
  { type: 'evaluation-completed' },
  { type: 'eligibility-determined' },
]);

const WRITTEN_REQUEST_MATCHES = compileMatches(WRITTEN_REQUEST);

type Unanswered = (date: string, waited: number) => string;

/** `evaluation-request-unanswered` around the request's date and the days waited. */
const UNANSWERED: Readonly<Record<TextLanguage, Unanswered>> = {
  en: (date, waited) =>
    `Your written request for an evaluation on ${date} has had no answer for ${String(waited)} days: the school should either ask for your consent or refuse in writing (prior written notice) within a reasonable time. Binder flags this after ${String(UNANSWERED_REQUEST_DAYS)} days; the law gives no number.`,
  es: (date, waited) =>
    `Su solicitud escrita de evaluación del ${date} lleva ${String(waited)} días sin respuesta: la escuela debe pedir su consentimiento o negarse por escrito (aviso previo por escrito) en un plazo razonable. Binder lo señala después de ${String(UNANSWERED_REQUEST_DAYS)} días; la ley no da un número.`,
  vi: (date, waited) =>
    `Yêu cầu đánh giá bằng văn bản của quý vị vào ngày ${date} đã ${String(waited)} ngày chưa được trả lời: trong một khoảng thời gian hợp lý, nhà trường phải xin sự đồng ý của quý vị hoặc từ chối bằng văn bản (thông báo trước bằng văn bản). Binder cảnh báo sau ${String(UNANSWERED_REQUEST_DAYS)} ngày; luật không nêu con số cụ thể.`,
  'zh-Hans': (date, waited) =>
    `您于${date}提交的书面评估申请已经${String(waited)}天没有答复：学校应在合理时间内征求您的同意，或以书面形式拒绝（事先书面通知）。Binder在${String(UNANSWERED_REQUEST_DAYS)}天后提示此情况；法律没有规定具体天数。`,
  ar: (date, waited) =>
    `مضى ${arabicCount(waited, 'days')} على طلبك الكتابي للتقييم المقدَّم في ${date} دون رد: على المدرسة أن تطلب موافقتك أو أن ترفض كتابيًا (الإشعار الكتابي المسبق) خلال مدة معقولة. ينبّه Binder إلى ذلك بعد ${arabicCount(UNANSWERED_REQUEST_DAYS, 'days')}؛ ولا يحدد القانون عددًا معيّنًا.`,
};

/** `evaluation-request-unanswered` in one language (written when read: docs/decisions/0054). */
function unansweredText(requestDay: number, waited: number, language: TextLanguage): string {
  return UNANSWERED[language](formatDateIn(requestDay, language), waited);
}

/**
 * `evaluation-request-unanswered`: a written request with no consent request, consent or refusal after 30 days.
 * Its texts are written when read, from one shared writer: writing all five took the Arabic plural rules (Intl)
 * twice per finding, about a hundredth of the engine's time although only one case in eighteen of the bench has one.
 */
export function findUnansweredRequests(prepared: PreparedCase): Finding[] {
  const findings: Finding[] = [];
  for (const request of eventsMatching(prepared, WRITTEN_REQUEST_MATCHES)) {
    const waited = prepared.asOf - request.day;
    if (waited <= UNANSWERED_REQUEST_DAYS || firstMatchFrom(prepared, ANSWERED, request.day) !== null) continue;
    findings.push(
      finding(
        'evaluation-request-unanswered',
        'warning',
        textOnRead(unansweredText, request.day, waited),
        '34 CFR 300.503(a)',
        { rule: 'idea.prior-written-notice', ruleStatus: 'confirmed' },
      ),
    );
  }
  return findings;
}

/** Members every IEP team needs unless excused in writing (34 CFR 300.321(a), (e)). */
const REQUIRED_ROLES: readonly TeamRole[] = [
  'parent',
  'regular-education-teacher',
  'special-education-teacher',
  'agency-representative',
];

const ROLE_NAMES: Readonly<Record<string, Readonly<Record<TextLanguage, string>>>> = {
  parent: { en: 'a parent', es: 'un padre o una madre', vi: 'phụ huynh', 'zh-Hans': '家长', ar: 'ولي الأمر' },
  'regular-education-teacher': {
    en: 'a regular education teacher',
    es: 'un maestro de educación regular',
    vi: 'giáo viên giáo dục phổ thông',
    'zh-Hans': '普通教育教师',
    ar: 'معلم التعليم العام',
  },
  'special-education-teacher': {
    en: 'a special education teacher',
    es: 'un maestro de educación especial',
    vi: 'giáo viên giáo dục đặc biệt',
    'zh-Hans': '特殊教育教师',
    ar: 'معلم التعليم الخاص',
  },
  'agency-representative': {
    en: 'a district representative',
    es: 'un representante del distrito',
    vi: 'đại diện học khu',
    'zh-Hans': '学区代表',
    ar: 'ممثل المنطقة التعليمية',
  },
};

/** How a list of names is joined in each language. */
const LIST_SEPARATORS: Readonly<Record<TextLanguage, string>> = {
  en: ', ',
  es: ', ',
  vi: ', ',
  'zh-Hans': '、',
  ar: '، ',
};

/** `team-member-missing`: an IEP meeting that lists its attendees lacks a required member who was not excused. */
export function findMissingTeamMembers(prepared: PreparedCase): Finding[] {
  const findings: Finding[] = [];
  for (const meeting of eventsOfType(prepared, 'iep-meeting-held')) {
    const event = meeting.event as { readonly attendees?: readonly string[]; readonly excused?: readonly string[] };
    if (event.attendees === undefined) continue;
    const present = new Set([...event.attendees, ...(event.excused ?? [])]);
    const missing = REQUIRED_ROLES.filter((role) => !present.has(role));
    if (missing.length === 0) continue;
    const names = (language: TextLanguage) =>
      missing.map((role) => ROLE_NAMES[role]?.[language] ?? role).join(LIST_SEPARATORS[language]);
    findings.push(
      finding(
        'team-member-missing',
        'warning',
        {
          en: `The IEP meeting on ${formatDateIn(meeting.day, 'en')} is missing required team members: ${names('en')}. Each must attend unless excused in writing.`,
          es: `En la reunión del IEP del ${formatDateIn(meeting.day, 'es')} faltan miembros obligatorios del equipo: ${names('es')}. Cada uno debe asistir salvo que se le excuse por escrito.`,
          vi: `Cuộc họp IEP vào ngày ${formatDateIn(meeting.day, 'vi')} thiếu các thành viên bắt buộc của nhóm: ${names('vi')}. Mỗi người phải tham dự, trừ khi được miễn bằng văn bản.`,
          'zh-Hans': `${formatDateIn(meeting.day, 'zh-Hans')}的IEP会议缺少必需的小组成员：${names('zh-Hans')}。每位成员都必须出席，除非已获得书面准许缺席。`,
          ar: `ينقص اجتماع IEP المنعقد في ${formatDateIn(meeting.day, 'ar')} أعضاءٌ لازمون في الفريق: ${names('ar')}. يجب أن يحضر كل منهم ما لم يُعفَ من الحضور كتابيًا.`,
        },
        '34 CFR 300.321',
        { ruleStatus: 'confirmed' },
      ),
    );
  }
  return findings;
}
