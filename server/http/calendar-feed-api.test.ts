import ICAL from 'ical.js';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TimelineResult } from '../../core/timeline/timeline-result';
import { auditEntriesAfter, lastAuditSeq } from '../../test/helpers/audit-entries';
import { createTestApp, TEST_CLOCK, type TestApp } from '../../test/helpers/test-app';
import { signUp, type TestUser } from '../../test/helpers/test-users';
import { refreshStudentDeadlines } from '../services/student-timeline';

// The calendar feed (issue 18, point 1; docs/decisions/0039): parsed by a second library (ical.js), every dated
// deadline of the demo child present once with stable UIDs across a recompute; revocation and grant removal
// answer 404 at once; every fetch audited; and the "add to calendar" downloads. Runs on SQLite, and on
// PostgreSQL when BINDER_TEST_POSTGRES_URL is set. All people are fictional.

const FEED_ROUTE = 'GET /api/v1/calendar-feeds/:token/binder.ics';

let t: TestApp;
let owner: TestUser;
let maya: string;
let leo: string;

beforeEach(async () => {
  t = await createTestApp();
  owner = await signUp(t.app, { name: 'Ngozi Okafor', email: 'ngozi@example.org' });
  expect((await owner.inject({ method: 'POST', url: '/api/v1/demo' })).statusCode).toBe(201);
  const students = (await owner.inject({ method: 'GET', url: '/api/v1/students' })).json<{
    students: { id: string; givenName: string }[];
  }>().students;
  maya = students.find((s) => s.givenName === 'Maya')?.id ?? '';
  leo = students.find((s) => s.givenName === 'Leo')?.id ?? '';
  expect(maya).not.toBe('');
  expect(leo).not.toBe('');
}, 30_000);
afterEach(async () => {
  await t.close();
});

interface Created {
  id: string;
  token: string;
  path: string;
  studentId: string | null;
  language: string;
}

async function childFeed(by: TestUser, studentId: string, language = 'en'): Promise<Created> {
  const response = await by.inject({
    method: 'POST',
    url: `/api/v1/students/${studentId}/calendar-feeds`,
    payload: { language },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Created>();
}

async function personFeed(by: TestUser, language = 'en'): Promise<Created> {
  const response = await by.inject({ method: 'POST', url: '/api/v1/calendar-feeds', payload: { language } });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Created>();
}

/** A calendar app's fetch: no cookie, no session. */
function fetchFeed(path: string) {
  return t.app.inject({ method: 'GET', url: path });
}

interface ParsedEvent {
  uid: string;
  date: string;
  isDate: boolean;
  summary: string;
  description: string;
  url: string;
  alarms: number[];
}

/** The feed as a second library reads it. */
function parse(text: string): { name: string; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      date: event.startDate.toString(),
      isDate: event.startDate.isDate,
      summary: event.summary,
      description: event.description,
      url: String(component.getFirstPropertyValue('url')),
      alarms: component
        .getAllSubcomponents('valarm')
        .map((alarm) => (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()),
    };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), events };
}

/** RFC 5545's shape, checked on the raw text: CRLF only, lines of at most 75 octets, components balanced. */
function expectWellFormed(text: string): void {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines = text.split('\r\n').slice(0, -1);
  for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
  const unfolded = text.replace(/\r\n /g, '').split('\r\n');
  const stack: string[] = [];
  for (const line of unfolded) {
    if (line.startsWith('BEGIN:')) stack.push(line.slice(6));
    if (line.startsWith('END:')) expect(stack.pop()).toBe(line.slice(4));
  }
  expect(stack).toEqual([]);
  expect(unfolded[0]).toBe('BEGIN:VCALENDAR');
}

