// Threat: reading files outside the renderer folder (the database, the officer's documents) through
// the static file server with `..` or encoded paths, and the server being reachable from the network.
import { describe, expect, it } from 'vitest';
import { raw, testServer } from '../helpers/server';

describe('static files and the listening address', () => {
  for (const path of ['/../lekha.db', '/%2e%2e/lekha.db', '/..%2f..%2fetc%2fpasswd', '/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd']) {
    it(`does not serve ${path}`, async () => {
      const { server } = await testServer();
      const res = await raw(server.port, { path, headers: { host: `127.0.0.1:${server.port}` } });
      expect(res.status).toBe(404);
      expect(res.body).not.toContain('root:');
      expect(res.body).not.toContain('SQLite format');
    });
  }

  it('listens on the loopback address only', async () => {
    const { server } = await testServer();
    expect(server.address).toBe('127.0.0.1');
    expect(server.url.startsWith(`http://127.0.0.1:${server.port}/?token=`)).toBe(true);
  });
});
