import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import net from 'node:net';
import { buildApp } from '../../src/server/app';
import { testConfig } from '../../src/server/config';
import { createTestApp, type Session, type TestApp } from '../../src/server/kit/testing/testApp';

/**
 * What the server answers over a real HTTP connection (not inject), and the headers of every answer. A body over
 * BODY_LIMIT_BYTES must be answered with the 413 in the app's shape, every time, whether the client reads while it
 * sends (fetch) or only after it has sent everything (Python's http.client, Java's HttpURLConnection) — never with a
 * reset connection. Malformed HTTP is answered in the app's shape too.
 */
const VIETNAMESE = /[ăâđêôơưàáạảãèéẹẻẽìíịỉĩòóọỏõùúụủũỳýỵỷỹ]/i;
const ELEVEN_MB = 11 * 1024 * 1024;

let t: TestApp;
let admin: Session;
let origin: string;
let port: number;
let unitUrl: string;

beforeAll(async () => {
  // The default limit (10 MB), as in production.
  t = await createTestApp();
  admin = await t.login('admin');
  origin = await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = Number(new URL(origin).port);
  unitUrl = `/api/org-units/${(await t.unit('30904')).id}`;
});
afterAll(async () => t?.close());

function expect413(status: number, text: string) {
  expect(status, text.slice(0, 300)).toBe(413);
  const error = JSON.parse(text).error;
  expect(error.code).toBe('PAYLOAD_TOO_LARGE');
  expect(error.message).toMatch(VIETNAMESE);
}

const bigJson = () => JSON.stringify({ name: 'A'.repeat(ELEVEN_MB) });

/**
 * A client that sends the whole request before it reads a byte of the answer. Resolves with the raw response text,
 * or rejects with the socket error (a reset) if the server closed the connection before reading the body.
 */
function sendThenRead(head: string, body: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    const received: Buffer[] = [];
    socket.on('error', reject);
    socket.on('data', (chunk) => received.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(received).toString('utf8')));
    socket.on('connect', async () => {
      // Reads nothing until everything is sent: what the server answered early waits in the kernel's buffer.
      socket.pause();
      const write = (chunk: Buffer | string) => new Promise<void>((ok, fail) => socket.write(chunk, (err) => (err ? fail(err) : ok())));
      try {
        await write(head);
        for (let offset = 0; offset < body.length; offset += 256 * 1024) await write(body.subarray(offset, offset + 256 * 1024));
      } catch (err) {
        reject(err);
        return;
      }
      // Give a reset time to arrive, as a slow client would, then read the answer.
      await new Promise((r) => setTimeout(r, 200));
      socket.resume();
      socket.end();
    });
  });
}

describe('a body over the limit, over HTTP', () => {
  it('answers fetch with the 413 in the app shape, with a Content-Length and chunked, every time', async () => {
    const body = bigJson();
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${origin}${unitUrl}`, { method: 'PATCH', headers: { 'content-type': 'application/json', cookie: admin.cookie, 'x-csrf-token': admin.csrf }, body });
      expect413(res.status, await res.text());
    }
    const bytes = new TextEncoder().encode(body);
    const chunked = new ReadableStream({
      start(controller) {
        for (let offset = 0; offset < bytes.length; offset += 65536) controller.enqueue(bytes.subarray(offset, offset + 65536));
        controller.close();
      },
    });
    const res = await fetch(`${origin}${unitUrl}`, { method: 'PATCH', headers: { 'content-type': 'application/json', cookie: admin.cookie, 'x-csrf-token': admin.csrf }, body: chunked, duplex: 'half' } as RequestInit);
    expect413(res.status, await res.text());
  });

  it('answers a client that reads only after sending everything with the 413, not a reset', async () => {
    const body = Buffer.from(bigJson());
    for (const route of [
      // Refused from its Content-Length before a byte is read, on a JSON route and on an import route.
      { method: 'PATCH', url: unitUrl, type: 'application/json' },
      { method: 'POST', url: '/api/org-units/import?eraId=kien-giang-2020&format=csv&dryRun=true', type: 'text/csv' },
    ]) {
      const head = `${route.method} ${route.url} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${route.type}\r\nContent-Length: ${body.length}\r\nCookie: ${admin.cookie}\r\nX-CSRF-Token: ${admin.csrf}\r\nConnection: close\r\n\r\n`;
      const response = await sendThenRead(head, body);
      const [statusLine] = response.split('\r\n');
      expect413(Number(statusLine.split(' ')[1]), response.slice(response.indexOf('\r\n\r\n') + 4));
    }
  });

  it('keeps the connection usable after a 413 (the body was read, not left on the wire)', async () => {
    const body = Buffer.from(bigJson());
    const head = `PATCH ${unitUrl} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nCookie: ${admin.cookie}\r\nX-CSRF-Token: ${admin.csrf}\r\n\r\n`;
    const next = `GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`;
    const response = await sendThenRead(head, Buffer.concat([body, Buffer.from(next)]));
    expect(response).toMatch(/^HTTP\/1\.1 413/);
    expect(response).toMatch(/HTTP\/1\.1 200 OK[\s\S]*"status":"ok"/);
  });
});

describe('malformed HTTP', () => {
  it('answers a request Node cannot parse with 400 in the app shape', async () => {
    const response = await sendThenRead('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: abc\r\n\r\n', Buffer.alloc(0));
    expect(response).toMatch(/^HTTP\/1\.1 400/);
    const error = JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4)).error;
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(VIETNAMESE);
  });

  it('answers headers over the limit with 431 in the app shape', async () => {
    const response = await sendThenRead(`GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, Buffer.alloc(0));
    expect(response).toMatch(/^HTTP\/1\.1 431/);
    const error = JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4)).error;
    expect(error.code).toBe('HEADERS_TOO_LARGE');
    expect(error.message).toMatch(VIETNAMESE);
  });

  it('answers a badly percent-encoded address with 400 in the app shape', async () => {
    const res = await fetch(`${origin}/api/people/%E0%A4%A`, { headers: { cookie: admin.cookie } });
    expect(res.status).toBe(400);
    const error = (await res.json()).error;
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(VIETNAMESE);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('security headers', () => {
  it('sends a CSP with base-uri and form-action on pages, and no-store on the API', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/' });
    const csp = String(page.headers['content-security-policy']);
    for (const directive of ["default-src 'self'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'"]) expect(csp).toContain(directive);
    const api = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(api.headers['cache-control']).toBe('no-store');
    expect(api.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends Strict-Transport-Security only behind HTTPS (SECURE_COOKIES)', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).headers['strict-transport-security']).toBeUndefined();
    const secure = await buildApp(t.database, testConfig({ secureCookies: true }));
    try {
      for (const url of ['/api/health', '/', '/api/people/%E0%A4%A', '/api/khong-co']) {
        const res = await secure.inject({ method: 'GET', url });
        expect(res.headers['strict-transport-security'], url).toBe('max-age=31536000; includeSubDomains');
      }
    } finally {
      await secure.close();
    }
  });
});