async function timelineOf(studentId: string): Promise<TimelineResult> {
  const response = await owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/timeline` });
  expect(response.statusCode).toBe(200);
  return response.json<TimelineResult>();
}

function datedDeadlines(timeline: TimelineResult) {
  return timeline.deadlines.filter((d): d is typeof d & { due: string } => d.due !== null);
}

describe('a child’s calendar feed', () => {
  it('shows every dated deadline of the demo child exactly once, valid iCalendar read by a second parser', async () => {
    const feed = await childFeed(owner, maya);
    expect(feed.path).toBe(`/api/v1/calendar-feeds/${feed.token}/binder.ics`);
    const response = await fetchFeed(feed.path);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expectWellFormed(response.body);
    const { name, events } = parse(response.body);
    expect(name).toBe('Binder: Maya’s dates');

    const dated = datedDeadlines(await timelineOf(maya));
    expect(dated.length).toBeGreaterThan(3);
    const deadlineEvents = events.filter((e) => e.uid.startsWith('deadline.'));
    expect(deadlineEvents).toHaveLength(dated.length);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    // Each dated deadline once: its day, what is owed, and its citation, as an all-day entry.
    const remaining = [...deadlineEvents];
    for (const deadline of dated) {
      const index = remaining.findIndex(
        (e) =>
          e.date === deadline.due &&
          e.uid.includes(`.${deadline.rule}.`) &&
          e.description.includes(`Law: ${deadline.citation}`) &&
          e.description.includes(deadline.explanation.en),
      );
      expect(index, `${deadline.kind} due ${deadline.due}`).toBeGreaterThanOrEqual(0);
      const [event] = remaining.splice(index, 1);
      expect(event?.isDate).toBe(true);
      expect(event?.summary).toContain('(Maya)');
      expect(event?.url).toBe(`http://localhost/students/${maya}/timeline`);
      // An open deadline still to come rings a week and a day before, at nine in the morning.
      if (deadline.status === 'open' && deadline.due >= TEST_CLOCK.today()) {
        expect(event?.alarms.sort((a, b) => a - b)).toEqual([-(6 * 24 + 15) * 3600, -15 * 3600]);
      } else {
        expect(event?.alarms).toEqual([]);
      }
    }
    expect(remaining).toEqual([]);
    // The demo's meetings are there too, with the link to the meetings tab.
    const meetings = (await owner.inject({ method: 'GET', url: `/api/v1/students/${maya}/meetings` })).json<{
      meetings: { id: string; date: string }[];
    }>().meetings;
    expect(meetings.length).toBeGreaterThan(0);
    for (const meeting of meetings) {
      const event = events.find((e) => e.uid === `meeting.${meeting.id}@binder`);
      expect(event?.date).toBe(meeting.date);
      expect(event?.url).toBe(`http://localhost/students/${maya}/meetings`);
    }
    // Nothing of the other child.
    expect(response.body).not.toContain(leo);
  });

  it('keeps every UID across a recompute, and a corrected event date moves its deadline under the same UID', async () => {
    const feed = await childFeed(owner, maya);
    const before = parse((await fetchFeed(feed.path)).body).events;
    await t.database.db.transaction().execute((trx) => refreshStudentDeadlines(trx, maya, TEST_CLOCK.today()));
    const again = parse((await fetchFeed(feed.path)).body).events;
    expect(again.map((e) => [e.uid, e.date])).toEqual(before.map((e) => [e.uid, e.date]));

    // Correct the date of an event that starts a dated deadline (a week earlier): the deadline moves, its UID stays.
    const timeline = await timelineOf(maya);
    const events = (await owner.inject({ method: 'GET', url: `/api/v1/students/${maya}/events` })).json<{
      events: { id: string; event: { type: string; date: string } & Record<string, unknown> }[];
    }>().events;
    const moved = datedDeadlines(timeline).find((d) =>
      events.some((e) => e.event.date === d.trigger.date && e.event.type === d.trigger.type),
    );
    expect(moved).toBeDefined();
    const stored = events.find((e) => e.event.date === moved?.trigger.date && e.event.type === moved.trigger.type);
    const earlier = new Date(Date.parse(`${stored?.event.date ?? ''}T00:00:00Z`) - 7 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const put = await owner.inject({
      method: 'PUT',
      url: `/api/v1/events/${stored?.id ?? ''}`,
      payload: { ...stored?.event, date: earlier },
    });
    expect(put.statusCode, put.body).toBe(200);
    const after = parse((await fetchFeed(feed.path)).body).events;
    expect(after.map((e) => e.uid).sort()).toEqual(before.map((e) => e.uid).sort());
    const uidOf = (list: ParsedEvent[]) =>
      list.find((e) => e.uid.includes(`.${moved?.rule ?? ''}.`) && e.date === moved?.due)?.uid;
    const uid = uidOf(before);
    expect(uid).toBeDefined();
    expect(after.find((e) => e.uid === uid)?.date).not.toBe(moved?.due);
  });

  it('is worded in the language chosen for it', async () => {
    const feed = await childFeed(owner, maya, 'es');
    const { name, events } = parse((await fetchFeed(feed.path)).body);
    expect(name).toBe('Binder: fechas de Maya');
    const dated = datedDeadlines(await timelineOf(maya));
    for (const deadline of dated) {
      expect(events.some((e) => e.description.includes(deadline.explanation.es))).toBe(true);
    }
    expect(events.every((e) => e.description.includes('Abrir en Binder'))).toBe(true);
  });

  it.each(['vi', 'zh-Hans', 'ar'] as const)(
    'is made, kept and worded in %s like in English or Spanish',
    async (language) => {
      const feed = await childFeed(owner, maya, language);
      const { events } = parse((await fetchFeed(feed.path)).body);
      const dated = datedDeadlines(await timelineOf(maya));
      expect(dated.length).toBeGreaterThan(0);
      for (const deadline of dated) {
        const explanation = deadline.explanation[language] ?? '';
        expect(explanation).not.toBe('');
        expect(explanation).not.toBe(deadline.explanation.en);
        expect(events.some((e) => e.description.includes(explanation))).toBe(true);
      }
      const listed = await owner.inject({ method: 'GET', url: '/api/v1/calendar-feeds' });
      expect(listed.json<{ feeds: { language: string }[] }>().feeds.map((f) => f.language)).toEqual([language]);
    },
  );

  it('stores only the SHA-256 of the token, and audits each fetch in its maker’s name', async () => {
    const feed = await childFeed(owner, maya);
    const rows = await t.database.db.selectFrom('calendar_feeds').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).toBe(createHash('sha256').update(feed.token).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(feed.token);

    const seq = await lastAuditSeq(t.database.db);
    await fetchFeed(feed.path);
    await fetchFeed(feed.path);
    const entries = await auditEntriesAfter(t.database.db, seq);
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      expect(entry).toMatchObject({
        actorUserId: owner.id,
        actorEmail: 'ngozi@example.org',
        actorRole: 'owner',
        studentId: maya,
        entity: 'case-event',
        entityId: feed.id,
        action: 'read',
        route: FEED_ROUTE,
        outcome: 'allowed',
      });
    }
    expect(JSON.stringify(entries)).not.toContain(feed.token);
  });
});

