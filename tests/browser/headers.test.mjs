// What every page answers with: the Content-Security-Policy, and the immutable cache of htmx.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { collectPolicyViolations, launchBrowser } from './browser.mjs';
import { accounts, startPlanner } from './planner.mjs';
import { loginOnPage, openFresh } from './session.mjs';

// The policy every page sends: everything from the planner itself, nothing inline, nothing
// evaluated. Further directives may narrow it ("base-uri 'none'", "frame-ancestors 'none'").
function assertPagePolicy(header, where) {
  assert.ok(header, `${where}: a Content-Security-Policy header`);
  const directives = Object.fromEntries(
    header
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values.join(' ')]),
  );
  assert.equal(directives['default-src'], "'self'", `${where}: ${header}`);
  assert.doesNotMatch(header, /unsafe-|data:|\*/, `${where}: ${header}`);
}

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

test('the login page sends the Content-Security-Policy', async () => {
  const res = await fetch(`${planner.url}/login`);
  assert.equal(res.status, 200);
  assertPagePolicy(res.headers.get('content-security-policy'), '/login');
  assert.match(res.headers.get('content-type'), /^text\/html/);
});

test('htmx is served from the planner, cached as immutable', async () => {
  const res = await fetch(`${planner.url}/static/htmx-4.0.1.min.js`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  assert.match(res.headers.get('content-type'), /javascript/);
  assert.ok((await res.text()).length > 0);
});

test('every document the browser loads while logging in carries the policy', async () => {
  const { context, page } = await openFresh(browser, `${planner.url}/groep/zonnebloem`);
  const documents = [];
  page.on('response', (res) => {
    if (res.request().resourceType() === 'document' && res.status() === 200)
      documents.push({ url: res.url(), csp: res.headers()['content-security-policy'] });
  });
  const blocked = await collectPolicyViolations(page);
  try {
    await page.reload();
    await loginOnPage(page, accounts.groepsleider);
    await page.waitForSelector('h1');
    assert.ok(documents.length >= 2, JSON.stringify(documents));
    for (const d of documents) assertPagePolicy(d.csp, d.url);
    assert.deepEqual(blocked, [], 'the pages need nothing the policy blocks');
  } finally {
    await context.close();
  }
});
