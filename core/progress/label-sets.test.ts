import { describe, expect, it } from 'vitest';
import { LABEL_SET_IDS, labelSetsFor } from './label-sets';

describe('labelSetsFor', () => {
  it("offers the child's state's codes first, then the plain words, then the rest", () => {
    expect(labelSetsFor('CT')).toEqual(['connecticut', 'federal', 'california-selpa', 'maryland-howard']);
    expect(labelSetsFor('md')).toEqual(['maryland-howard', 'federal', 'connecticut', 'california-selpa']);
    expect(labelSetsFor('CA')[0]).toBe('california-selpa');
  });

  it('keeps the plain words first for a state with no set of its own, federal only, or a child not loaded yet', () => {
    expect(labelSetsFor('TX')).toEqual([...LABEL_SET_IDS]);
    expect(labelSetsFor('US')).toEqual([...LABEL_SET_IDS]);
    expect(labelSetsFor(undefined)).toEqual([...LABEL_SET_IDS]);
  });
});
