// Threats: officers' passwords and the record read off the office network (plain HTTP), a session stolen by a
// script on the page (a cookie scripts can read) or ridden by another site (cross-site requests), answers kept
// in a shared cache, and passwords guessed at network speed. Team mode listens off loopback only over HTTPS,
// signs officers in with HttpOnly, SameSite=Strict, Secure cookies, refuses foreign origins, caches nothing
// and throttles failed sign-ins.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type BrowserServer, startServer } from '../../electron/server';
import { tempDir, testCore } from '../helpers/core';
import { cookieOf, selfSignedCertificate, tlsRequest } from '../helpers/tls';

const servers: BrowserServer[] = [];
afterEach(async () => {
  while (servers.length) await servers.pop()!.close();
});

function rendererDir(): string {
  const dir = join(tempDir(), 'renderer');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>เลขา</title>');
  return dir;
}

async function teamServer() {
  const t = await testCore();
  await t.core.auth.addOfficer({ name: 'อรุณี สารบรรณ', username: 'arunee', role: 'secretariat', password: 'ฝ่ายเลขา-2569!' });
  await t.core.auth.addOfficer({ name: 'สมศรี ใจดี', username: 'somsri', role: 'reporter', agency: 'สสช.', password: 'รายงาน-สสช-2569' });
  const tls = selfSignedCertificate();
  // Every address of the machine: off loopback, so team mode and HTTPS are required.
  const server = await startServer({ core: t.core, rendererDir: rendererDir(), host: '0.0.0.0', tls });
  servers.push(server);
  const req = (o: Parameters<typeof tlsRequest>[2]) => tlsRequest(server.port, tls.cert, o);
  return { t, server, req };
}

describe('team mode of lekha serve', () => {
  it('refuses to listen off loopback without a certificate, in Thai, and team mode without any account', async () => {
    const t = await testCore();
    await expect(startServer({ core: t.core, rendererDir: rendererDir(), host: '0.0.0.0' })).rejects.toThrow(/แบบไม่เข้ารหัส[\s\S]*--cert FILE --key FILE/);
    await expect(startServer({ core: t.core, rendererDir: rendererDir(), team: true })).rejects.toThrow(/ต้องมีบัญชีเจ้าหน้าที่อย่างน้อยหนึ่งบัญชี/);
    // A database with accounts asks for sign-in even on loopback.
    await t.core.auth.addOfficer({ name: 'ก ข', username: 'kk-reader', role: 'reader', password: '1234567890ab' });
    const local = await startServer({ core: t.core, rendererDir: rendererDir() });
    servers.push(local);
    expect(local.team).toBe(true);
    expect(local.url).not.toContain('token=');
  });

  it('answers nothing of the record before sign-in, then signs in with a cookie scripts and other sites never get', async () => {
    const { server, req } = await teamServer();
    expect(server.url).toMatch(/^https:\/\/0\.0\.0\.0:\d+\/$/);
    expect((await req({ path: '/api/session' })).json).toEqual({ ok: true, value: { team: true, officer: null } });
    const before = await req({ path: '/api/invoke/organisations.list', body: {} });
    expect(before.status).toBe(401);
    expect(before.json.error).toMatchObject({ code: 'UNAUTHENTICATED', message: 'กรุณาเข้าสู่ระบบ: ยังไม่ได้เข้าสู่ระบบ' });
    expect(before.body).not.toContain('สสช.');
    // The per-run token of single-officer browser mode opens nothing here.
    expect((await req({ path: '/api/invoke/organisations.list', body: {}, headers: { 'x-lekha-token': server.token } })).status).toBe(401);

    const wrong = await req({ path: '/api/session', body: { username: 'arunee', password: 'ผิด' } });
    expect([wrong.status, wrong.json.error?.message]).toEqual([401, 'เข้าสู่ระบบไม่ได้: ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง']);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    // Another site's plain form (text/plain, no CORS needed) cannot sign the browser in.
    const form = await req({ path: '/api/session', body: { username: 'arunee', password: 'ฝ่ายเลขา-2569!' }, headers: { 'content-type': 'text/plain' } });
    expect([form.status, form.headers['set-cookie']]).toEqual([415, undefined]);

    const signedIn = await req({ path: '/api/session', body: { username: 'arunee', password: 'ฝ่ายเลขา-2569!' } });
    expect(signedIn.status).toBe(200);
    const setCookie = String((signedIn.headers['set-cookie'] ?? [])[0]);
    expect(setCookie).toMatch(/^lekha_session=[A-Za-z0-9_-]{43};/);
    for (const flag of ['HttpOnly', 'SameSite=Strict', 'Secure', 'Path=/']) expect(setCookie).toContain(flag);
    expect(signedIn.headers['cache-control']).toBe('no-store');
    expect(signedIn.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    const cookie = cookieOf(signedIn);

    const who = await req({ path: '/api/invoke/session.current', body: {}, cookie });
    expect(who.json).toMatchObject({ ok: true, value: { officer: { name: 'อรุณี สารบรรณ', role: 'secretariat' } } });
    expect(who.headers['cache-control']).toBe('no-store');
    const orgs = await req({ path: '/api/invoke/organisations.list', body: {}, cookie });
    expect(orgs.body).toContain('สสช.');

    // Another site's page posting with the officer's browser: its Origin gives it away.
    const forged = await req({ path: '/api/invoke/settings.update', body: { officerName: 'x' }, cookie, headers: { origin: 'https://attacker.example' } });
    expect(forged.status).toBe(403);

    const out = await req({ path: '/api/session/sign-out', body: {}, cookie });
    expect(String((out.headers['set-cookie'] ?? [])[0])).toContain('Max-Age=0');
    const after = await req({ path: '/api/invoke/organisations.list', body: {}, cookie });
    expect([after.status, after.json.error?.message]).toEqual([401, 'กรุณาเข้าสู่ระบบ: ออกจากระบบแล้ว']);
  });

  it('applies the role at the door: an agency reporter is refused the directory of people over the network, in Thai', async () => {
    const { req } = await teamServer();
    const cookie = cookieOf(await req({ path: '/api/session', body: { username: 'somsri', password: 'รายงาน-สสช-2569' } }));
    const refused = await req({ path: '/api/invoke/people.list', body: {}, cookie });
    expect(refused.json.error).toMatchObject({ code: 'FORBIDDEN' });
    expect(refused.json.error?.message).toContain('บทบาท "ผู้รายงานความคืบหน้าของหน่วยงาน" ของ สมศรี ใจดี ทำรายการนี้ไม่ได้');
    expect((await req({ path: '/api/invoke/actions.list', body: {}, cookie })).json.ok).toBe(true);
  });

  it('stops answering a user name after five wrong passwords, even with the right one', async () => {
    const { req } = await teamServer();
    for (let i = 0; i < 5; i++) expect((await req({ path: '/api/session', body: { username: 'arunee', password: `ผิด-${i}` } })).status).toBe(401);
    const blocked = await req({ path: '/api/session', body: { username: 'ARUNEE', password: 'ฝ่ายเลขา-2569!' } });
    expect(blocked.status).toBe(429);
    expect(blocked.json.error?.message).toContain('รอ 15 นาที');
    expect((await req({ path: '/api/session', body: { username: 'somsri', password: 'รายงาน-สสช-2569' } })).status).toBe(200);
  });
});
