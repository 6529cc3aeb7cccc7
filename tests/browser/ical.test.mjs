// The parents' calendar feed as a phone's calendar reads it: the coordinator makes the link on
// the family's page, the feed is fetched without a session and parsed with ical.js (its own
// VTIMEZONE registered), and once revoked the link answers 404. Needs no browser.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
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
