// A wall screen paired on the Beheer page; a tap on a child's photo on Vandaag checks the child
// in, and the screen receives the new board.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertNoAxeViolations } from './axe.mjs';
import { launchBrowser } from './browser.mjs';
import { accounts, startPlanner } from './planner.mjs';
import { ScreenClient, pairScreenOnPage } from './screen_client.mjs';
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

const presentNames = (board) => board.present.children.map((c) => c.name);

// The tile button of a child on the Vandaag page: the button whose visible name is the child's.
const tileOf = (page, firstName) =>
  page.waitForFunction(
    (name) => [...document.querySelectorAll('main button')].find((b) => b.querySelector('.naam')?.textContent.trim() === name),
    {},
    firstName,
  );

test('a screen paired on Beheer receives the new board when a tap on Vandaag checks a child in', async () => {
  const beheer = await openFresh(browser, `${planner.url}/login`);
  await loginOnPage(beheer.page, accounts.admin);
  const token = await pairScreenOnPage(planner, beheer.page, { group: 'zonnebloem', name: 'Groepsruimte' });
  await beheer.context.close();
  const screen = await ScreenClient.connect(planner, token);
  const { context, page } = await openFresh(browser, `${planner.url}/login`);
  try {
    const first = await screen.message((m) => m.type === 'board');
    assert.equal(first.group.id, 'zonnebloem');
    // The demo's Bram is ill today: not checked in.
    assert.ok(!presentNames(first).includes('Bram'), `Bram is not here yet: ${presentNames(first)}`);

    await loginOnPage(page, accounts.groepsleider);
    assert.equal(new URL(page.url()).pathname, '/groep/zonnebloem');
    const bram = await tileOf(page, 'Bram');
    assert.equal(await bram.evaluate((b) => b.getAttribute('aria-pressed')), 'false');
    await bram.tap();

    const board = await screen.message((m) => m.type === 'board' && presentNames(m).includes('Bram'));
    assert.ok(board.revision > first.revision);
    // The page shows it too: Bram's tile is now pressed (present).
    await page.waitForFunction(
      () => [...document.querySelectorAll('main button')].find((b) => b.querySelector('.naam')?.textContent.trim() === 'Bram')?.getAttribute('aria-pressed') === 'true',
    );
    await assertNoAxeViolations(page); // with the question who brought Bram
  } finally {
    screen.close();
    await context.close();
  }
});
