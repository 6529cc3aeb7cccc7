// Debian's Chromium, headless, driven by puppeteer-core: a fresh profile per launch and the
// group's tablet size (1280×800).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

export const chromiumPath = process.env.DAGRITME_CHROMIUM ?? '/usr/bin/chromium';
export const tablet = { width: 1280, height: 800, hasTouch: true };

export async function launchBrowser() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dagritme-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    pipe: true, // DevTools over a pipe: no debugging port
    defaultViewport: tablet,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
    ],
  });
  const close = browser.close.bind(browser);
  browser.close = async () => {
    await close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return browser;
}

// Collects every Content-Security-Policy violation on the page's documents from now on (the
// event listener is installed through DevTools, so the policy does not block it).
export async function collectPolicyViolations(page) {
  const violations = [];
  await page.exposeFunction('dagritmeReportViolation', (v) => violations.push(v));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      globalThis.dagritmeReportViolation(`${e.violatedDirective} blocked ${e.blockedURI} on ${document.location.pathname}`),
    );
  });
  return violations;
}