describe('a person’s calendar feed', () => {
  it('shows every child they may see, and audits the fetch once per child', async () => {
    const feed = await personFeed(owner);
    expect(feed.studentId).toBeNull();
    const seq = await lastAuditSeq(t.database.db);
    const response = await fetchFeed(feed.path);
    expect(response.statusCode).toBe(200);
    expectWellFormed(response.body);
    const entries = await auditEntriesAfter(t.database.db, seq);
    const { name, events } = parse(response.body);
    expect(name).toBe('Binder: deadlines');
    const dated = datedDeadlines(await timelineOf(maya)).length + datedDeadlines(await timelineOf(leo)).length;
    expect(events.filter((e) => e.uid.startsWith('deadline.'))).toHaveLength(dated);
    expect(events.some((e) => e.summary.includes('(Leo)'))).toBe(true);
    expect(events.some((e) => e.summary.includes('(Maya)'))).toBe(true);
    expect(entries.map((e) => [e.studentId, e.outcome, e.route, e.actorUserId]).sort()).toEqual(
      [
        [leo, 'allowed', FEED_ROUTE, owner.id],
        [maya, 'allowed', FEED_ROUTE, owner.id],
      ].sort(),
    );
  });

  it('lists the person’s working links without tokens', async () => {
    const all = await personFeed(owner, 'es');
    const one = await childFeed(owner, maya);
    const list = await owner.inject({ method: 'GET', url: '/api/v1/calendar-feeds' });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(all.token);
    expect(list.body).not.toContain(one.token);
    const { feeds } = list.json<{ feeds: { id: string; childGivenName: string | null; works: boolean }[] }>();
    expect(feeds.map((f) => f.id).sort()).toEqual([all.id, one.id].sort());
    expect(feeds.find((f) => f.id === one.id)).toMatchObject({ childGivenName: 'Maya', works: true });
    const stranger = await signUp(t.app, { name: 'Sam Whitfield', email: 'sam@example.org' });
    expect((await stranger.inject({ method: 'GET', url: '/api/v1/calendar-feeds' })).json()).toEqual({ feeds: [] });
  });
});

