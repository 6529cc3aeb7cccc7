// When the Wi-Fi drops: a tap says so in the banner, and nothing on the page is lost; when it
// is back, the same tap works.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
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

const bramPressed = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main button')]
      .find((b) => b.querySelector('.naam')?.textContent.trim() === 'Bram')
      ?.getAttribute('aria-pressed'),
  );

test('a tap without a network shows the banner and changes nothing; online again it works', async () => {
  const { context, page } = await openFresh(browser, `${planner.url}/login`);
  try {
    await loginOnPage(page, accounts.groepsleider);
    assert.equal(await page.$eval('#verbinding', (b) => b.hidden), true);
    await page.setOfflineMode(true);
    await page.$$eval('main button', (buttons) =>
      buttons.find((b) => b.querySelector('.naam')?.textContent.trim() === 'Bram').click(),
    );
    await page.waitForFunction(() => !document.getElementById('verbinding').hidden);
    assert.match(await page.$eval('#verbinding', (b) => b.textContent), /Geen verbinding/);
    assert.equal(await bramPressed(page), 'false'); // the page still shows the truth

    await page.setOfflineMode(false);
    await page.$$eval('main button', (buttons) =>
      buttons.find((b) => b.querySelector('.naam')?.textContent.trim() === 'Bram').click(),
    );
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('main button')]
          .find((b) => b.querySelector('.naam')?.textContent.trim() === 'Bram')
          ?.getAttribute('aria-pressed') === 'true',
    );
    assert.equal(await page.$eval('#verbinding', (b) => b.hidden), true);
  } finally {
    await context.close();
  }
});
