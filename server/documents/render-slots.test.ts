import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error';
import { RenderSlots } from './render-slots';

/** Work that finishes when the test says so. */
function held(): { promise: Promise<string>; finish: () => void } {
  let resolveWork: ((value: string) => void) | null = null;
  const promise = new Promise<string>((resolve) => {
    resolveWork = resolve;
  });
  return {
    promise,
    finish: () => {
      resolveWork?.('done');
    },
  };
}

describe('RenderSlots', () => {
  it('lets exactly the limit run at once per account, refuses the rest with 429, and frees slots as work ends', async () => {
    const slots = new RenderSlots(4);
    const work = Array.from({ length: 10 }, held);
    const outcomes = work.map((w) => slots.run('account-a', () => w.promise).then(String, (error: unknown) => error));
    const otherAccount = slots.run('account-b', () => Promise.resolve('b'));
    expect(slots.inUse('account-a')).toBe(4);

    work.forEach((w) => {
      w.finish();
    });
    const settled = await Promise.all(outcomes);
    expect(settled.filter((o) => o === 'done')).toHaveLength(4);
    const refusals = settled.filter((o): o is AppError => o instanceof AppError);
    expect(refusals).toHaveLength(6);
    expect(refusals.map((e) => [e.code, e.statusCode, e.retryAfterSeconds])).toEqual(
      Array.from({ length: 6 }, () => ['too-many-requests', 429, 2]),
    );
    expect(await otherAccount).toBe('b');
    expect(slots.inUse('account-a')).toBe(0);
  });

  it('gives the slot back when the work fails', async () => {
    const slots = new RenderSlots(1);
    await expect(slots.run('account-a', () => Promise.reject(new Error('renderer broke')))).rejects.toThrow(
      'renderer broke',
    );
    expect(slots.inUse('account-a')).toBe(0);
    expect(await slots.run('account-a', () => Promise.resolve(7))).toBe(7);
  });
});
