// Threat: another program on this machine, or a web page open in the officer's browser, calls the
// browser-mode API on 127.0.0.1 without the session's random token and reads or changes meeting records.
import { describe, expect, it } from 'vitest';
import { invokeRequest, testServer } from '../helpers/server';

describe('browser-mode API token', () => {
  it('answers with the token', async () => {
    const { server } = await testServer();
    const res = await invokeRequest(server.port, 'organisations.list', {}, { 'x-lekha-token': server.token });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true });
    expect(JSON.parse(res.body).value.length).toBeGreaterThan(10);
  });

  it('refuses a missing token', async () => {
    const { server } = await testServer();
    const res = await invokeRequest(server.port, 'organisations.list', {}, {});
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body).error.message).toContain('รหัสเข้าใช้');
    expect(res.body).not.toContain('สสช.');
  });

  it('refuses a wrong token, even one differing in a single character', async () => {
    const { server } = await testServer();
    const wrong = server.token.slice(0, -1) + (server.token.endsWith('A') ? 'B' : 'A');
    for (const token of [wrong, 'x', '']) {
      const res = await invokeRequest(server.port, 'organisations.list', {}, { 'x-lekha-token': token });
      expect(res.status).toBe(401);
    }
  });

  it('does not accept the token in the query string for calls (it would end up in logs and history)', async () => {
    const { server } = await testServer();
    const res = await invokeRequest(server.port, `organisations.list?token=${server.token}`, {}, {});
    expect(res.status).toBe(401);
  });

  it('refuses writes without the token and writes nothing', async () => {
    const { server, call } = await testServer();
    const res = await invokeRequest(server.port, 'people.create', { firstName: 'ผู้บุกรุก' }, { 'x-lekha-token': 'guess' });
    expect(res.status).toBe(401);
    expect(await call('people.list', {})).toEqual([]);
  });

  it('makes a fresh token for every run', async () => {
    const a = await testServer();
    const b = await testServer();
    expect(a.server.token).not.toBe(b.server.token);
    expect(a.server.token.length).toBeGreaterThanOrEqual(32);
  });
});
