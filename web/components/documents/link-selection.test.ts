import { describe, expect, it } from 'vitest';
import { linksOf, NO_LINKS, selectionOf } from './link-selection';

describe('the link selects of a document', () => {
  it('start from the first link of each kind, and send one link per chosen kind', () => {
    const selection = selectionOf([
      { kind: 'meeting', id: 'm1' },
      { kind: 'letter', id: 'l1' },
    ]);
    expect(selection).toEqual({ event: '', meeting: 'm1', letter: 'l1', communication: '' });
    expect(linksOf({ ...selection, letter: '', communication: 'c1' })).toEqual([
      { kind: 'meeting', id: 'm1' },
      { kind: 'communication', id: 'c1' },
    ]);
    expect(linksOf(NO_LINKS)).toEqual([]);
  });

  it('keep the further links a document already had (the selects show only the first of each kind)', () => {
    const kept = [
      { kind: 'event', id: 'e1' },
      { kind: 'event', id: 'e2' },
    ] as const;
    expect(linksOf({ ...selectionOf(kept), event: 'e3' }, kept)).toEqual([
      { kind: 'event', id: 'e3' },
      { kind: 'event', id: 'e2' },
    ]);
    expect(linksOf(NO_LINKS, kept)).toEqual([{ kind: 'event', id: 'e2' }]);
  });
});
