// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API_INVOKE_PATH, TOKEN_HEADER } from '../../../shared/bridge';
import { ApiError, createClient } from '../../../renderer/api/client';
import { createHttpBridge, takeToken, TOKEN_STORAGE_KEY } from '../../../renderer/api/http-bridge';

function env(href: string) {
  const store = new Map<string, string>();
  const replaceState = vi.fn();
  return {
    location: { href },
    history: { state: null, replaceState },
    sessionStorage: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) },
    store,
    replaceState,
  };
}

describe('browser-mode token', () => {
  it('is taken from ?token=, kept in sessionStorage, and removed from the address', () => {
    const e = env('http://127.0.0.1:4000/?token=abc123#/meetings/x');
    expect(takeToken(e)).toBe('abc123');
    expect(e.store.get(TOKEN_STORAGE_KEY)).toBe('abc123');
    expect(e.replaceState).toHaveBeenCalledWith(null, '', '/#/meetings/x');
  });

  it('survives a reload from sessionStorage', () => {
    const e = env('http://127.0.0.1:4000/#/');
    e.store.set(TOKEN_STORAGE_KEY, 'kept');
    expect(takeToken(e)).toBe('kept');
    expect(e.replaceState).not.toHaveBeenCalled();
  });
});

describe('HTTP client', () => {
  // The client logs refusals for whoever supports the officer; not needed in the test output.
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  const answer = (body: unknown, status = 200) => vi.fn(async () => new Response(JSON.stringify(body), { status }));

  it('posts the args to /api/invoke/<method> with the token header', async () => {
    const fetch = answer({ ok: true, value: [] });
    const client = createClient(createHttpBridge({ ...env('http://x/'), fetch }, 'tok'));
    await expect(client.call('series.list', {})).resolves.toEqual([]);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(`${API_INVOKE_PATH}series.list`);
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)[TOKEN_HEADER]).toBe('tok');
    expect(JSON.parse(init.body as string)).toEqual({});
  });

  it("throws the core's refusal with its Thai message, code and field", async () => {
    const fetch = answer({ ok: false, error: { code: 'INVALID', message: 'ข้อมูลไม่ถูกต้องที่ "เรื่อง"', field: 'subject' } }, 400);
    const client = createClient(createHttpBridge({ ...env('http://x/'), fetch }, 'tok'));
    const error = await client.call('agenda.delete', { id: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'INVALID', message: 'ข้อมูลไม่ถูกต้องที่ "เรื่อง"', field: 'subject' });
  });

  it('turns a network failure into a Thai message', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const client = createClient(createHttpBridge({ ...env('http://x/'), fetch }, 'tok'));
    await expect(client.call('series.list', {})).rejects.toThrow(/ติดต่อโปรแกรมเลขาไม่ได้/);
  });

  it('without a token, says how to open the app instead of calling', async () => {
    const fetch = vi.fn();
    const client = createClient(createHttpBridge({ ...env('http://x/'), fetch }, null));
    await expect(client.call('series.list', {})).rejects.toThrow(/รหัสเข้าใช้งาน/);
    expect(fetch).not.toHaveBeenCalled();
  });
});

/** Stands in for the browser's EventSource: the test closes it as the browser does when a reconnection is refused. */
class FakeEventSource {
  static opened: FakeEventSource[] = [];
  readyState = 1;
  onmessage: ((m: MessageEvent) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  close() {
    this.readyState = 2;
  }
  /** The server ended the stream and answered the reconnection with 401: the browser gives up. */
  refused() {
    this.readyState = 2;
    this.onerror?.();
  }
}

describe('team mode live updates', () => {
  beforeEach(() => {
    FakeEventSource.opened = [];
  });
  const sessionAnswer = (officer: unknown) => vi.fn(async () => new Response(JSON.stringify({ ok: true, value: { team: true, officer } })));

  it('shows the sign-in page as soon as the server ends the stream of a session that has ended', async () => {
    const fetch = sessionAnswer(null);
    const onSignedOut = vi.fn();
    const bridge = createHttpBridge({ ...env('https://lekha.example/'), fetch, EventSource: FakeEventSource as unknown as typeof EventSource }, null, { onSignedOut });
    bridge.on(() => {});
    expect(FakeEventSource.opened.map((s) => s.url)).toEqual(['/api/events']);
    FakeEventSource.opened[0].refused();
    await vi.waitFor(() => expect(onSignedOut).toHaveBeenCalledWith('กรุณาเข้าสู่ระบบ: การเข้าใช้สิ้นสุดแล้ว'));
    expect(fetch.mock.calls.map((c) => (c as unknown[])[0])).toEqual(['/api/session']);
  });

  it('listens again, after a pause, when the session still holds', async () => {
    vi.useFakeTimers();
    try {
      const onSignedOut = vi.fn();
      const bridge = createHttpBridge({ ...env('https://lekha.example/'), fetch: sessionAnswer({ name: 'อรุณี สารบรรณ' }), EventSource: FakeEventSource as unknown as typeof EventSource }, null, { onSignedOut });
      bridge.on(() => {});
      FakeEventSource.opened[0].refused();
      await vi.advanceTimersByTimeAsync(6_000);
      expect(onSignedOut).not.toHaveBeenCalled();
      expect(FakeEventSource.opened).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
