import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canRunBrowser,
  expectNoAxeViolations,
  hasHorizontalOverflow,
  openBrowserSession,
  PARENT,
  type BrowserSession,
} from './browser-harness';
import { eventually } from './wait-and-read';

// A parent subscribes a calendar to her child's dates and takes the link back (issue 18, point 1): on the account
// page she makes a Spanish link for Maya (the demo child), copies it, a calendar app's fetch of it (no cookie)
// answers the iCalendar feed; she revokes it and the next fetch is 404. On the timeline and meetings tabs, "Add to
// calendar" downloads one entry as an .ics file. axe-clean at desktop width and at 375 px. All people are fictional.

const STEP_TIMEOUT = 180_000;

/** A calendar app's fetch: from outside the browser, with no session. */
async function fetchAsCalendarApp(url: string): Promise<{ status: number; type: string; text: string }> {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
}

describe.skipIf(!canRunBrowser)('journey: a parent subscribes a calendar to her child’s dates', () => {
  let session: BrowserSession;
  let maya = '';
  let feedUrl = '';

  beforeAll(async () => {
    session = await openBrowserSession({ account: PARENT });
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.baseUrl });
    expect((await session.api('POST', '/api/v1/demo')).status()).toBe(201);
    const students = (await (await session.api('GET', '/api/v1/students')).json()) as {
      students: { id: string; givenName: string }[];
    };
    maya = students.students.find((s) => s.givenName === 'Maya')?.id ?? '';
    expect(maya).not.toBe('');
  }, STEP_TIMEOUT);
  afterAll(async () => {
    await session.close();
  }, STEP_TIMEOUT);

  it(
    'makes a Spanish link for one child on the account page, shown once with Copy; the feed answers without a session',
    async () => {
      const { page, baseUrl } = session;
      await page.goto(`${baseUrl}/account`);
      const section = page.getByRole('region', { name: 'Calendar' });
      await eventually(() => section.locator('h2').textContent()).toBe('Calendar');
      await eventually(() => section.locator('#calendar-feed-which option').allTextContents()).toContain('Maya Rivera');
      await eventually(() => section.getByText('You have no calendar links yet.').count()).toBe(1);
      await expectNoAxeViolations(page, 'the account page with calendar links');

      await section.locator('#calendar-feed-which').selectOption({ label: 'Maya Rivera' });
      await section.locator('#calendar-feed-language').selectOption('es');
      await section.getByRole('button', { name: 'Make a calendar link' }).click();
      await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe('calendar-link-title');
      feedUrl = await page.locator('#calendar-feed-url').inputValue();
      expect(feedUrl).toMatch(new RegExp(`^${baseUrl}/api/v1/calendar-feeds/[A-Za-z0-9_-]{40,}/binder\\.ics$`));
      await section.getByRole('button', { name: 'Copy link' }).click();
      await eventually(() => section.getByRole('status').first().textContent()).toBe('The link was copied.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(feedUrl);
      await expectNoAxeViolations(page, 'the new calendar link');

      const feed = await fetchAsCalendarApp(feedUrl);
      expect(feed.status).toBe(200);
      expect(feed.type).toBe('text/calendar; charset=utf-8');
      expect(feed.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(feed.text).toContain('X-WR-CALNAME:Binder: fechas de Maya');
      expect(feed.text).toContain('BEGIN:VALARM');

      await section.getByRole('button', { name: 'Done' }).click();
      await eventually(() => section.locator('li.calendar-feed strong').allTextContents()).toEqual(['Maya']);
      expect(await section.locator('li.calendar-feed').textContent()).toContain('Español');
    },
    STEP_TIMEOUT,
  );

  it(
    'revokes the link: the calendar app’s next fetch is 404',
    async () => {
      const { page } = session;
      const section = page.getByRole('region', { name: 'Calendar' });
      await section.getByRole('button', { name: /^Revoke the calendar link made / }).click();
      await eventually(() => section.locator('[role=status] p').last().textContent()).toBe(
        'The link was revoked: calendars subscribed to it will stop updating.',
      );
      await eventually(() => section.getByText('You have no calendar links yet.').count()).toBe(1);
      expect((await fetchAsCalendarApp(feedUrl)).status).toBe(404);
      await expectNoAxeViolations(page, 'the account page after revoking');
    },
    STEP_TIMEOUT,
  );

  it(
    'offers Add to calendar on each dated deadline and each meeting, saved as an .ics file',
    async () => {
      const { page, baseUrl } = session;
      await page.goto(`${baseUrl}/students/${maya}/timeline`);
      const add = page.getByRole('link', { name: /^Add to calendar: / });
      await eventually(() => add.count()).toBeGreaterThan(0);
      const href = (await add.first().getAttribute('href')) ?? '';
      expect(href).toMatch(new RegExp(`^/api/v1/students/${maya}/deadline\\.ics\\?rule=`));
      expect(await add.first().getAttribute('download')).toBe('');
      const deadline = await page.request.get(`${baseUrl}${href}`);
      expect(deadline.status()).toBe(200);
      expect(deadline.headers()['content-disposition']).toMatch(/^attachment; filename="Maya-.*\.ics"$/);
      expect(await deadline.text()).toContain('BEGIN:VEVENT');
      await expectNoAxeViolations(page, 'the timeline with Add to calendar');

      await page.goto(`${baseUrl}/students/${maya}/meetings`);
      const meeting = page.getByRole('link', { name: /^Add the meeting of .* to your calendar/ });
      await eventually(() => meeting.count()).toBeGreaterThan(0);
      const meetingFile = await page.request.get(`${baseUrl}${(await meeting.first().getAttribute('href')) ?? ''}`);
      expect(meetingFile.status()).toBe(200);
      expect(meetingFile.headers()['content-disposition']).toMatch(/^attachment; filename="Maya-meeting-.*\.ics"$/);
      await expectNoAxeViolations(page, 'the meetings tab with Add to calendar');
    },
    STEP_TIMEOUT,
  );

  it(
    'works on a phone: the account page at 375 px, with a link to copy, is axe-clean and fits the screen',
    async () => {
      const { page, baseUrl } = session;
      await page.setViewportSize({ width: 375, height: 812 });
      await page.goto(`${baseUrl}/account`);
      const section = page.getByRole('region', { name: 'Calendar' });
      await eventually(() => section.locator('#calendar-feed-which option').count()).toBe(3);
      await section.getByRole('button', { name: 'Make a calendar link' }).click();
      await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe('calendar-link-title');
      expect(await hasHorizontalOverflow(page)).toBe(false);
      await expectNoAxeViolations(page, 'the calendar link on a phone');
      const feed = await fetchAsCalendarApp(await page.locator('#calendar-feed-url').inputValue());
      expect(feed.status).toBe(200);
      expect(feed.text).toContain('X-WR-CALNAME:Binder: deadlines');
    },
    STEP_TIMEOUT,
  );

  it(
    'speaks Spanish: the calendar section and a new link, axe-clean; the feed is worded in Spanish',
    async () => {
      const spanish = await openBrowserSession({
        account: { name: 'Elena Ruiz', email: 'elena.ruiz@example.org' },
        locale: 'es-MX',
      });
      try {
        const { page, baseUrl } = spanish;
        expect((await spanish.api('POST', '/api/v1/demo', { language: 'es' })).status()).toBe(201);
        await page.goto(`${baseUrl}/account`);
        const section = page.getByRole('region', { name: 'Calendario' });
        await eventually(() => section.locator('h2').textContent()).toBe('Calendario');
        await eventually(() => section.getByText('Todavía no tiene enlaces de calendario.').count()).toBe(1);
        expect(await section.locator('#calendar-feed-language').inputValue()).toBe('es');
        await section.getByRole('button', { name: 'Crear un enlace de calendario' }).click();
        await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe('calendar-link-title');
        expect(await page.locator('#calendar-link-title').textContent()).toBe('Su nuevo enlace de calendario');
        await expectNoAxeViolations(page, 'the Spanish calendar link');
        const feed = await fetchAsCalendarApp(await page.locator('#calendar-feed-url').inputValue());
        expect(feed.text).toContain('X-WR-CALNAME:Binder: fechas límite');
        expect(feed.text).toContain('Abrir en Binder');
      } finally {
        await spanish.close();
      }
    },
    STEP_TIMEOUT,
  );
});
