// axe-core (WCAG 2.0 A/AA, 2.1 AA) on every staff page, as each role sees it, and "Geen toegang"
// (403) for the roles that may not open it. A new page is one line in `pages`: its path, what
// its h1 says, and the roles that may open it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertNoAxeViolations } from './axe.mjs';
import { collectPolicyViolations, launchBrowser } from './browser.mjs';
import { accounts, startPlanner } from './planner.mjs';
import { loginOnPage, openFresh } from './session.mjs';

const allRoles = ['groepsleider', 'mentor', 'coordinator', 'admin'];
const careRoles = ['groepsleider', 'mentor', 'coordinator'];
const pages = [
  { path: '/groep/zonnebloem', h1: /Vandaag/, roles: allRoles },
  { path: '/groep/zonnebloem/ankerpunt', h1: /Ankerpunt/, roles: careRoles },
  { path: '/groep/zonnebloem/limit', h1: /Limit/, roles: careRoles },
  { path: '/groep/zonnebloem/limits', h1: /Limits/, roles: allRoles },
  { path: '/groep/zonnebloem/patronen', h1: /Patronen/, roles: careRoles },
  { path: '/groep/zonnebloem/kind/1', h1: /Sanne/, roles: careRoles },
  { path: '/groep/zonnebloem/overdracht', h1: /Overdracht/, roles: careRoles },
  { path: '/beheer', h1: /Beheer/, roles: ['coordinator', 'admin'] },
  { path: '/groepen', h1: /Groepen/, roles: ['coordinator', 'admin'] },
  { path: '/groep/zonnebloem/instellingen', h1: /Instellingen/, roles: ['coordinator', 'admin'] },
  { path: '/medewerkers', h1: /Medewerkers/, roles: ['coordinator', 'admin'] },
  { path: '/gezin/nieuw', h1: /Nieuw gezin aanmelden/, roles: ['mentor', 'coordinator', 'admin'] },
  { path: '/gezin/1/kind/1', h1: /Sanne Jansen/, roles: ['mentor', 'coordinator', 'admin'] },
  { path: '/pin', h1: /PIN voor de groepstablet/, roles: allRoles },
  { path: '/groep/zonnebloem/wissel', h1: /Wie ben jij/, roles: allRoles },
];

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

for (const role of allRoles) {
  test(`every page open to the ${role} passes axe and its policy`, async () => {
    const { context, page } = await openFresh(browser, `${planner.url}/login`);
    const blocked = await collectPolicyViolations(page);
    try {
      await loginOnPage(page, accounts[role]);
      for (const p of pages.filter((p) => p.roles.includes(role))) {
        const response = await page.goto(`${planner.url}${p.path}`);
        assert.equal(response.status(), 200, p.path);
        assert.equal(new URL(page.url()).pathname, p.path);
        assert.match(await page.$eval('h1', (h) => h.textContent), p.h1, p.path);
        await assertNoAxeViolations(page);
      }
      // A page the role may not open says so, in a page that passes axe too.
      for (const p of pages.filter((p) => !p.roles.includes(role))) {
        const response = await page.goto(`${planner.url}${p.path}`);
        assert.equal(response.status(), 403, p.path);
        assert.match(await page.$eval('h1', (h) => h.textContent), /Geen toegang/, p.path);
        await assertNoAxeViolations(page);
      }
      assert.deepEqual(blocked, [], 'nothing the Content-Security-Policy blocks');
    } finally {
      await context.close();
    }
  });
}

// Vandaag draws a block as past, now or to come by the clock; the hour the test runs at must
// not decide which of them axe sees. Each state in turn, on every block.
test('Vandaag passes axe with its blocks past, now and to come, whatever the hour', async () => {
  const { context, page } = await openFresh(browser, `${planner.url}/login`);
  try {
    await loginOnPage(page, accounts.groepsleider);
    await page.goto(`${planner.url}/groep/zonnebloem`);
    assert.ok((await page.$$('.blok')).length > 1, 'the demo day has blocks');
    for (const state of ['voorbij', 'nu', '']) {
      await page.$$eval('.blok', (blocks, s) => {
        for (const b of blocks) {
          b.classList.remove('voorbij', 'nu');
          if (s) b.classList.add(s);
        }
      }, state);
      await assertNoAxeViolations(page);
    }
  } finally {
    await context.close();
  }
});
