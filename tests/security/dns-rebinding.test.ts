// Threat: DNS rebinding — a hostile site makes its own name resolve to 127.0.0.1, so the officer's
// browser sends requests to Lekha's port under the attacker's Host name. Every request whose Host is
// not Lekha's own address is refused, before the token is even looked at.
import { describe, expect, it } from 'vitest';
import { invokeRequest, raw, testServer } from '../helpers/server';

describe('Host header check', () => {
  for (const host of ['attacker.example', 'attacker.example:80', '127.0.0.1', '127.0.0.1:1', 'localhost.attacker.example']) {
    it(`refuses Host "${host}" for the API even with the right token`, async () => {
      const { server } = await testServer();
      const res = await invokeRequest(server.port, 'organisations.list', {}, { 'x-lekha-token': server.token, host });
      expect(res.status).toBe(403);
      expect(res.body).not.toContain('สสช.');
    });
  }

  it('refuses a foreign Host for the page too', async () => {
    const { server } = await testServer();
    const res = await raw(server.port, { path: '/', headers: { host: 'attacker.example' } });
    expect(res.status).toBe(403);
  });

  it('accepts its own address and localhost with its port', async () => {
    const { server } = await testServer();
    for (const host of [`127.0.0.1:${server.port}`, `localhost:${server.port}`]) {
      const res = await invokeRequest(server.port, 'organisations.list', {}, { 'x-lekha-token': server.token, host });
      expect(res.status).toBe(200);
    }
  });
});
