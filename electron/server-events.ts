import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LekhaEvent } from '../shared/contract';
import type { LekhaCore, SignedInOfficer } from './api';

/**
 * Live updates over Server-Sent Events (`GET /api/events`). In team mode a stream belongs to one session:
 * its events pass the officer's filter (services/auth/event-filter.ts: a reporter hears nothing of meetings,
 * a reader nothing above its clearance), and the stream ends when the session does, so an officer signed
 * out, disabled or expired stops hearing what changes:
 *
 * - at once on sign-out through this server (the session's streams are closed with it);
 * - otherwise (disabled or a new password from `lekha users` on the server's machine, the 12 hours run out)
 *   at the first event after it: the session is checked again before an event goes out, at most once per
 *   `recheckMs` (a burst of a bulk change costs one query), and every `idleCheckMs` when nothing happens.
 */
export interface StreamTiming {
  /** How long a passed session check stands for the events that follow. */
  recheckMs: number;
  /** How often a quiet stream checks its session anyway. */
  idleCheckMs: number;
}
export const defaultStreamTiming: StreamTiming = { recheckMs: 2_000, idleCheckMs: 30_000 };

export class EventStreams {
  /** The open streams of each session token, closed when that session signs out. */
  private readonly bySession = new Map<string, Set<(reason: string) => void>>();

  constructor(
    private readonly core: LekhaCore,
    private readonly timing: StreamTiming,
    private readonly log: (error: unknown) => void = (e) => console.error('[lekha serve] events', e),
  ) {}

  /** Opens a stream on `res`; `session` in team mode, none with the per-run token of single-officer browser mode. */
  open(req: IncomingMessage, res: ServerResponse, headers: Record<string, string>, session?: { token: string; officer: SignedInOfficer }): void {
    res.writeHead(200, { ...headers, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store' });
    res.write(': connected\n\n');
    const send = (event: LekhaEvent) => res.write(`data: ${JSON.stringify(event)}\n\n`);
    if (!session) {
      const off = this.core.subscribe(send);
      req.on('close', off);
      return;
    }
    this.openForSession(req, res, send, session.token, session.officer);
  }

  /** Sign-out: the session's streams end now, not at their next check. */
  endSession(token: string): void {
    for (const end of [...(this.bySession.get(token) ?? [])]) end('ออกจากระบบแล้ว');
  }

  private openForSession(req: IncomingMessage, res: ServerResponse, send: (e: LekhaEvent) => void, token: string, signedIn: SignedInOfficer) {
    const { core, timing, log } = this;
    let filter = core.auth.eventFilter(signedIn);
    let checkedAt = Date.now();
    let closed = false;
    // Events go out in the order they came, each after the (possibly awaited) check before it.
    let queue: Promise<unknown> = Promise.resolve();

    const end = (reason: string) => {
      if (closed) return;
      closed = true;
      off();
      clearInterval(idle);
      this.bySession.get(token)?.delete(end);
      if (this.bySession.get(token)?.size === 0) this.bySession.delete(token);
      // The reason for whoever reads the stream by hand; the page learns it from its next call (401).
      res.end(`: ${reason.replace(/\s+/g, ' ')}\n\n`);
    };
    /** True while the session holds; the officer's role and clearance as they are now. */
    const stillSignedIn = async (): Promise<boolean> => {
      if (Date.now() - checkedAt < timing.recheckMs) return true;
      try {
        filter = core.auth.eventFilter(await core.auth.officerOf(token));
        checkedAt = Date.now();
        return true;
      } catch (error) {
        end(error instanceof Error ? error.message : 'กรุณาเข้าสู่ระบบ');
        return false;
      }
    };
    const enqueue = (step: () => Promise<void>) => {
      queue = queue.then(() => (closed ? undefined : step())).catch((error) => {
        log(error);
        end('เกิดข้อผิดพลาดภายในโปรแกรม');
      });
    };
    const off = core.subscribe((event) =>
      enqueue(async () => {
        if (!(await stillSignedIn())) return;
        const shown = await filter.visible(event);
        if (shown && !closed) send(shown);
      }),
    );
    const idle = setInterval(() => {
      checkedAt = -Infinity;
      enqueue(async () => void (await stillSignedIn()));
    }, timing.idleCheckMs);
    idle.unref?.();

    const ends = this.bySession.get(token) ?? new Set();
    this.bySession.set(token, ends);
    ends.add(end);
    req.on('close', () => end('ปิดการเชื่อมต่อ'));
  }
}
