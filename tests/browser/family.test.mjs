// The family record in Chromium: the mentor opens a family from /gezin, moves it to the next
// phase and sees the history with who set it; both pages pass axe at tablet and desktop size.
// A group leader and a family outside the mentor's own get "Geen toegang".
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertNoAxeViolations } from './axe.mjs';
import { collectPolicyViolations, launchBrowser } from './browser.mjs';
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

const textOf = (page, selector) => page.$eval(selector, (e) => e.textContent.replace(/\s+/g, ' ').trim());

test('the mentor opens a family, changes its phase and sees the history', async () => {
  const { context, page } = await openFresh(browser, `${planner.url}/login`);
  const blocked = await collectPolicyViolations(page);
  try {
    await loginOnPage(page, accounts.mentor);
    // The Gezinnen tab leads to the mentor's families.
    const tab = await page.waitForSelector('::-p-aria([name="Gezinnen"][role="link"])');
    await Promise.all([page.waitForNavigation(), tab.tap()]);
    assert.equal(new URL(page.url()).pathname, '/gezin');
    assert.match(await textOf(page, 'h1'), /Gezinnen/);
    await assertNoAxeViolations(page);
    const rows = await textOf(page, 'table.gezinnen tbody');
    assert.match(rows, /Familie Smit/);
    assert.doesNotMatch(rows, /Familie Meijer/, 'family 6 has no mentor account');

    const link = await page.waitForSelector('::-p-aria([name="Familie Smit"][role="link"])');
    await Promise.all([page.waitForNavigation(), link.tap()]);
    assert.equal(new URL(page.url()).pathname, '/gezin/3');
    assert.match(await textOf(page, '.gezin-fase'), /^Fase 1 Kennismaking sinds 16 november 2026$/);
    await assertNoAxeViolations(page);

    await page.select('#fase', '2');
    await page.locator('#fase-notitie').fill('Het gesprek is gepland');
    const button = await page.waitForSelector('::-p-aria([name="Fase wijzigen"][role="button"])');
    await Promise.all([page.waitForNavigation(), button.tap()]);

    assert.equal(new URL(page.url()).pathname, '/gezin/3');
    assert.match(await textOf(page, '.melding[role="status"]'), /De fase is gewijzigd/);
    assert.match(await textOf(page, '.gezin-fase'), /^Fase 2 Het Ouderschapsgesprek sinds \d+ \w+ \d{4}, gezet door marco$/);
    const history = await page.$$eval('.fase-geschiedenis li', (items) => items.map((i) => i.textContent));
    assert.equal(history.length, 2);
    assert.match(history[0], /Fase 2 Het Ouderschapsgesprek .*gezet door marco.*Het gesprek is gepland/);
    assert.match(history[1], /Fase 1 Kennismaking sinds 16 november 2026/);
    // The next step offered is phase 3 only: skipping is not even offered.
    assert.deepEqual(await page.$$eval('#fase option', (o) => o.map((x) => x.value)), ['3']);
    await assertNoAxeViolations(page);

    await page.setViewport({ width: 1920, height: 1080 });
    await page.reload();
    await assertNoAxeViolations(page);
    assert.deepEqual(blocked, [], 'nothing the Content-Security-Policy blocks');
  } finally {
    await context.close();
  }
});

test('a group leader, and a family that is not the mentor\'s, get "Geen toegang"', async () => {
  for (const [role, path] of [
    ['groepsleider', '/gezin'],
    ['groepsleider', '/gezin/1'],
    ['mentor', '/gezin/6'],
  ]) {
    const { context, page } = await openFresh(browser, `${planner.url}/login`);
    try {
      await loginOnPage(page, accounts[role]);
      const response = await page.goto(`${planner.url}${path}`);
      assert.equal(response.status(), 403, `${role} ${path}`);
      assert.match(await textOf(page, 'h1'), /Geen toegang/);
      assert.match(await textOf(page, 'main'), /vastgelegd/);
      await assertNoAxeViolations(page);
    } finally {
      await context.close();
    }
  }
});
