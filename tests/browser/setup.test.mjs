// A new unit sets itself up in Chromium, from an empty database (init and one coordinator's
// account) to a child on the wall board, on the pages alone: the coordinator makes the group and
// its routine, two accounts and the two people behind them, registers a family with two parents
// and places its child with a photo and the parents' consent; a group leader then checks the
// child in on Vandaag and the board shows it with its photo. With DAGRITME_SCREENSHOTS=DIR it
// also saves the README's screenshots of the way there.
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { assertNoAxeViolations } from './axe.mjs';
import { collectPolicyViolations, launchBrowser } from './browser.mjs';
import { accounts, passwordOf, startPlanner } from './planner.mjs';
import { loginOnPage, openFresh } from './session.mjs';

const sourceDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = process.env.DAGRITME_SCREENSHOTS;

let planner;
let browser;
before(async () => {
  planner = await startPlanner({ empty: true });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await planner?.stop();
});

const textOf = (page, selector) => page.$eval(selector, (e) => e.textContent.replace(/\s+/g, ' ').trim());

async function submit(page, name) {
  const button = await page.waitForSelector(`::-p-aria([name="${name}"][role="button"])`);
  await Promise.all([page.waitForNavigation(), button.click()]);
}

async function snap(page, name) {
  if (shots) await page.screenshot({ path: path.join(shots, name) }); // what the tablet shows
}

