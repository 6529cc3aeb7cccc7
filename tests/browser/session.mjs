// Staff in the browser: log in through the login page as a person would (type, tap the button).
import { passwordOf } from './planner.mjs';

// Fills the login form on the current page and taps "Inloggen"; resolves once the answer (the
// page asked for, or the login page with its alert) has loaded.
export async function loginOnPage(page, account, { password = passwordOf(account) } = {}) {
  await page.locator('input[name="name"]').fill(account.name);
  await page.locator('input[name="password"]').fill(password);
  const button = await page.waitForSelector('::-p-aria([name="Inloggen"][role="button"])');
  await Promise.all([page.waitForNavigation(), button.tap()]);
}

export async function openFresh(browser, url) {
  const context = await browser.createBrowserContext(); // its own cookies
  const page = await context.newPage();
  page.setDefaultTimeout(10000); // only keeps a missing element from hanging the run
  const response = await page.goto(url);
  return { context, page, response };
}
