// The parents' calendar feed as a phone's calendar reads it: the coordinator makes the link on
// the family's page, the feed is fetched without a session and parsed with ical.js (its own
// VTIMEZONE registered), a planned appointment is in it at its local time, and once revoked
// the link answers 404. A weekly series as the planner writes it (the fixture, which the
// writer's doctest pins byte for byte) expands to the right dates. Needs no browser.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { after, before, test } from 'node:test';
import ICAL from 'ical.js';
import { accounts, passwordOf, startPlanner } from './planner.mjs';

let planner;
before(async () => {
  planner = await startPlanner();
});
after(async () => {
  await planner?.stop();
});

// One value from the planner's database (the test reads it as an administrator would).
function sql(query) {
  return execFileSync('sqlite3', [planner.db, query], { encoding: 'utf8' }).trim();
}

// A staff session through the login API: its cookie and CSRF token.
async function login(account) {
  const res = await fetch(`${planner.url}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: account.name, password: passwordOf(account) }),
  });
  assert.equal(res.status, 200);
  const cookie = res.headers.get('set-cookie').split(';')[0];
  const { csrf } = await res.json();
  return { cookie, csrf };
}

// Posts the family's calendar page form as the browser does; the response.
function postAgenda(session, familyId, op) {
  return fetch(`${planner.url}/gezin/${familyId}/agenda`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: session.cookie },
    body: new URLSearchParams({ op, csrf: session.csrf }).toString(),
  });
}

// Makes the family's link on its page; the feed's URL as the page shows it (once).
async function makeLink(session, familyId) {
  const res = await postAgenda(session, familyId, 'maken');
  assert.equal(res.status, 200);
  const html = await res.text();
  const match = /id="agendalink"[^>]* value="(https?:\/\/[^"]+\/agenda\/[0-9a-f]{64}\.ics)"/.exec(html);
  assert.ok(match, 'the page shows the new link in full');
  return new URL(new URL(match[1]).pathname, planner.url).href;
}

// The feed parsed by ical.js, with its own time zone registered.
function parseFeed(text) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  assert.ok(zone, 'the feed carries its VTIMEZONE');
  ICAL.TimezoneService.register(zone);
  return calendar;
}

test('a link made on the family page serves a calendar; revoked, it answers 404', async () => {
  const familyId = sql("SELECT id FROM family WHERE name = 'Familie Jansen'");
  const session = await login(accounts.coordinator);
  const feedUrl = await makeLink(session, familyId);

  const res = await fetch(feedUrl); // no cookie: the link is the key
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'text/calendar; charset=utf-8');
  assert.equal(res.headers.get('cache-control'), 'no-store');
  const text = await res.text();
  assert.ok(text.split('\n').every((line, i, all) => i === all.length - 1 || line.endsWith('\r')), 'CRLF everywhere');
  const calendar = parseFeed(text);
  assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), 'Dagbehandeling Familie Jansen');
  assert.equal(calendar.getFirstPropertyValue('method'), 'PUBLISH');
  assert.ok(ICAL.TimezoneService.has('Europe/Amsterdam'));

  const revoked = await postAgenda(session, familyId, 'intrekken');
  assert.equal(revoked.status, 303);
  const gone = await fetch(feedUrl);
  assert.equal(gone.status, 404);
  assert.doesNotMatch(await gone.text(), /BEGIN:VCALENDAR/);
});

// YYYY-MM-DD of the day `days` after today in Amsterdam.
function dayFromToday(days) {
  const at = new Date(Date.now() + days * 86400000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(at);
}

test('an appointment planned in the workbook is in the feed at its local time', async () => {
  const familyId = sql("SELECT id FROM family WHERE name = 'Familie Jansen'");
  const mentor = sql(`SELECT s.first_name FROM family f JOIN staff s ON s.id = f.mentor_id WHERE f.id = ${familyId}`);
  const session = await login(accounts.coordinator);
  const date = dayFromToday(7);
  const planned = await fetch(`${planner.url}/gezin/${familyId}/werkboek/afspraak`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: session.cookie },
    body: new URLSearchParams({ soort: 'oudergesprek', datum: date, tijd: '10:30', sleutel: randomUUID(), csrf: session.csrf }).toString(),
  });
  assert.equal(planned.status, 303);
  const feedUrl = await makeLink(session, familyId);
  const calendar = parseFeed(await (await fetch(feedUrl)).text());
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const talk = events.find((e) => e.summary === `Oudergesprek met ${mentor}`);
  assert.ok(talk, `the talk in ${events.map((e) => e.summary)}`);
  assert.equal(talk.startDate.toString(), `${date}T10:30:00`);
  assert.equal(talk.startDate.zone.tzid, 'Europe/Amsterdam');
  assert.equal(talk.endDate.toString(), `${date}T11:30:00`);
  assert.equal((await postAgenda(session, familyId, 'intrekken')).status, 303);
});

test('a weekly series as written: its dates, the cancelled one absent, 10:30 in summer and winter', () => {
  const text = fs.readFileSync(new URL('./fixtures/zingen-op-schoot.ics', import.meta.url), 'utf8');
  const calendar = parseFeed(text);
  const vevents = calendar.getAllSubcomponents('vevent');
  const master = new ICAL.Event(
    vevents.find((v) => !v.hasProperty('recurrence-id')),
    { exceptions: vevents.filter((v) => v.hasProperty('recurrence-id')) },
  );
  assert.ok(master.isRecurring());
  const occurrences = [];
  const it = master.iterator();
  for (let next = it.next(); next; next = it.next()) {
    const details = master.getOccurrenceDetails(next);
    occurrences.push({
      local: details.startDate.toString(),
      utc: details.startDate.toJSDate().toISOString(),
      place: details.item.location,
    });
  }
  const dates = occurrences.map((o) => o.local.slice(0, 10));
  assert.equal(dates[0], '2026-12-01');
  assert.equal(dates.at(-1), '2027-06-29');
  assert.ok(!dates.includes('2026-12-15'), 'the cancelled date is absent');
  assert.equal(occurrences.length, 31 - 1); // 31 Tuesdays, one cancelled
  assert.ok(dates.every((d) => new Date(`${d}T12:00:00Z`).getUTCDay() === 2), 'all on Tuesdays');
  const changed = occurrences.find((o) => o.local.startsWith('2026-12-08'));
  assert.deepEqual(changed, { local: '2026-12-08T13:00:00', utc: '2026-12-08T12:00:00.000Z', place: 'Gymzaal' });
  const winter = occurrences.find((o) => o.local.startsWith('2027-01-12'));
  assert.deepEqual(winter, { local: '2027-01-12T10:30:00', utc: '2027-01-12T09:30:00.000Z', place: 'Speelzaal' });
  const summer = occurrences.find((o) => o.local.startsWith('2027-06-15'));
  assert.deepEqual(summer, { local: '2027-06-15T10:30:00', utc: '2027-06-15T08:30:00.000Z', place: 'Speelzaal' });
});
