// axe-core in the page: injected through page.evaluate (the pages' Content-Security-Policy
// blocks inline scripts) and run for WCAG 2.0 A/AA and 2.1 AA.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// The violations axe finds on the page as it is now.
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await globalThis.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

export async function assertNoAxeViolations(page) {
  const violations = await axeViolations(page);
  const lines = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    at ${v.targets.join('\n    at ')}`);
  assert.equal(violations.length, 0, `axe on ${page.url()}:\n  ${lines.join('\n  ')}`);
}