test('a coordinator sets up a group from nothing; a group leader checks its child in', async () => {
  const { context, page } = await openFresh(browser, `${planner.url}/login`);
  const blocked = await collectPolicyViolations(page);
  try {
    await loginOnPage(page, accounts.coordinator);
    // No group yet: the coordinator starts at Groepen.
    assert.equal(new URL(page.url()).pathname, '/groepen');
    await page.locator('#naam').fill('De Regenboog');
    for (const day of [6, 7]) await page.click(`#open-${day}`); // open every day of the week
    for (const day of [1, 2, 3, 4, 5, 6, 7]) {
      await page.$eval(`#van-${day}`, (e) => { e.value = '07:00'; });
      await page.$eval(`#tot-${day}`, (e) => { e.value = '19:00'; });
    }
    await submit(page, 'Groep aanmaken');
    const settings = new URL(page.url()).pathname;
    assert.match(settings, /^\/groep\/[a-z0-9-]+\/instellingen$/);
    const group = settings.split('/')[2];

    // Monday's routine, copied to every open day.
    const rows = [
      ['07:00', '09:00', 'arrival', 'aankomst', 'Binnenkomen'],
      ['09:00', '10:00', 'circle', 'kring', 'Kring'],
      ['10:00', '19:00', 'free_play', 'vrij-spelen', 'Vrij spelen'],
    ];
    for (const [i, [start, end, kind, picto, label]] of rows.entries()) {
      await page.$eval(`#d1-start-${i}`, (e, v) => { e.value = v; }, start);
      await page.$eval(`#d1-eind-${i}`, (e, v) => { e.value = v; }, end);
      await page.select(`#d1-soort-${i}`, kind);
      await page.select(`#d1-picto-${i}`, picto);
      await page.locator(`#d1-tekst-${i}`).fill(label);
    }
    const copy = await page.waitForSelector('form:has(#d1-start-0) button[value="kopieer"]');
    await Promise.all([page.waitForNavigation(), copy.click()]);
    assert.equal(await page.$eval('#d3-tekst-1', (e) => e.value), 'Kring');
    await snap(page, 'setup-groep.png');

    // Two accounts, and the two people behind them.
    await page.goto(`${planner.url}/beheer`);
    for (const account of [accounts.groepsleider, accounts.mentor]) {
      if (!(await page.$('details.toevoegen[open]'))) await page.click('details.toevoegen summary');
      await page.locator('#account-naam').fill(account.name);
      await page.select('#account-rol', account.role);
      await page.click(`#account-groep-${group}`);
      await page.locator('#account-wachtwoord').fill(passwordOf(account));
      await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/beheer/accounts')),
        page.click('::-p-aria([name="Account aanmaken"][role="button"])'),
      ]);
      await page.waitForFunction((name) => document.body.textContent.includes(`Account ${name} is aangemaakt.`), {}, account.name);
    }
    await page.goto(`${planner.url}/medewerkers`);
    for (const [first, surname, account] of [['Ilse', 'Bakker', accounts.groepsleider], ['Marco', 'Visser', accounts.mentor]]) {
      await page.locator('#m0-voornaam').fill(first);
      await page.locator('#m0-achternaam').fill(surname);
      const choice = await page.$$eval('#m0-account option', (o, name) => o.find((x) => x.textContent.startsWith(`${name} `))?.value, account.name);
      await page.select('#m0-account', choice);
      await submit(page, 'Medewerker toevoegen');
      assert.match(await textOf(page, '.melding[role="status"]'), /De medewerker is toegevoegd/);
    }
    assert.match(await textOf(page, 'table.medewerkers'), /Ilse Bakker.*ilse.*Marco Visser.*marco/);
    await assertNoAxeViolations(page);
    await snap(page, 'setup-medewerkers.png');

    // A family with two parents, its mentor Marco.
    await page.goto(`${planner.url}/gezin`);
    await Promise.all([page.waitForNavigation(), page.click('::-p-aria([name="Nieuw gezin aanmelden"][role="link"])')]);
    await page.locator('#naam').fill('Familie Öztürk');
    await page.locator('#plaatser').fill('Jeugdzorg regio Utrecht');
    const mentor = await page.$$eval('#mentor option', (o) => o.find((x) => x.textContent === 'marco')?.value);
    await page.select('#mentor', mentor);
    await page.locator('#ouder1_voornaam').fill('Ayşe');
    await page.locator('#ouder1_achternaam').fill('Öztürk');
    await page.click('label[for="ouder1_gezag-ja"]');
    await page.locator('#ouder2_voornaam').fill('Mehmet');
    await page.locator('#ouder2_achternaam').fill('Öztürk');
    await page.select('#ouder2_relatie', 'vader');
    await page.click('label[for="ouder2_gezag-ja"]');
    await assertNoAxeViolations(page);
    await snap(page, 'setup-gezin.png');
    await submit(page, 'Gezin aanmelden');
    const family = new URL(page.url()).pathname;
    assert.match(family, /^\/gezin\/\d+$/);
    assert.match(await textOf(page, '.gezin-fase'), /^Fase 1 Kennismaking sinds/);

    // Its child, on every day of the week from today, with a photo and the parents' consent.
    await Promise.all([page.waitForNavigation(), page.click('::-p-aria([name="Kind plaatsen"][role="link"])')]);
    await page.locator('#voornaam').fill('Elif');
    await page.locator('#achternaam').fill('Öztürk');
    await page.$eval('#geboortedatum', (e) => { e.value = '2022-05-01'; });
    for (const day of [1, 2, 3, 4, 5, 6, 7]) await page.select(`#dag${day}`, 'dag');
    await page.locator('#eigen_plek').fill('knuffelbeer');
    await submit(page, 'Kind plaatsen');
    assert.match(await textOf(page, '.melding[role="status"]'), /Het kind is geplaatst/);
    const photo = await page.waitForSelector('#foto');
    await Promise.all([page.waitForNavigation(), photo.uploadFile(path.join(sourceDir, 'assets/demo/sanne.png'))]);
    await page.waitForSelector('img.foto');
    await page.locator('#toestemming_van').fill('Ayşe Öztürk (moeder)');
    await submit(page, 'Toestemming vastleggen');
    assert.match(await textOf(page, '.melding[role="status"]'), /De fototoestemming is vastgelegd/);
    await assertNoAxeViolations(page);
    await snap(page, 'setup-kind.png');
    await Promise.all([page.waitForNavigation(), page.click('::-p-aria([name="Uitloggen"][role="button"])')]);

    // The group leader checks Elif in; the wall board shows her with her photo.
    await loginOnPage(page, accounts.groepsleider);
    assert.equal(new URL(page.url()).pathname, `/groep/${group}`);
    assert.match(await textOf(page, '#kinderen-kop'), /0 van 1 verwacht binnen/);
    const tile = await page.waitForSelector('::-p-aria([name="Elif: is er niet, tik om in te checken"][role="button"])');
    await tile.click();
    await page.waitForSelector('::-p-aria([name="Elif: is er, tik om uit te checken"][role="button"])');
    const board = await page.evaluate(async (g) => (await fetch(`/api/groups/${g}/board`)).json(), group);
    const elif = board.present.children.find((c) => c.name === 'Elif');
    assert.ok(elif, `Elif is on the board: ${JSON.stringify(board.present.children)}`);
    assert.match(elif.photo ?? '', /^[0-9a-f]{64}$/, 'with the photo the parents consented to');
    assert.equal(JSON.stringify(board).includes('Öztürk'), false, 'no surname on the board');
    await snap(page, 'setup-vandaag.png');
    assert.deepEqual(blocked, []);
  } finally {
    await context.close();
  }
});
