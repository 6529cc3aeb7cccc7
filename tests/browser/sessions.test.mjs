// Parent-child sessions in Chromium: a group leader schedules a weekly Zingen op schoot from
// the Sessies page (today and every week after, so next week's date is listed), invites
// Sanne's family, and the planner's boards then carry the session: today's with "mama van
// Sanne" (Sanne is checked in on the demo day), next week's with the session itself. Both
// pages are axe-clean.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertNoAxeViolations } from './axe.mjs';
import { launchBrowser } from './browser.mjs';
import { accounts, startPlanner } from './planner.mjs';
import { loginOnPage, openFresh } from './session.mjs';

let planner;
let browser;
before(async () => {
  planner = await startPlanner();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await planner?.stop();
});

// The local calendar date of the page's browser, `days` from today, as YYYY-MM-DD.
const localDate = (page, days) =>
  page.evaluate((d) => {
    const t = new Date();
    t.setDate(t.getDate() + d);
    const pad = (n) => String(n).padStart(2, '0');
    return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
  }, days);

// The value of the option of select `selector` whose text is `text`.
const optionValue = (page, selector, text) =>
  page.$$eval(`${selector} option`, (options, wanted) => options.find((o) => o.textContent.trim() === wanted)?.value, text);

async function tapButton(page, text) {
  const button = await page.waitForFunction(
    (wanted) => [...document.querySelectorAll('main button')].find((b) => b.textContent.trim() === wanted),
    {},
    text,
  );
  await Promise.all([page.waitForNavigation(), button.tap()]);
}

const boardOf = (page, date) =>
  page.evaluate(async (d) => {
    const res = await fetch(`/api/groups/zonnebloem/board?date=${d}`);
    return res.json();
  }, date);

test('Zingen op schoot scheduled from the page shows the visiting parent on the board', async () => {
  const { context, page } = await openFresh(browser, `${planner.url}/login`);
  try {
    await loginOnPage(page, accounts.groepsleider);
    await page.goto(`${planner.url}/groep/zonnebloem`);
    const tab = await page.waitForSelector('nav.tabs ::-p-text(Sessies)');
    await Promise.all([page.waitForNavigation(), tab.tap()]);
    assert.match(page.url(), /\/groep\/zonnebloem\/sessies$/);
    await assertNoAxeViolations(page);

    const today = await localDate(page, 0);
    const nextWeek = await localDate(page, 7);
    const weekday = await page.evaluate(() => ((new Date().getDay() + 6) % 7) + 1);
    await (await page.waitForSelector('label[for="soort-zingen_op_schoot"]')).tap();
    await page.select('#dag', String(weekday));
    await page.locator('#begin').fill('13:00');
    await page.locator('#eind').fill('13:45');
    await page.locator('#plaats').fill('speelzaal');
    await page.select('#leider', await optionValue(page, '#leider', 'Fatima'));
    await page.locator('#plaatsen').fill('6');
    await page.locator('#eerste').fill(today);
    await tapButton(page, 'Sessie plannen');

    const match = /\/groep\/zonnebloem\/sessies\/(\d+)\?klaar=gepland$/.exec(page.url());
    assert.ok(match, page.url());
    const boardId = `p${match[1]}`;
    assert.match(await page.$eval('main', (m) => m.textContent), /De sessie is gepland\./);
    assert.match(await page.$eval(`#keer-${nextWeek}`, (li) => li.textContent), /Zingen op schoot 13:00–13:45, speelzaal/);
    await assertNoAxeViolations(page);

    await page.select('#gezin', await optionValue(page, '#gezin', 'Familie Jansen (Sanne)'));
    await tapButton(page, 'Uitnodigen');
    assert.match(await page.$eval('main', (m) => m.textContent), /Het gezin is uitgenodigd\./);
    assert.match(await page.$eval(`#keer-${nextWeek}`, (li) => li.textContent), /Uitgenodigd: Familie Jansen \(Sanne\)/);
    await assertNoAxeViolations(page);

    const todays = (await boardOf(page, today)).activities.find((a) => a.id === boardId);
    assert.ok(todays, 'the session is on today\'s board');
    assert.deepEqual(todays.visitors.map((v) => v.label), ['mama van Sanne']);
    const next = (await boardOf(page, nextWeek)).activities.find((a) => a.id === boardId);
    assert.ok(next, 'the session is on next week\'s board');
    assert.equal(next.start, '13:00');
    assert.equal(next.label, 'Zingen op schoot');
  } finally {
    await context.close();
  }
});
