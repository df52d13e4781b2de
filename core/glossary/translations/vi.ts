import type { GlossaryTranslation } from '../glossary-translation';

/**
 * The legal and school terms of Binder's pages in Vietnamese (issue 22, point 3), reviewed term by term: the
 * agreed seed terms of the translation work first, then every term of the plain-language glossary (`GLOSSARY`).
 *
 * Vietnamese translations of these notices exist, but none could be opened when this list was written, so no
 * entry is 'read'. Where an official translated document is known, it is named and the entry is 'not-read': its
 * wording should be compared with that document when it is at hand. The rest is our own wording ('team').
 *
 * Register: the pages address a parent as "quý vị", the polite form used in U.S. public notices in Vietnamese,
 * and keep the U.S. acronyms (IEP, FAPE, IEE, OCR…) after the Vietnamese name, as schools use them.
 */

const CALIFORNIA_SAFEGUARDS =
  'California Department of Education, Notice of Procedural Safeguards (Vietnamese translation of the special education parent rights notice)';
const TEXAS_SAFEGUARDS = 'Texas Education Agency, Notice of Procedural Safeguards (Vietnamese translation)';
const OCR_COMPLAINT =
  'U.S. Department of Education, Office for Civil Rights, discrimination complaint form and complaint instructions (Vietnamese translation)';

