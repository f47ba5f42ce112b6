// Threat: a web page on another origin, open in the same browser, uses CORS or a plain HTML form post
// to drive Lekha's API. The server sends no CORS headers, answers no preflight, takes only JSON bodies,
// and serves the page with a strict Content-Security-Policy and no framing.
import { describe, expect, it } from 'vitest';
import { RENDERER_CSP } from '../../shared/csp';
import { invokeRequest, raw, testServer } from '../helpers/server';

describe('cross-origin use of the API', () => {
  it('sends no CORS headers, even to a request that names an Origin', async () => {
    const { server } = await testServer();
    const res = await invokeRequest(server.port, 'organisations.list', {}, { 'x-lekha-token': server.token, origin: 'https://attacker.example' });
    expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });

  it('answers no preflight', async () => {
    const { server } = await testServer();
    const res = await raw(server.port, {
      method: 'OPTIONS', path: '/api/invoke/people.create',
      headers: { host: `127.0.0.1:${server.port}`, origin: 'https://attacker.example', 'access-control-request-method': 'POST' },
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a form-encoded post', async () => {
    const { server } = await testServer();
    const res = await raw(server.port, {
      method: 'POST', path: '/api/invoke/people.create', body: 'firstName=x',
      headers: { host: `127.0.0.1:${server.port}`, 'x-lekha-token': server.token, 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(415);
  });

  it('serves the renderer with the strict CSP and refuses framing', async () => {
    const { server } = await testServer();
    const res = await raw(server.port, { path: '/', headers: { host: `127.0.0.1:${server.port}` } });
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toBe(RENDERER_CSP);
    expect(RENDERER_CSP).toContain("script-src 'self'");
    expect(RENDERER_CSP).not.toContain('unsafe-inline');
    expect(RENDERER_CSP).not.toContain('unsafe-eval');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
