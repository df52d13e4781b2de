import type { LocalizedText } from './rule-status';

/**
 * Every jurisdiction a case file may name: `US` (federal rules only), the 50 states, the District
 * of Columbia and the territories that take IDEA Part B funds, with their names in every language Binder speaks.
 */
export const JURISDICTION_NAMES = {
  US: {
    en: 'United States (federal rules)',
    es: 'Estados Unidos (normas federales)',
    vi: 'Hoa Kỳ (quy định liên bang)',
    'zh-Hans': '美国（联邦规定）',
    ar: 'الولايات المتحدة (القواعد الفيدرالية)',
  },
  AL: { en: 'Alabama', es: 'Alabama', vi: 'Alabama', 'zh-Hans': '阿拉巴马州', ar: 'ألاباما' },
  AK: { en: 'Alaska', es: 'Alaska', vi: 'Alaska', 'zh-Hans': '阿拉斯加州', ar: 'ألاسكا' },
  AZ: { en: 'Arizona', es: 'Arizona', vi: 'Arizona', 'zh-Hans': '亚利桑那州', ar: 'أريزونا' },
  AR: { en: 'Arkansas', es: 'Arkansas', vi: 'Arkansas', 'zh-Hans': '阿肯色州', ar: 'أركنساس' },
  CA: { en: 'California', es: 'California', vi: 'California', 'zh-Hans': '加利福尼亚州', ar: 'كاليفورنيا' },
  CO: { en: 'Colorado', es: 'Colorado', vi: 'Colorado', 'zh-Hans': '科罗拉多州', ar: 'كولورادو' },
  CT: { en: 'Connecticut', es: 'Connecticut', vi: 'Connecticut', 'zh-Hans': '康涅狄格州', ar: 'كونيتيكت' },
  DE: { en: 'Delaware', es: 'Delaware', vi: 'Delaware', 'zh-Hans': '特拉华州', ar: 'ديلاوير' },
  DC: {
    en: 'District of Columbia',
    es: 'Distrito de Columbia',
    vi: 'Đặc khu Columbia',
    'zh-Hans': '哥伦比亚特区',
    ar: 'مقاطعة كولومبيا',
  },
  FL: { en: 'Florida', es: 'Florida', vi: 'Florida', 'zh-Hans': '佛罗里达州', ar: 'فلوريدا' },
  GA: { en: 'Georgia', es: 'Georgia', vi: 'Georgia', 'zh-Hans': '佐治亚州', ar: 'جورجيا' },
  HI: { en: 'Hawaii', es: 'Hawái', vi: 'Hawaii', 'zh-Hans': '夏威夷州', ar: 'هاواي' },
  ID: { en: 'Idaho', es: 'Idaho', vi: 'Idaho', 'zh-Hans': '爱达荷州', ar: 'أيداهو' },
  IL: { en: 'Illinois', es: 'Illinois', vi: 'Illinois', 'zh-Hans': '伊利诺伊州', ar: 'إلينوي' },
  IN: { en: 'Indiana', es: 'Indiana', vi: 'Indiana', 'zh-Hans': '印第安纳州', ar: 'إنديانا' },
  IA: { en: 'Iowa', es: 'Iowa', vi: 'Iowa', 'zh-Hans': '艾奥瓦州', ar: 'آيوا' },
  KS: { en: 'Kansas', es: 'Kansas', vi: 'Kansas', 'zh-Hans': '堪萨斯州', ar: 'كانساس' },
  KY: { en: 'Kentucky', es: 'Kentucky', vi: 'Kentucky', 'zh-Hans': '肯塔基州', ar: 'كنتاكي' },
  LA: { en: 'Louisiana', es: 'Luisiana', vi: 'Louisiana', 'zh-Hans': '路易斯安那州', ar: 'لويزيانا' },
  ME: { en: 'Maine', es: 'Maine', vi: 'Maine', 'zh-Hans': '缅因州', ar: 'مين' },
  MD: { en: 'Maryland', es: 'Maryland', vi: 'Maryland', 'zh-Hans': '马里兰州', ar: 'ماريلاند' },
  MA: { en: 'Massachusetts', es: 'Massachusetts', vi: 'Massachusetts', 'zh-Hans': '马萨诸塞州', ar: 'ماساتشوستس' },
  MI: { en: 'Michigan', es: 'Míchigan', vi: 'Michigan', 'zh-Hans': '密歇根州', ar: 'ميشيغان' },
  MN: { en: 'Minnesota', es: 'Minnesota', vi: 'Minnesota', 'zh-Hans': '明尼苏达州', ar: 'مينيسوتا' },
  MS: { en: 'Mississippi', es: 'Misisipi', vi: 'Mississippi', 'zh-Hans': '密西西比州', ar: 'ميسيسيبي' },
  MO: { en: 'Missouri', es: 'Misuri', vi: 'Missouri', 'zh-Hans': '密苏里州', ar: 'ميزوري' },
  MT: { en: 'Montana', es: 'Montana', vi: 'Montana', 'zh-Hans': '蒙大拿州', ar: 'مونتانا' },
  NE: { en: 'Nebraska', es: 'Nebraska', vi: 'Nebraska', 'zh-Hans': '内布拉斯加州', ar: 'نبراسكا' },
  NV: { en: 'Nevada', es: 'Nevada', vi: 'Nevada', 'zh-Hans': '内华达州', ar: 'نيفادا' },
  NH: { en: 'New Hampshire', es: 'Nuevo Hampshire', vi: 'New Hampshire', 'zh-Hans': '新罕布什尔州', ar: 'نيوهامبشير' },
  NJ: { en: 'New Jersey', es: 'Nueva Jersey', vi: 'New Jersey', 'zh-Hans': '新泽西州', ar: 'نيوجيرسي' },
  NM: { en: 'New Mexico', es: 'Nuevo México', vi: 'New Mexico', 'zh-Hans': '新墨西哥州', ar: 'نيومكسيكو' },
  NY: { en: 'New York', es: 'Nueva York', vi: 'New York', 'zh-Hans': '纽约州', ar: 'نيويورك' },
  NC: {
    en: 'North Carolina',
    es: 'Carolina del Norte',
    vi: 'Bắc Carolina',
    'zh-Hans': '北卡罗来纳州',
    ar: 'كارولاينا الشمالية',
  },
  ND: { en: 'North Dakota', es: 'Dakota del Norte', vi: 'Bắc Dakota', 'zh-Hans': '北达科他州', ar: 'داكوتا الشمالية' },
  OH: { en: 'Ohio', es: 'Ohio', vi: 'Ohio', 'zh-Hans': '俄亥俄州', ar: 'أوهايو' },
  OK: { en: 'Oklahoma', es: 'Oklahoma', vi: 'Oklahoma', 'zh-Hans': '俄克拉何马州', ar: 'أوكلاهوما' },
  OR: { en: 'Oregon', es: 'Oregón', vi: 'Oregon', 'zh-Hans': '俄勒冈州', ar: 'أوريغون' },
  PA: { en: 'Pennsylvania', es: 'Pensilvania', vi: 'Pennsylvania', 'zh-Hans': '宾夕法尼亚州', ar: 'بنسلفانيا' },
  RI: { en: 'Rhode Island', es: 'Rhode Island', vi: 'Rhode Island', 'zh-Hans': '罗得岛州', ar: 'رود آيلاند' },
  SC: {
    en: 'South Carolina',
    es: 'Carolina del Sur',
    vi: 'Nam Carolina',
    'zh-Hans': '南卡罗来纳州',
    ar: 'كارولاينا الجنوبية',
  },
  SD: { en: 'South Dakota', es: 'Dakota del Sur', vi: 'Nam Dakota', 'zh-Hans': '南达科他州', ar: 'داكوتا الجنوبية' },
  TN: { en: 'Tennessee', es: 'Tennessee', vi: 'Tennessee', 'zh-Hans': '田纳西州', ar: 'تينيسي' },
  TX: { en: 'Texas', es: 'Texas', vi: 'Texas', 'zh-Hans': '得克萨斯州', ar: 'تكساس' },
  UT: { en: 'Utah', es: 'Utah', vi: 'Utah', 'zh-Hans': '犹他州', ar: 'يوتا' },
  VT: { en: 'Vermont', es: 'Vermont', vi: 'Vermont', 'zh-Hans': '佛蒙特州', ar: 'فيرمونت' },
  VA: { en: 'Virginia', es: 'Virginia', vi: 'Virginia', 'zh-Hans': '弗吉尼亚州', ar: 'فرجينيا' },
  WA: { en: 'Washington', es: 'Washington', vi: 'Washington', 'zh-Hans': '华盛顿州', ar: 'واشنطن' },
  WV: {
    en: 'West Virginia',
    es: 'Virginia Occidental',
    vi: 'Tây Virginia',
    'zh-Hans': '西弗吉尼亚州',
    ar: 'فرجينيا الغربية',
  },
  WI: { en: 'Wisconsin', es: 'Wisconsin', vi: 'Wisconsin', 'zh-Hans': '威斯康星州', ar: 'ويسكونسن' },
  WY: { en: 'Wyoming', es: 'Wyoming', vi: 'Wyoming', 'zh-Hans': '怀俄明州', ar: 'وايومنغ' },
  AS: {
    en: 'American Samoa',
    es: 'Samoa Americana',
    vi: 'Samoa thuộc Mỹ',
    'zh-Hans': '美属萨摩亚',
    ar: 'ساموا الأمريكية',
  },
  GU: { en: 'Guam', es: 'Guam', vi: 'Guam', 'zh-Hans': '关岛', ar: 'غوام' },
  MP: {
    en: 'Northern Mariana Islands',
    es: 'Islas Marianas del Norte',
    vi: 'Quần đảo Bắc Mariana',
    'zh-Hans': '北马里亚纳群岛',
    ar: 'جزر ماريانا الشمالية',
  },
  PR: { en: 'Puerto Rico', es: 'Puerto Rico', vi: 'Puerto Rico', 'zh-Hans': '波多黎各', ar: 'بورتوريكو' },
  VI: {
    en: 'U.S. Virgin Islands',
    es: 'Islas Vírgenes de los Estados Unidos',
    vi: 'Quần đảo Virgin thuộc Mỹ',
    'zh-Hans': '美属维尔京群岛',
    ar: 'جزر فيرجن الأمريكية',
  },
} as const satisfies Record<string, LocalizedText>;

export type JurisdictionCode = keyof typeof JURISDICTION_NAMES;

/** True for `US` and every state, district and territory code Binder knows (upper case). */
export function isJurisdictionCode(code: string): code is JurisdictionCode {
  return Object.hasOwn(JURISDICTION_NAMES, code);
}

/** The territories that take IDEA Part B funds; Binder has no rules of theirs, so federal rules stand in. */
const TERRITORY_CODES: readonly JurisdictionCode[] = ['AS', 'GU', 'MP', 'PR', 'VI'];

/** The 50 states and the District of Columbia, in the order of {@link JURISDICTION_NAMES}: every one has rules. */
export const STATE_AND_DC_CODES: readonly JurisdictionCode[] = (
  Object.keys(JURISDICTION_NAMES) as JurisdictionCode[]
).filter((code) => code !== 'US' && !TERRITORY_CODES.includes(code));
