import { describe, expect, it } from 'vitest';
import { weakestStatus } from './cited';
import { ALASKA_FACTS, FEDERAL_FACTS, TEXAS_FACTS, VIRGINIA_FACTS } from './jurisdiction-facts-builder';
import { ageText, clause, dayCount, evaluationTimeLimit, jurisdictionLead, yearsText } from './jurisdiction-phrases';

describe('jurisdiction phrases', () => {
  it('writes day counts in every language', () => {
    expect(dayCount(45, 'school-days')).toEqual({
      en: '45 school days',
      es: '45 días escolares',
      vi: '45 ngày học',
      'zh-Hans': '45 个上学日',
      ar: '45 يومًا دراسيًا',
    });
    expect(dayCount(60, 'calendar-days').es).toBe('60 días calendario');
    expect(dayCount(65, 'business-days').es).toBe('65 días hábiles');
    expect(dayCount(50, 'instructional-days').en).toBe('50 instructional days');
  });

  it('writes the evaluation time limit for each voice', () => {
    expect(evaluationTimeLimit(TEXAS_FACTS, 'me')).toMatchObject({
      en: '45 school days from the day it receives my written consent; by that date: written evaluation report completed',
      es: '45 días escolares a partir del día en que reciba mi consentimiento por escrito; para esa fecha: informe escrito de la evaluación terminado',
    });
    expect(evaluationTimeLimit(TEXAS_FACTS, 'you').vi).toMatch(
      /^45 ngày học kể từ ngày học khu nhận được sự đồng ý bằng văn bản của quý vị; đến ngày đó: /,
    );
    expect(evaluationTimeLimit(TEXAS_FACTS, 'neutral')['zh-Hans']).toMatch(
      /^自学区收到家长书面同意之日起 45 个上学日；/,
    );
    expect(evaluationTimeLimit(TEXAS_FACTS, 'you').en).toContain('receives your written consent');
    expect(evaluationTimeLimit(VIRGINIA_FACTS, 'me').en).toContain('from the day it receives this written request');
  });

  it('leads with the state, or with federal rules', () => {
    expect(jurisdictionLead(TEXAS_FACTS).en).toBe('In Texas');
    expect(jurisdictionLead(FEDERAL_FACTS).es).toBe('Según las normas federales');
    expect(jurisdictionLead(ALASKA_FACTS).en).toContain('federal rules');
  });

  it('writes ages and years', () => {
    expect(ageText(14)).toEqual({ en: '14', es: '14 años', vi: '14 tuổi', 'zh-Hans': '14 岁', ar: '14' });
    expect(ageText(14.5)).toEqual({
      en: '14 and a half',
      es: '14 años y medio',
      vi: '14 tuổi rưỡi',
      'zh-Hans': '14 岁半',
      ar: '14 ونصف',
    });
    expect(yearsText(1)).toEqual({ en: '1 year', es: '1 año', vi: '1 năm', 'zh-Hans': '1 年', ar: 'سنة واحدة' });
    expect(yearsText(2)).toEqual({ en: '2 years', es: '2 años', vi: '2 năm', 'zh-Hans': '2 年', ar: 'سنتين' });
    expect(yearsText(3).ar).toBe('3 سنوات');
  });

  it('lowers a sentence start to follow a colon, but not an acronym', () => {
    expect(clause('Written evaluation report completed.')).toBe('written evaluation report completed');
    expect(clause('IEP developed')).toBe('IEP developed');
    expect(clause('the evaluation is done')).toBe('the evaluation is done');
  });

  it('takes the weakest status', () => {
    expect(weakestStatus(['confirmed', 'dataset', 'confirmed-secondary'])).toBe('dataset');
    expect(weakestStatus(['confirmed'])).toBe('confirmed');
    expect(weakestStatus(['confirmed', 'unconfirmed'])).toBe('unconfirmed');
  });
});