export const VIETNAMESE_GLOSSARY: readonly GlossaryTranslation[] = [
  // The seed terms every translator of issue 22 uses.
  {
    en: 'Individualized Education Program (IEP)',
    term: 'Chương trình Giáo dục Cá nhân hóa (IEP)',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: 'Pages usually write only “IEP”, as schools and families do; the full name is given in the glossary.',
  },
  {
    en: '504 plan',
    term: 'kế hoạch 504',
    officialSource: null,
    check: 'team',
    note: '“Mục 504” for Section 504 of the Rehabilitation Act.',
  },
  { en: 'special education', term: 'giáo dục đặc biệt', officialSource: CALIFORNIA_SAFEGUARDS, check: 'not-read' },
  { en: 'related services', term: 'dịch vụ liên quan', officialSource: CALIFORNIA_SAFEGUARDS, check: 'not-read' },
  {
    en: 'free appropriate public education (FAPE)',
    term: 'giáo dục công lập miễn phí và thích hợp (FAPE)',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
  },
  {
    en: 'least restrictive environment',
    term: 'môi trường ít hạn chế nhất',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
  },
  {
    en: 'prior written notice',
    term: 'thông báo trước bằng văn bản',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
  },
  {
    en: 'procedural safeguards',
    term: 'các biện pháp bảo vệ theo thủ tục',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: 'The notice itself: “thông báo về các biện pháp bảo vệ theo thủ tục”.',
  },
  {
    en: 'due process hearing',
    term: 'phiên điều trần theo thủ tục tố tụng',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: 'The complaint that asks for it: “đơn khiếu nại theo thủ tục tố tụng”; the hearing officer: “viên chức điều trần”.',
  },
  {
    en: 'state complaint',
    term: 'khiếu nại cấp tiểu bang',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
  },
  {
    en: 'Office for Civil Rights (OCR)',
    term: 'Văn phòng Dân quyền (OCR)',
    officialSource: OCR_COMPLAINT,
    check: 'not-read',
  },
  {
    en: 'evaluation / reevaluation',
    term: 'đánh giá / tái đánh giá',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
  },
  {
    en: 'independent educational evaluation (IEE)',
    term: 'đánh giá giáo dục độc lập (IEE)',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
  },
  {
    en: 'accommodations',
    term: 'điều chỉnh hỗ trợ',
    officialSource: null,
    check: 'team',
    note: 'Kept apart from modifications (“thay đổi yêu cầu”: changes in what is expected) and from a plan’s amendment (“sửa đổi”).',
  },
  { en: 'annual goal', term: 'mục tiêu hằng năm', officialSource: null, check: 'team' },
  { en: 'progress report', term: 'báo cáo tiến bộ', officialSource: null, check: 'team' },
  { en: 'consent', term: 'sự đồng ý', officialSource: CALIFORNIA_SAFEGUARDS, check: 'not-read' },
  {
    en: 'parent',
    term: 'phụ huynh',
    officialSource: null,
    check: 'team',
    note: 'Pages speak to the parent as “quý vị” and call the child “con quý vị”.',
  },
  { en: 'deadline', term: 'hạn chót', officialSource: null, check: 'team' },
  {
    en: 'school days / business days / calendar days',
    term: 'ngày học / ngày làm việc / ngày lịch',
    officialSource: null,
    check: 'team',
    note: 'Also “ngày giảng dạy” (instructional days) and “ngày làm việc của trường” (school working days).',
  },
  { en: 'education records', term: 'hồ sơ giáo dục', officialSource: CALIFORNIA_SAFEGUARDS, check: 'not-read' },
  { en: 'transition services', term: 'dịch vụ chuyển tiếp', officialSource: null, check: 'team' },
  { en: 'compensatory services', term: 'dịch vụ bù đắp', officialSource: null, check: 'team' },
  {
    en: 'case manager',
    term: 'người quản lý hồ sơ',
    officialSource: null,
    check: 'team',
    note: 'A teacher’s list of students (caseload) is “hồ sơ phụ trách”.',
  },
  { en: 'advocate', term: 'người biện hộ', officialSource: null, check: 'team' },

  // Every term of the plain-language glossary (core/glossary/glossary.ts), by its English term.
  {
    en: 'ARD',
    term: 'Ủy ban Nhập học, Xem xét và Chấm dứt (ARD)',
    officialSource: TEXAS_SAFEGUARDS,
    check: 'not-read',
    note: 'Texas’s name for the IEP team; the acronym stays, as Texas schools use it.',
  },
  {
    en: 'BIP',
    term: 'Kế hoạch Can thiệp Hành vi (BIP)',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
  },
  {
    en: 'ESY',
    term: 'dịch vụ năm học kéo dài (ESY)',
    officialSource: null,
    check: 'team',
  },
  {
    en: 'FAPE',
    term: 'giáo dục công lập miễn phí và thích hợp (FAPE)',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: 'Same wording as the seed term “free appropriate public education (FAPE)”.',
  },
  {
    en: 'FBA',
    term: 'Đánh giá Chức năng Hành vi (FBA)',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
  },
  {
    en: 'FERPA',
    term: 'Đạo luật về Quyền Giáo dục và Quyền Riêng tư của Gia đình (FERPA)',
    officialSource: null,
    check: 'team',
  },
  {
    en: 'IDEA',
    term: 'Đạo luật Giáo dục cho Người Khuyết tật (IDEA)',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: 'Pages write “luật IDEA”.',
  },
  {
    en: 'IEE',
    term: 'đánh giá giáo dục độc lập (IEE)',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: 'Same wording as the seed term.',
  },
  {
    en: 'IEP',
    term: 'Chương trình Giáo dục Cá nhân hóa (IEP)',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: 'Same wording as the seed term; pages write “IEP”.',
  },
  {
    en: 'LRE',
    term: 'môi trường ít hạn chế nhất (LRE)',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: 'Same wording as the seed term.',
  },
  {
    en: 'OCR',
    term: 'Văn phòng Dân quyền (OCR)',
    officialSource: OCR_COMPLAINT,
    check: 'not-read',
    note: 'Same wording as the seed term.',
  },
  {
    en: 'PLAAFP',
    term: 'Mức độ Thành tích Học tập và Khả năng Hoạt động Hiện tại (PLAAFP)',
    officialSource: null,
    check: 'team',
    note: 'Pages shorten it to “mức độ hiện tại” (present levels).',
  },
  {
    en: 'PWN',
    term: 'thông báo trước bằng văn bản (PWN)',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: 'Same wording as the seed term “prior written notice”.',
  },
  {
    en: 'SDI',
    term: 'giảng dạy được thiết kế đặc biệt (SDI)',
    officialSource: null,
    check: 'team',
  },
  {
    en: 'transition plan',
    term: 'kế hoạch chuyển tiếp',
    officialSource: null,
    check: 'team',
    note: 'Its goals are “mục tiêu sau trung học” (postsecondary goals); its services follow the seed term “dịch vụ chuyển tiếp”.',
  },
];