describe('revoking and following grants', () => {
  it('a revoked link answers 404 at once (audited as refused); only its maker can revoke it', async () => {
    const feed = await childFeed(owner, maya);
    const stranger = await signUp(t.app, { name: 'Sam Whitfield', email: 'sam@example.org' });
    const theirs = await stranger.inject({ method: 'DELETE', url: `/api/v1/calendar-feeds/${feed.id}` });
    expect(theirs.statusCode).toBe(404);
    expect((await fetchFeed(feed.path)).statusCode).toBe(200);

    const revoke = await owner.inject({ method: 'DELETE', url: `/api/v1/calendar-feeds/${feed.id}` });
    expect(revoke.statusCode).toBe(204);
    const seq = await lastAuditSeq(t.database.db);
    const gone = await fetchFeed(feed.path);
    expect(gone.statusCode).toBe(404);
    expect(gone.body).not.toContain('Maya');
    const entries = await auditEntriesAfter(t.database.db, seq);
    expect(entries).toEqual([
      expect.objectContaining({ studentId: maya, actorUserId: owner.id, outcome: 'denied', route: FEED_ROUTE }),
    ]);
    expect((await owner.inject({ method: 'DELETE', url: `/api/v1/calendar-feeds/${feed.id}` })).statusCode).toBe(404);
    expect((await owner.inject({ method: 'GET', url: '/api/v1/calendar-feeds' })).json()).toEqual({ feeds: [] });
  });

  it('an advocate’s links answer 404 as soon as the family removes their access', async () => {
    const advocate = await signUp(t.app, { name: 'Ruth Adeyemi', email: 'ruth@example.org' });
    const invitation = (
      await owner.inject({ method: 'POST', url: `/api/v1/students/${maya}/invitations`, payload: { role: 'advocate' } })
    ).json<{ token: string }>();
    const accepted = await advocate.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token: invitation.token },
    });
    expect(accepted.statusCode).toBe(200);
    const one = await childFeed(advocate, maya);
    const all = await personFeed(advocate);
    expect((await fetchFeed(one.path)).statusCode).toBe(200);
    const everything = parse((await fetchFeed(all.path)).body).events;
    // The advocate sees Maya only: Leo was never shared with them.
    expect(everything.some((e) => e.summary.includes('(Maya)'))).toBe(true);
    expect(everything.some((e) => e.summary.includes('(Leo)'))).toBe(false);

    const access = (await owner.inject({ method: 'GET', url: `/api/v1/students/${maya}/access` })).json<{
      people: { grantId: string; userId: string }[];
    }>();
    const grant = access.people.find((p) => p.userId === advocate.id);
    const seq = await lastAuditSeq(t.database.db);
    expect((await owner.inject({ method: 'DELETE', url: `/api/v1/access/${grant?.grantId ?? ''}` })).statusCode).toBe(
      204,
    );
    expect((await fetchFeed(one.path)).statusCode).toBe(404);
    expect((await fetchFeed(all.path)).statusCode).toBe(404);
    const refused = (await auditEntriesAfter(t.database.db, seq)).filter((e) => e.route === FEED_ROUTE);
    expect(refused.map((e) => [e.actorUserId, e.outcome])).toEqual([
      [advocate.id, 'denied'],
      [advocate.id, 'denied'],
    ]);
    expect(refused[0]?.studentId).toBe(maya);
    const list = (await advocate.inject({ method: 'GET', url: '/api/v1/calendar-feeds' })).json<{
      feeds: { id: string; works: boolean; childGivenName: string | null }[];
    }>();
    expect(list.feeds.find((f) => f.id === one.id)).toMatchObject({ works: false, childGivenName: null });
  });

  it('school staff, who do not see the deadlines, cannot make a child’s feed (404 like no record)', async () => {
    const staff = await signUp(t.app, { name: 'Kwame Mensah', email: 'kwame@example.org' });
    const invitation = (
      await owner.inject({
        method: 'POST',
        url: `/api/v1/students/${maya}/invitations`,
        payload: { role: 'school-staff' },
      })
    ).json<{ token: string }>();
    await staff.inject({ method: 'POST', url: '/api/v1/invitations/accept', payload: { token: invitation.token } });
    const response = await staff.inject({
      method: 'POST',
      url: `/api/v1/students/${maya}/calendar-feeds`,
      payload: { language: 'en' },
    });
    expect(response.statusCode).toBe(404);
    // Their all-children link has nothing they may see: 404.
    const all = await personFeed(staff);
    expect((await fetchFeed(all.path)).statusCode).toBe(404);
  });
});

