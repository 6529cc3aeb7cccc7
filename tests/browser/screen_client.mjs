// A wall screen in Node, as the display does it: request a pairing code, have staff pair it,
// collect the token, then hold the WebSocket /ws/screen (Authorization: Bearer TOKEN) and
// collect the boards it receives. A minimal RFC 6455 client: Node 20 has none built in.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import http from 'node:http';

async function postJson(url, body) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

// Pairs a new screen as an admin does on the Beheer page (`page`: logged in as admin): the
// screen asks for a code, the admin types it in with the screen's name and group and taps
// "Koppelen"; the screen then collects its token. Resolves with the token.
export async function pairScreenOnPage(planner, page, { group, name }) {
  const request = await postJson(`${planner.url}/screen/pairing`);
  assert.equal(request.status, 201, JSON.stringify(request.body));
  const waiting = await postJson(`${planner.url}/screen/pairing/status`, { secret: request.body.secret });
  assert.equal(waiting.body.status, 'waiting');

  await page.goto(`${planner.url}/beheer`);
  await page.locator('summary::-p-text(Scherm koppelen)').click();
  await page.locator('::-p-aria([name="Code op het scherm"][role="textbox"])').fill(request.body.code);
  await page.locator('::-p-aria([name="Naam van het scherm"][role="textbox"])').fill(name);
  await page.select('select[name="groep"]', group);
  await page.locator('::-p-aria([name="Koppelen"][role="button"])').click();
  await page.waitForFunction((n) => [...document.querySelectorAll('#schermen td')].some((td) => td.textContent.includes(n)), {}, name);

  const status = await postJson(`${planner.url}/screen/pairing/status`, { secret: request.body.secret });
  assert.equal(status.body.status, 'paired', JSON.stringify(status.body));
  assert.equal(status.body.group, group);
  return status.body.token;
}

// One frame to the server: FIN set, masked as RFC 6455 requires of clients.
function clientFrame(opcode, payload = Buffer.alloc(0)) {
  const mask = crypto.randomBytes(4);
  const length = payload.length;
  const header = length < 126 ? Buffer.from([0x80 | opcode, 0x80 | length]) : Buffer.from([0x80 | opcode, 0x80 | 126, length >> 8, length & 0xff]);
  const masked = Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]));
  return Buffer.concat([header, mask, masked]);
}

export class ScreenClient {
  #socket;
  #buffer = Buffer.alloc(0);
  #fragments = [];
  #messages = [];
  #waiters = [];
  closed = false;

  static connect(planner, token) {
    return new Promise((resolve, reject) => {
      const key = crypto.randomBytes(16).toString('base64');
      const req = http.request({
        host: '127.0.0.1',
        port: planner.port,
        path: '/ws/screen',
        headers: {
          Connection: 'Upgrade',
          Upgrade: 'websocket',
          'Sec-WebSocket-Version': '13',
          'Sec-WebSocket-Key': key,
          Authorization: `Bearer ${token}`,
        },
      });
      req.on('response', (res) => reject(new Error(`no upgrade: HTTP ${res.statusCode}`)));
      req.on('error', reject);
      req.on('upgrade', (res, socket, head) => {
        const accept = crypto.createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
        if (res.headers['sec-websocket-accept'] !== accept) return reject(new Error('bad Sec-WebSocket-Accept'));
        resolve(new ScreenClient(socket, head));
      });
      req.end();
    });
  }

  constructor(socket, head) {
    this.#socket = socket;
    socket.on('data', (data) => this.#receive(data));
    socket.on('close', () => {
      this.closed = true;
      for (const waiter of this.#waiters) waiter.reject(new Error('the screen connection closed'));
      this.#waiters = [];
    });
    socket.on('error', () => {});
    if (head.length) this.#receive(head);
  }

  #receive(data) {
    this.#buffer = Buffer.concat([this.#buffer, data]);
    for (;;) {
      if (this.#buffer.length < 2) return;
      const fin = (this.#buffer[0] & 0x80) !== 0;
      const opcode = this.#buffer[0] & 0x0f;
      let length = this.#buffer[1] & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (this.#buffer.length < 4) return;
        length = this.#buffer.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (this.#buffer.length < 10) return;
        length = Number(this.#buffer.readBigUInt64BE(2));
        offset = 10;
      }
      if (this.#buffer[1] & 0x80) throw new Error('a server frame must not be masked');
      if (this.#buffer.length < offset + length) return;
      const payload = this.#buffer.subarray(offset, offset + length);
      this.#buffer = this.#buffer.subarray(offset + length);
      if (opcode === 0x9) this.#socket.write(clientFrame(0xa, payload));
      else if (opcode === 0x8) this.#socket.end(clientFrame(0x8, payload.subarray(0, 2)));
      else if (opcode === 0x1 || opcode === 0x0) {
        this.#fragments.push(Buffer.from(payload));
        if (fin) {
          this.#deliver(Buffer.concat(this.#fragments).toString('utf8'));
          this.#fragments = [];
        }
      }
    }
  }

  #deliver(text) {
    const message = JSON.parse(text);
    this.#messages.push(message);
    this.#waiters = this.#waiters.filter((w) => !w.check());
  }

  // Resolves with the first message received (from the start) for which `matches` holds.
  // `guardMs` only keeps a broken run from hanging; it is no performance threshold.
  message(matches, guardMs = 15000) {
    return new Promise((resolve, reject) => {
      let index = 0;
      const waiter = {
        reject,
        check: () => {
          for (; index < this.#messages.length; ++index)
            if (matches(this.#messages[index])) {
              clearTimeout(timer);
              resolve(this.#messages[index]);
              return true;
            }
          return false;
        },
      };
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((w) => w !== waiter);
        reject(new Error(`no matching message; received:\n${JSON.stringify(this.#messages, null, 1).slice(0, 4000)}`));
      }, guardMs);
      if (waiter.check()) return;
      if (this.closed) {
        clearTimeout(timer);
        return reject(new Error('the screen connection is closed'));
      }
      this.#waiters.push(waiter);
    });
  }

  close() {
    if (!this.closed) this.#socket.end(clientFrame(0x8, Buffer.from([0x03, 0xe8])));
  }
}
