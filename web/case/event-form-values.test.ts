import { describe, expect, it } from 'vitest';
import type { CaseEventInput } from '../../core/schemas/case-event';
import { eventFromForm, formFromEvent } from './event-form-values';

// Correcting an event opens the add form filled in with it: reading the form back gives the same event.

const EVENTS = [
  { type: 'evaluation-requested', date: '2026-09-02', by: 'school', oral: true },
  { type: 'evaluation-consent-received', date: '2026-09-10' },
  { type: 'evaluation-completed', date: '2026-10-30', kind: 'reevaluation' },
  { type: 'eligibility-determined', date: '2026-11-04', framework: '504', eligible: false },
  { type: 'iep-meeting-held', date: '2026-11-19', purpose: 'annual', transition: true },
  { type: 'plan-started', date: '2026-11-20', framework: '504' },
  { type: 'meeting-scheduled', date: '2026-11-01', meetingDate: '2026-11-15', kind: 'resolution' },
  { type: 'prior-written-notice-given', date: '2026-11-21', subject: 'placement' },
] as unknown as CaseEventInput[];

describe('formFromEvent', () => {
  it.each(EVENTS)('fills the form so that it reads back as the same $type event', (event) => {
    expect(eventFromForm(formFromEvent(event))).toEqual(event);
  });
});
