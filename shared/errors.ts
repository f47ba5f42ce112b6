/** The few stable error codes every transport answers with (ARCHITECTURE.md, "The contract"). */
// FORBIDDEN: the signed-in officer's role or agency does not allow the call; UNAUTHENTICATED: team mode and
// no valid session (never signed in, signed out, expired, disabled): the browser shows the sign-in page.
export const errorCodes = ['INVALID', 'NOT_FOUND', 'CONFLICT', 'LOCKED', 'INTERNAL', 'FORBIDDEN', 'UNAUTHENTICATED'] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface LekhaErrorShape {
  code: ErrorCode;
  /** Thai, for people. */
  message: string;
  /** The field the message is about, as a dotted path, when there is one. */
  field?: string;
  /** Every problem of a refusal at once (each with its field), when there were several. */
  problems?: Problem[];
  /** A save refused because the record changed since the screen loaded it (CONFLICT): what it is now. */
  stale?: StaleRecord;
}

/** The newer copy a stale save was refused for: enough for the screen to fetch and show it. */
export interface StaleRecord {
  /** The table, as the change events and the audit log name it (`agenda_items`). */
  entity: string;
  id: string;
  /** The record's version now; null when it was deleted. */
  version: number | null;
  /** Who changed it last and when (ISO instant), from the audit log; null where the log has nothing. */
  by: string | null;
  at: string | null;
}

/** One problem of a refused input: the dotted path of the field and a Thai message that names it. */
export interface Problem {
  field: string;
  message: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: LekhaErrorShape };

/** Thrown by services; transports turn it into `{ ok: false, error }`. */
export class LekhaError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  readonly problems?: Problem[];
  stale?: StaleRecord;
  constructor(code: ErrorCode, message: string, field?: string, problems?: Problem[]) {
    super(message);
    this.name = 'LekhaError';
    this.code = code;
    this.field = field;
    this.problems = problems;
  }
  toShape(): LekhaErrorShape {
    const shape: LekhaErrorShape = { code: this.code, message: this.message };
    if (this.field !== undefined) shape.field = this.field;
    if (this.problems?.length) shape.problems = this.problems;
    if (this.stale) shape.stale = this.stale;
    return shape;
  }
}

/**
 * One refusal listing every problem: the message numbers them (1) … 2) …) so a person fixes all of them
 * in one go, and `problems` keeps them apart for forms. The first problem's field is the error's field.
 */
export function refusal(code: ErrorCode, heading: string, problems: Problem[], footer = ''): LekhaError {
  const message =
    problems.length === 1
      ? [`${heading}: ${problems[0].message}`, footer].filter(Boolean).join(' ')
      : [`${heading} (${problems.length} จุด):`, ...problems.map((p, i) => `${i + 1}) ${p.message}`), footer].filter(Boolean).join('\n');
  return new LekhaError(code, message, problems[0]?.field || undefined, problems);
}

export const isLekhaError = (e: unknown): e is LekhaError => e instanceof LekhaError;
