// The real planner for the browser tests: a demo database of "De Zonnebloem" in a temp folder,
// one account per role, `serve` on a free loopback port; stop() ends it and removes the folder.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onEarlyEnd } from './cleanup.mjs';

const sourceDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// ctest names the binary; `npm test` uses the one scripts/test builds.
export const plannerBin = process.env.DAGRITME_PLANNER_BIN ?? path.join(sourceDir, 'build/test/planner/dagritme-planner');

// The accounts every test may use; each password is the name followed by "-wachtwoord".
export const accounts = {
  groepsleider: { name: 'ilse', role: 'groepsleider' },
  mentor: { name: 'marco', role: 'mentor' },
  coordinator: { name: 'petra', role: 'coordinator' },
  admin: { name: 'beheer', role: 'admin' },
};
export const passwordOf = (account) => `${account.name}-wachtwoord`;
// The demo families whose mentor account is accounts.mentor (family 6 is nobody's).
export const mentorFamilies = [1, 2, 3, 4, 5];

// Runs a planner command to completion; throws with its output when it fails.
export function runPlanner(args, input = '') {
  if (!fs.existsSync(plannerBin)) throw new Error(`no planner at ${plannerBin} (set DAGRITME_PLANNER_BIN)`);
  return execFileSync(plannerBin, args, {
    input,
    encoding: 'utf8',
    env: { ...process.env, DAGRITME_DATA_DIR: sourceDir },
  });
}

// Whether `user add` takes --group (accounts belong to groups).
function userAddTakesGroup() {
  try {
    return /--group/.test(runPlanner(['user', 'add', '--help']));
  } catch (e) {
    return /--group/.test(`${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

// The repository's configuration with the folder's database and media; `empty`: without its
// groups (a unit that sets up its own on the pages).
function writeConfig(dir, empty = false) {
  let config = fs
    .readFileSync(path.join(sourceDir, 'config/planner.toml'), 'utf8')
    .replace('"../var/dagritme.db"', '"dagritme.db"')
    .replace('"../var/media"', '"media"')
    .replace('"routines/zonnebloem.toml"', JSON.stringify(path.join(sourceDir, 'config/routines/zonnebloem.toml')))
    .replace('"goals.toml"', JSON.stringify(path.join(sourceDir, 'config/goals.toml')));
  if (empty) config = config.slice(0, config.indexOf('[[group]]'));
  const file = path.join(dir, 'planner.toml');
  fs.writeFileSync(file, config);
  return file;
}

// Resolves with the port once the output says "listening on http://ADDRESS:PORT".
function waitListening(child, output) {
  return new Promise((resolve, reject) => {
    const seen = () => {
      const match = /listening on http:\/\/[^\s:]+:(\d+)/.exec(output.text);
      if (match) {
        child.stdout.off('data', seen);
        child.stderr.off('data', seen);
        child.off('exit', exited);
        resolve(Number(match[1]));
      }
    };
    const exited = (code) => reject(new Error(`the planner exited (${code}) before listening:\n${output.text}`));
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.once('exit', exited);
  });
}

// `empty`: a new unit's database (init, and one account: the coordinator), no groups, no demo.
export async function startPlanner({ empty = false } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dagritme-browser-'));
  const db = path.join(dir, 'dagritme.db');
  const config = writeConfig(dir, empty);
  if (empty) {
    runPlanner(['init', '--db', db]);
    runPlanner(['user', 'add', accounts.coordinator.name, '--role', 'coordinator', '--db', db],
      `${passwordOf(accounts.coordinator)}\n`);
    return serve(dir, db, config);
  }
  runPlanner(['demo', '--db', db, '--media', path.join(dir, 'media')]);
  const withGroup = userAddTakesGroup();
  for (const account of Object.values(accounts)) {
    const args = ['user', 'add', account.name, '--role', account.role, '--db', db];
    if (withGroup && (account.role === 'groepsleider' || account.role === 'mentor'))
      args.push('--group', 'zonnebloem');
    runPlanner(args, `${passwordOf(account)}\n`);
  }
  // The mentor keeps the records of the demo's families 1 to 5; family 6 has no mentor account.
  for (const family of mentorFamilies)
    runPlanner(['family', 'mentor', '--family', String(family), '--account', accounts.mentor.name, '--db', db]);
  return serve(dir, db, config);
}

async function serve(dir, db, config) {
  const child = spawn(plannerBin, ['serve', '--config', config, '--port', '0'], {
    env: { ...process.env, DAGRITME_DATA_DIR: sourceDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const forget = onEarlyEnd(() => {
    child.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const output = { text: '' };
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (d) => (output.text += d));
  child.stderr.on('data', (d) => (output.text += d));
  const port = await waitListening(child, output);

  return {
    dir,
    db,
    port,
    url: `http://127.0.0.1:${port}`,
    output,
    cli: (args, input) => runPlanner([...args, '--db', db], input),
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
      forget();
    },
  };
}
