import { describe, expect, it } from 'vitest';
import { eventEffects } from './event-effects';

describe('eventEffects', () => {
  it('says a consent starts the state’s evaluation clock (Texas: 45 school days) instead of the federal one', () => {
    const effects = eventEffects('TX', { type: 'evaluation-consent-received', date: '2026-09-10' });
    const started = effects.starts.map((rule) => rule.id);
    expect(started).toContain('tx.initial-evaluation');
    expect(started).not.toContain('idea.initial-evaluation');
  });

  it('says a finished initial evaluation completes the federal clock, and a written request calls for prior written notice', () => {
    const done = eventEffects('US', { type: 'evaluation-completed', date: '2026-10-01', kind: 'initial' });
    expect(done.completes.map((rule) => rule.id)).toContain('idea.initial-evaluation');
    const request = eventEffects('US', { type: 'evaluation-requested', date: '2026-09-01' });
    expect(request.reminders.map((rule) => rule.citation)).toContain('34 CFR 300.503(a)');
  });

  it('starts a Virginia clock from a written referral but not from an oral request', () => {
    expect(eventEffects('VA', { type: 'evaluation-requested', date: '2026-09-01' }).starts.map((r) => r.id)).toContain(
      'va.initial-evaluation',
    );
    expect(eventEffects('VA', { type: 'evaluation-requested', date: '2026-09-01', oral: true }).starts).toEqual([]);
  });
});
