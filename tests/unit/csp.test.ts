import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RENDERER_CSP } from '../../shared/csp';

describe('the renderer CSP', () => {
  it('is the same in the page meta tag (desktop, file://) as in the headers the shell and server send', () => {
    const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    // frame-ancestors has no effect in a meta tag, so it is only sent as a header.
    const headerWithoutFraming = RENDERER_CSP.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');
    expect(meta).toBe(headerWithoutFraming);
  });
});
