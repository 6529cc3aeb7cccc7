// The login page: its form, a refused login, the way in to the group's Vandaag page, the way
// back to a page opened without a session, and logging out.
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

const leader = accounts.groepsleider;

// The text of the label of each form control, by the control's name.
const labelsOf = (page) =>
  page.$$eval('form input:not([type="hidden"])', (inputs) =>
    Object.fromEntries(inputs.map((i) => [i.name, [...i.labels].map((l) => l.textContent.trim()).join(' ')])),
  );

test('the login page has Naam, Wachtwoord and Inloggen and passes axe', async () => {
  const { context, page, response } = await openFresh(browser, `${planner.url}/login`);
  try {
    assert.equal(response.status(), 200);
    assert.deepEqual(await labelsOf(page), { name: 'Naam', password: 'Wachtwoord' });
    assert.equal(await page.$eval('input[name="password"]', (i) => i.type), 'password');
    const button = await page.$('::-p-aria([name="Inloggen"][role="button"])');
    assert.ok(button, 'a button "Inloggen"');
    assert.equal(await button.evaluate((b) => b.type), 'submit');
    await assertNoAxeViolations(page);
  } finally {
    await context.close();
  }
});

test('a wrong password says so in an alert and logs nobody in', async () => {
  const { context, page } = await openFresh(browser, `${planner.url}/login`);
  try {
    await loginOnPage(page, leader, { password: 'niet-het-wachtwoord' });
    const alerts = await page.$$eval('[role="alert"]', (all) => all.map((a) => a.textContent.trim()).filter(Boolean));
    assert.deepEqual(alerts, ['Naam of wachtwoord klopt niet.']);
    assert.equal(new URL(page.url()).pathname, '/login');
    assert.deepEqual(await labelsOf(page), { name: 'Naam', password: 'Wachtwoord' });
    assert.deepEqual(
      (await context.cookies()).map((c) => c.name),
      [],
      'no session cookie',
    );
    await assertNoAxeViolations(page);
    // Nothing else changed: the group's page still asks for a login.
    const response = await page.goto(`${planner.url}/groep/zonnebloem`);
    assert.equal(new URL(response.url()).pathname, '/login');
  } finally {
    await context.close();
  }
});

test('a group leader logs in to Vandaag of their group and logs out again', async () => {
  const { context, page } = await openFresh(browser, `${planner.url}/login`);
  try {
    await loginOnPage(page, leader);
    assert.equal(new URL(page.url()).pathname, '/groep/zonnebloem');
    assert.match(await page.$eval('h1', (h) => h.textContent), /Vandaag/);
    await assertNoAxeViolations(page);

    // "/" leads a logged-in group leader to the group's page too.
    await page.goto(`${planner.url}/`);
    assert.equal(new URL(page.url()).pathname, '/groep/zonnebloem');

    await Promise.all([page.waitForNavigation(), page.locator('header ::-p-aria([name="Uitloggen"][role="button"])').click()]);
    assert.equal(new URL(page.url()).pathname, '/login');
    await page.goto(`${planner.url}/groep/zonnebloem`);
    assert.equal(new URL(page.url()).pathname, '/login', 'the session has ended');
  } finally {
    await context.close();
  }
});

test('a page opened without a session returns there after login', async () => {
  const { context, page, response } = await openFresh(browser, `${planner.url}/groep/zonnebloem`);
  try {
    const url = new URL(response.url());
    assert.equal(url.pathname, '/login');
    assert.equal(url.searchParams.get('volgende'), '/groep/zonnebloem');
    await loginOnPage(page, leader);
    assert.equal(new URL(page.url()).pathname, '/groep/zonnebloem');
    assert.match(await page.$eval('h1', (h) => h.textContent), /Vandaag/);
  } finally {
    await context.close();
  }
});
