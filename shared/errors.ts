/** The few stable error codes every transport answers with (ARCHITECTURE.md, "The contract"). */
export const errorCodes = ['INVALID', 'NOT_FOUND', 'CONFLICT', 'LOCKED', 'INTERNAL'] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface LekhaErrorShape {
  code: ErrorCode;
  /** Thai, for people. */
  message: string;
  /** The field the message is about, as a dotted path, when there is one. */
  field?: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: LekhaErrorShape };

/** Thrown by services; transports turn it into `{ ok: false, error }`. */
export class LekhaError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'LekhaError';
    this.code = code;
    this.field = field;
  }
  toShape(): LekhaErrorShape {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

export const isLekhaError = (e: unknown): e is LekhaError => e instanceof LekhaError;
