import type { GlossaryTranslation } from '../glossary-translation';

// Official translated documents we know to exist but could not open while writing (no internet): the wording
// below is ours, in the usual renderings of those documents, and is to be checked against them ('not-read').
const CALIFORNIA_SAFEGUARDS =
  'California Department of Education, Notice of Procedural Safeguards (Special Education Rights of Parents and Children), Chinese translation';
const OCR_COMPLAINT =
  'U.S. Department of Education, Office for Civil Rights, How to File a Discrimination Complaint, Chinese translation';

/**
 * The legal and school terms of special education in Simplified Chinese (issue 22, point 3): every seed term that
 * all translators share, and every term of the glossary page (core/glossary/glossary.ts). Pages, letters and the
 * law's explanations use these words.
 */
export const CHINESE_GLOSSARY: readonly GlossaryTranslation[] = [
  // The seed terms, in the order of the shared list.
  {
    en: 'Individualized Education Program (IEP)',
    term: '个别化教育计划（IEP）',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: 'Short labels and running text use the acronym IEP alone, as Chinese-speaking families hear it at school.',
  },
  {
    en: '504 plan',
    term: '504计划',
    officialSource: null,
    check: 'team',
    note: 'Written without a space, as one word. Section 504 itself is 第 504 条 (of the Rehabilitation Act, 《康复法》).',
  },
  { en: 'special education', term: '特殊教育', officialSource: CALIFORNIA_SAFEGUARDS, check: 'not-read' },
  { en: 'related services', term: '相关服务', officialSource: CALIFORNIA_SAFEGUARDS, check: 'not-read' },
  {
    en: 'free appropriate public education (FAPE)',
    term: '免费适当公立教育（FAPE）',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
  },
  {
    en: 'least restrictive environment',
    term: '最少限制环境',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
  },
  { en: 'prior written notice', term: '事先书面通知', officialSource: CALIFORNIA_SAFEGUARDS, check: 'not-read' },
  {
    en: 'procedural safeguards',
    term: '程序保障',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: 'The notice itself is 程序保障通知. Some translations write 程序保障措施; we keep the shorter seed term.',
  },
  { en: 'due process hearing', term: '正当程序听证', officialSource: CALIFORNIA_SAFEGUARDS, check: 'not-read' },
  {
    en: 'state complaint',
    term: '州投诉',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: 'A due process complaint (the request for a hearing) is 正当程序申诉, to keep it apart from the state complaint.',
  },
  {
    en: 'Office for Civil Rights (OCR)',
    term: '民权办公室（OCR）',
    officialSource: OCR_COMPLAINT,
    check: 'not-read',
  },
  {
    en: 'evaluation / reevaluation',
    term: '评估 / 重新评估',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
  },
  {
    en: 'independent educational evaluation (IEE)',
    term: '独立教育评估（IEE）',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
  },
  {
    en: 'accommodations',
    term: '便利措施',
    officialSource: null,
    check: 'team',
    note: 'Kept apart from modifications (课程调整: a change in what is expected) and supplementary aids (辅助设施).',
  },
  {
    en: 'annual goal',
    term: '年度目标',
    officialSource: null,
    check: 'team',
    note: 'Measurable annual goals: 可衡量的年度目标.',
  },
  { en: 'progress report', term: '进展报告', officialSource: null, check: 'team' },
  {
    en: 'consent',
    term: '同意',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: 'The signed form is 同意书.',
  },
  {
    en: 'parent',
    term: '家长',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: 'A co-parent (a role in Binder) is 共同家长.',
  },
  {
    en: 'deadline',
    term: '截止日期',
    officialSource: null,
    check: 'team',
    note: 'The date something is due. Where the English means the running time limit that an event starts or satisfies ("this starts the deadline"), the pages say 期限, which reads naturally with 开始 and 满足.',
  },
  {
    en: 'school days / business days / calendar days',
    term: '上学日 / 工作日 / 日历日',
    officialSource: null,
    check: 'team',
    note: 'Instructional days are 教学日 and school working days 学校工作日, so the five ways of counting stay distinct.',
  },
  { en: 'education records', term: '教育记录', officialSource: CALIFORNIA_SAFEGUARDS, check: 'not-read' },
  { en: 'transition services', term: '过渡服务', officialSource: CALIFORNIA_SAFEGUARDS, check: 'not-read' },
  { en: 'compensatory services', term: '补偿性服务', officialSource: null, check: 'team' },
  { en: 'case manager', term: '个案管理员', officialSource: null, check: 'team' },
  {
    en: 'advocate',
    term: '倡导者',
    officialSource: null,
    check: 'team',
    note: 'The role in Binder (someone helping the family), not a lawyer (律师).',
  },

  // The other terms of the glossary page.
  {
    en: 'Admission, Review and Dismissal committee (ARD)',
    term: '入学、审查和退出委员会（ARD）',
    officialSource: null,
    check: 'team',
    note: 'Texas’s name for the IEP team. The Texas Education Agency publishes a guide to the ARD process in several languages; we could not confirm a Chinese edition, so the wording is ours.',
  },
  { en: 'Behavior Intervention Plan (BIP)', term: '行为干预计划（BIP）', officialSource: null, check: 'team' },
  { en: 'Extended School Year services (ESY)', term: '延长学年服务（ESY）', officialSource: null, check: 'team' },
  { en: 'Functional Behavioral Assessment (FBA)', term: '功能性行为评估（FBA）', officialSource: null, check: 'team' },
  {
    en: 'Family Educational Rights and Privacy Act (FERPA)',
    term: '《家庭教育权利和隐私法》（FERPA）',
    officialSource: null,
    check: 'team',
  },
  {
    en: 'Individuals with Disabilities Education Act (IDEA)',
    term: '《残疾人教育法》（IDEA）',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: 'The law’s name keeps its usual rendering 残疾人; in running text a disability is 残障, the gentler word families read in school notices.',
  },
  {
    en: 'Present Levels of Academic Achievement and Functional Performance (PLAAFP)',
    term: '学业成绩和功能表现的现有水平（PLAAFP）',
    officialSource: null,
    check: 'team',
    note: 'Short labels say 现有水平 (present levels).',
  },
  {
    en: 'Specially Designed Instruction (SDI)',
    term: '特别设计的教学（SDI）',
    officialSource: null,
    check: 'team',
  },
  { en: 'transition plan', term: '过渡计划', officialSource: null, check: 'team' },
  {
    en: 'procedural safeguards notice',
    term: '程序保障通知',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
  },
  {
    en: 'disability',
    term: '残障',
    officialSource: null,
    check: 'team',
    note: 'Used in running text; the names of laws keep 残疾 (see IDEA).',
  },
  { en: 'modifications', term: '课程调整', officialSource: null, check: 'team' },
  { en: 'supplementary aids and services', term: '辅助设施和服务', officialSource: null, check: 'team' },
];
