// Debian's Chromium, headless, driven by puppeteer-core: a fresh profile per launch, the
// group's tablet size (1280×800) and its time zone (so "today" on the page is the planner's
// today, also in the hour before midnight when UTC is still on the day before).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { onEarlyEnd } from './cleanup.mjs';

export const chromiumPath = process.env.DAGRITME_CHROMIUM ?? '/usr/bin/chromium';
export const tablet = { width: 1280, height: 800, hasTouch: true };

export async function launchBrowser() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dagritme-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    pipe: true, // DevTools over a pipe: no debugging port
    handleSIGINT: false, // cleanup.mjs ends Chromium on these
    handleSIGTERM: false,
    handleSIGHUP: false,
    defaultViewport: tablet,
    env: { ...process.env, TZ: 'Europe/Amsterdam' },
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
  const forget = onEarlyEnd(() => {
    browser.process()?.kill('SIGKILL');
    fs.rmSync(profile, { recursive: true, force: true });
  });
  const close = browser.close.bind(browser);
  browser.close = async () => {
    await close();
    fs.rmSync(profile, { recursive: true, force: true });
    forget();
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
