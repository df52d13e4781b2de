import { describe, expect, it } from 'vitest';
import { unitFamily } from './unit-family';

describe('unitFamily', () => {
  it.each([
    ['90 words correct per minute', 'rate'],
    ['48 wcpm', 'rate'],
    ['2 incidents per day', 'rate'],
    ['35 palabras correctas por minuto', 'rate'],
    ['80% accuracy', 'proportion'],
    ['4 out of 5 opportunities', 'proportion'],
    ['18 de 20 problemas', 'proportion'],
    ['score of 3', 'score'],
    ['10 minutes', 'duration'],
    ['3 incidents', 'count'],
    ['3 of 4 weekly probes', null],
    ['3 consecutive sessions', null],
    ['3 de 4 sondeos semanales', null],
  ])('%s → %s', (phrase, family) => {
    expect(unitFamily(phrase)).toBe(family);
  });
});
