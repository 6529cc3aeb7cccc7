// The planner's JSON API as staff use it: login (session cookie + CSRF token) and calls with both.
import assert from 'node:assert/strict';
import { passwordOf } from './planner.mjs';

export async function apiLogin(planner, account) {
  const res = await fetch(`${planner.url}/api/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: account.name, password: passwordOf(account) }),
  });
  const answer = await res.json();
  assert.equal(res.status, 200, `login of ${account.name}: ${JSON.stringify(answer)}`);
  const { csrf } = answer;
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return {
    async call(method, path, body) {
      const res = await fetch(`${planner.url}${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': csrf },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
  };
}
