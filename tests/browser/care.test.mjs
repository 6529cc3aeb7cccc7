// The care log in Chromium: an anchorpoint in four taps that shows up in the child's heat map;
// a double tap that makes one entry; a limit violation with holding that is refused without its
// duration and person, and saved with them.
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

// Taps the label of a pill (radio or checkbox styled as a button) by its visible text.
async function tapPill(page, fieldName, text) {
  const label = await page.waitForFunction(
    (name, wanted) =>
      [...document.querySelectorAll(`input[name="${name}"]`)]
        .map((input) => document.querySelector(`label[for="${input.id}"]`))
        .find((l) => l && (l.querySelector('.naam') ?? l).textContent.trim() === wanted),
    {},
    fieldName,
    text,
  );
  await label.tap();
}

async function tapButton(page, text) {
  const button = await page.waitForFunction(
    (wanted) => [...document.querySelectorAll('main button')].find((b) => b.textContent.trim() === wanted),
    {},
    text,
  );
  await button.tap();
}

// The number written in the heat map's cells, added up.
const heatMapTotal = (page) =>
  page.$$eval('svg .cell title', (titles) =>
    titles.map((t) => t.textContent).join('\n'),
  );

test('an anchorpoint in four taps shows in the child\'s heat map', async () => {
  const { context, page } = await openFresh(browser, `${planner.url}/login`);
  try {
    await loginOnPage(page, accounts.groepsleider);
    await page.goto(`${planner.url}/groep/zonnebloem/ankerpunt`);
    await assertNoAxeViolations(page);
    await tapPill(page, 'kind', 'Sanne');                 // 1: the child
    await tapPill(page, 'emotie', 'boosheid');            // 2: the emotion named
    await tapPill(page, 'aanpak', 'benoemd');             // 3: what you did
    await tapButton(page, 'tot rust gekomen');            // 4: how it ended: saves
    await page.waitForFunction(() => /opgeslagen/i.test(document.querySelector('main').textContent));
    await assertNoAxeViolations(page);

    // Sanne's own page (child 1 of the demo), and the group's.
    await page.goto(`${planner.url}/groep/zonnebloem/kind/1`);
    assert.match(await page.$eval('h1', (h) => h.textContent), /Sanne/);
    const child = await heatMapTotal(page);
    assert.match(child, /1 ankerpunt/, child);
    await assertNoAxeViolations(page);
    await page.goto(`${planner.url}/groep/zonnebloem/patronen`);
    const group = await heatMapTotal(page);
    assert.match(group, /1 ankerpunt/, group);
    await assertNoAxeViolations(page);
  } finally {
    await context.close();
  }
});

test('a double tap on the last step makes one entry', async () => {
  const { context, page } = await openFresh(browser, `${planner.url}/login`);
  try {
    await loginOnPage(page, accounts.groepsleider);
    await page.goto(`${planner.url}/groep/zonnebloem/ankerpunt`);
    await tapPill(page, 'kind', 'Daan');
    await tapPill(page, 'emotie', 'angst');
    await tapPill(page, 'aanpak', 'geluisterd');
    // The same form sent twice, as a double tap or a retry after a dropped answer does.
    const sent = await page.evaluate(async () => {
      const form = document.querySelector('main form[method="post"]');
      const data = new URLSearchParams(new FormData(form));
      data.set('einde', 'calmed');
      const post = () => fetch(form.action, { method: 'POST', body: data });
      const answers = await Promise.all([post(), post()]);
      return answers.map((a) => a.status);
    });
    assert.deepEqual(sent.map((s) => s < 400), [true, true], String(sent));
    await page.goto(`${planner.url}/groep/zonnebloem/overdracht`);
    const text = await page.$eval('main', (m) => m.textContent);
    const daan = text.split('Daan').length - 1;
    assert.ok(/angst/.test(text), text);
    assert.equal((text.match(/angst/g) ?? []).length, 1, text);
    assert.ok(daan >= 1);
  } finally {
    await context.close();
  }
});

test('a limit violation with holding needs how long and by whom', async () => {
  const { context, page } = await openFresh(browser, `${planner.url}/login`);
  try {
    await loginOnPage(page, accounts.groepsleider);
    await page.goto(`${planner.url}/groep/zonnebloem/limit`);
    await assertNoAxeViolations(page);
    await tapPill(page, 'kind', 'Noor');
    const limit = await page.$('input[name="limit"]');
    await (await page.$(`label[for="${await limit.evaluate((i) => i.id)}"]`)).tap();
    await page.locator('textarea[name="wat"]').fill('Noor sloeg Sem met een blok.');
    await tapPill(page, 'vastgehouden', 'Ja');
    await tapButton(page, 'Opslaan');
    await page.waitForSelector('#minuten-fout');
    const refused = await page.$eval('main', (m) => m.textContent);
    assert.match(refused, /Er is niets opgeslagen/);
    await assertNoAxeViolations(page);

    await page.locator('#minuten').fill('3');
    const person = await page.$('input[name="door"]');
    await (await page.$(`label[for="${await person.evaluate((i) => i.id)}"]`)).tap();
    await page.locator('textarea[name="waarom"]').fill('Om Sem te beschermen.');
    await tapButton(page, 'Opslaan');
    await page.waitForFunction(() => /opgeslagen/i.test(document.querySelector('main').textContent));
  } finally {
    await context.close();
  }
});