describe('bad input', () => {
  it('names the field: an unknown language, a malformed token', async () => {
    const language = await owner.inject({ method: 'POST', url: '/api/v1/calendar-feeds', payload: { language: 'fr' } });
    expect(language.statusCode).toBe(400);
    expect(language.json<{ error: { message: string } }>().error.message).toMatch(/^language: /);
    const token = await fetchFeed('/api/v1/calendar-feeds/not%20a%20token/binder.ics');
    expect(token.statusCode).toBe(400);
    expect(token.json<{ error: { message: string } }>().error.message).toMatch(/^token: /);
    expect((await fetchFeed('/api/v1/calendar-feeds/no-such-token/binder.ics')).statusCode).toBe(404);
    expect(await t.database.db.selectFrom('calendar_feeds').selectAll().execute()).toEqual([]);
  });
});

describe('add to calendar', () => {
  it('downloads one deadline as an attachment, with the same UID the feed gives it', async () => {
    const [deadline] = datedDeadlines(await timelineOf(maya));
    expect(deadline).toBeDefined();
    const query = `rule=${encodeURIComponent(deadline?.rule ?? '')}&trigger=${deadline?.trigger.date ?? ''}`;
    const response = await owner.inject({ method: 'GET', url: `/api/v1/students/${maya}/deadline.ics?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="Maya-.*\.ics"$/);
    expectWellFormed(response.body);
    const [event, ...others] = parse(response.body).events;
    expect(others).toEqual([]);
    expect(event?.date).toBe(deadline?.due);
    const feed = parse((await fetchFeed((await childFeed(owner, maya)).path)).body).events;
    expect(feed.find((e) => e.uid === event?.uid)?.date).toBe(deadline?.due);

    const missing = await owner.inject({
      method: 'GET',
      url: `/api/v1/students/${maya}/deadline.ics?rule=no-such-rule&trigger=2026-01-01`,
    });
    expect(missing.statusCode).toBe(404);
    const badDate = await owner.inject({
      method: 'GET',
      url: `/api/v1/students/${maya}/deadline.ics?rule=x&trigger=2026-13-01`,
    });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json<{ error: { message: string } }>().error.message).toMatch(/^trigger: /);
  });

  it('downloads a meeting in the language asked for', async () => {
    const [meeting] = (await owner.inject({ method: 'GET', url: `/api/v1/students/${maya}/meetings` })).json<{
      meetings: { id: string; date: string }[];
    }>().meetings;
    const response = await owner.inject({
      method: 'GET',
      url: `/api/v1/meetings/${meeting?.id ?? ''}/calendar.ics?language=es`,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="Maya-meeting-.*\.ics"$/);
    const [event] = parse(response.body).events;
    expect(event).toMatchObject({ uid: `meeting.${meeting?.id ?? ''}@binder`, date: meeting?.date, isDate: true });
    expect(event?.summary).toMatch(/^Reunión/);
  });
});
