// The parents' workbook in Chromium: a report written with the parent, then the report and the
// month printed to PDF (A4, as the page's print CSS lays it out) and read back with poppler's
// pdftotext: the parent's words, the questions of the form, the family's name, one or two A4
// pages. Every workbook page under axe.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { assertNoAxeViolations } from './axe.mjs';
import { launchBrowser } from './browser.mjs';
import { accounts, mentorFamilies, startPlanner } from './planner.mjs';
import { loginOnPage, openFresh } from './session.mjs';

let planner;
let browser;
let dir;
before(async () => {
  planner = await startPlanner();
  browser = await launchBrowser();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dagritme-print-'));
});
after(async () => {
  await browser?.close();
  await planner?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

// The page as Chromium prints it on A4: its text, page count and page size.
async function printed(page, name) {
  const file = path.join(dir, `${name}.pdf`);
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true });
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    text,
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)[1]),
    size: /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info).slice(1, 3).map(Number),
  };
}

function assertA4(pdf, what) {
  assert.ok(pdf.pages >= 1 && pdf.pages <= 2, `${what}: ${pdf.pages} pages`);
  assert.ok(Math.abs(pdf.size[0] - 595) < 1.5 && Math.abs(pdf.size[1] - 842) < 1.5,
    `${what}: page size ${pdf.size.join(' x ')}`);
}

async function submit(page, text) {
  const button = await page.waitForSelector(`::-p-aria([name="${text}"][role="button"])`);
  await Promise.all([page.waitForNavigation(), button.click()]);
}

test('a report written with the parent prints on A4, and so does the month', async () => {
  // The family's mentor keeps the workbook with the parent: Familie Jansen (Sanne), family 1.
  assert.ok(mentorFamilies.includes(1));
  const { context, page } = await openFresh(browser, `${planner.url}/login`);
  try {
    await loginOnPage(page, accounts.mentor);
    await page.goto(`${planner.url}/gezin/1/werkboek`);
    assert.match(await page.$eval('h1', (h) => h.textContent), /^Werkboek /);
    await assertNoAxeViolations(page);

    // Plan a talk, and write the report of it with the parent.
    const today = await page.$eval('#datum', (input) => input.value);
    await page.select('#soort', 'oudergesprek');
    await page.locator('#tijd').fill('14:00');
    await submit(page, 'Afspraak plannen');
    assert.match(await page.$eval('main', (m) => m.textContent), /De afspraak is gepland\./);
    // The talk happened today: "Is gebeurd" on its line.
    const happened = await page.waitForSelector('.afspraken button');
    await Promise.all([page.waitForNavigation(), happened.click()]);
    assert.match(await page.$eval('main', (m) => m.textContent), /De afspraak staat nu op gebeurd\./);
    await assertNoAxeViolations(page);
    // On screen the overview is ruled like the paper form, and the family's tabs lead back.
    const cell = await page.$eval('.werkboek-overzicht td', (td) => {
      const style = getComputedStyle(td);
      return { style: style.borderTopStyle, width: style.borderTopWidth };
    });
    assert.deepEqual(cell, { style: 'solid', width: '1px' });
    assert.equal(await page.$eval('.gezin-tabs [aria-current="page"]', (a) => a.textContent),
      'Werkboek');
    assert.equal(await page.$eval('.gezin-tabs a', (a) => a.getAttribute('href')), '/gezin/1');

    await page.goto(`${planner.url}/gezin/1/werkboek/verslag/nieuw`);
    await assertNoAxeViolations(page);
    await page.locator('#datum').fill(today);
    await page.locator('#wie').fill('Petra (mama) en Ilse (mentor)');
    await page.locator('#besproken').fill('Het naar bed gaan duurt lang.\nSanne wil steeds nog iets.');
    await page.locator('#voornemens').fill('Elke avond hetzelfde liedje zingen en dan het licht uit.');
    await submit(page, 'Verslag opslaan');
    assert.match(page.url(), /\/gezin\/1\/werkboek\/verslag\/\d+\?opgeslagen=1$/);
    assert.match(await page.$eval('main', (m) => m.textContent), /Het verslag is opgeslagen\./);
    await assertNoAxeViolations(page);

    const reportUrl = page.url().replace(/\?.*$/, '');
    await page.goto(`${reportUrl}/afdrukken`);
    await assertNoAxeViolations(page);
    const report = await printed(page, 'verslag');
    assertA4(report, 'the report');
    for (const words of ['Familie Jansen', 'Sanne', 'Wie waren erbij?', 'Wat is er besproken?',
      'Voornemens', 'Datum volgende afspraak', 'Petra (mama) en Ilse (mentor)',
      'Elke avond hetzelfde liedje'])
      assert.ok(report.text.includes(words), `the printed report lacks "${words}":\n${report.text}`);
    assert.ok(!report.text.includes('Afdrukken') && !report.text.includes('Uitloggen'),
      `the printed report shows the page's buttons:\n${report.text}`);

    const month = today.slice(0, 7);
    await page.goto(`${planner.url}/gezin/1/werkboek/afdrukken?maand=${month}`);
    await assertNoAxeViolations(page);
    const overview = await printed(page, 'maand');
    assertA4(overview, 'the month');
    for (const words of ['Familie Jansen', 'Overzicht activiteiten', 'Oudergesprek', 'Ouder-kind gym',
      'gepland', 'gebeurd', 'de afspraak is doorgegaan'])
      assert.ok(overview.text.includes(words), `the printed month lacks "${words}":\n${overview.text}`);
    assert.ok(!overview.text.includes('Uitloggen'), `the printed month shows the header:\n${overview.text}`);
  } finally {
    await context.close();
  }
});

test('a refused report keeps what was typed and says what is missing', async () => {
  const { context, page } = await openFresh(browser, `${planner.url}/login`);
  try {
    await loginOnPage(page, accounts.coordinator);
    await page.goto(`${planner.url}/gezin/1/werkboek/verslag/nieuw`);
    await page.locator('#besproken').fill('Samen naar de speeltuin.');
    await submit(page, 'Verslag opslaan');
    assert.equal(await page.$eval('#wie-fout', (p) => p.textContent), 'Schrijf op wie erbij waren.');
    assert.equal(await page.$eval('#besproken', (t) => t.value), 'Samen naar de speeltuin.');
    await assertNoAxeViolations(page);
  } finally {
    await context.close();
  }
});
