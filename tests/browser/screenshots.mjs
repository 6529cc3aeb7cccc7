// The README's screenshots of the staff pages, taken as a mentor sees them on the group's tablet
// (1280×800): a family's record and its workbook month. Not a test: run
//   node tests/browser/screenshots.mjs
// after a build (it uses the planner binary the browser tests use), then look at the files.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { accounts, startPlanner } from './planner.mjs';
import { loginOnPage, openFresh } from './session.mjs';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../assets/screenshots');
const family = 2; // Familie de Vries: the demo seeds its workbook month and the Thursday gym

const planner = await startPlanner();
const browser = await launchBrowser();
try {
  const { page } = await openFresh(browser, `${planner.url}/login`);
  await loginOnPage(page, accounts.mentor);
  for (const [name, target] of [
    ['page-gezin.png', `/gezin/${family}`],
    ['page-werkboek.png', `/gezin/${family}/werkboek`],
  ]) {
    await page.goto(`${planner.url}${target}`);
    await page.screenshot({ path: path.join(out, name) });
    console.log(`${name}: ${target}`);
  }
} finally {
  await browser.close();
  await planner.stop();
}
