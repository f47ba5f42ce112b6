// Exclusive wall-clock time per phase, by wrapping methods of shared prototypes (pdfkit, fontkit,
// linebreak, Intl.Segmenter, zlib) for the length of one profiling run; nothing outside this process
// changes. Time spent in a wrapped call is charged to its label minus the time of wrapped calls inside it.
import { performance } from 'node:perf_hooks';

type Fn = (this: unknown, ...args: unknown[]) => unknown;
type Label = string | ((stack: readonly string[], self: unknown) => string);

export class PhaseTimer {
  readonly totals = new Map<string, number>();
  readonly calls = new Map<string, number>();
  private readonly stack: { label: string; start: number; children: number }[] = [];
  private readonly restores: (() => void)[] = [];

  /** Charge calls of `target[method]` to `label` (a function of the labels of the calls it is inside, and of `this`). */
  wrap(target: object, method: string | symbol, label: Label): void {
    const holder = target as Record<string | symbol, Fn>;
    const original = holder[method];
    if (typeof original !== 'function') throw new Error(`cannot instrument ${String(method)}`);
    const timer = this;
    holder[method] = function (this: unknown, ...args: unknown[]) {
      const name = typeof label === 'string' ? label : label(timer.stack.map((f) => f.label), this);
      timer.stack.push({ label: name, start: performance.now(), children: 0 });
      try {
        return original.apply(this, args);
      } finally {
        const frame = timer.stack.pop()!;
        const elapsed = performance.now() - frame.start;
        timer.add(name, elapsed - frame.children);
        const parent = timer.stack[timer.stack.length - 1];
        if (parent) parent.children += elapsed;
      }
    };
    this.restores.push(() => {
      holder[method] = original;
    });
  }

  private add(label: string, ms: number): void {
    this.totals.set(label, (this.totals.get(label) ?? 0) + ms);
    this.calls.set(label, (this.calls.get(label) ?? 0) + 1);
  }

  /** Run `undo` on restore(), after the wrappers registered so far are removed. */
  onRestore(undo: () => void): void {
    this.restores.unshift(undo);
  }

  reset(): void {
    this.totals.clear();
    this.calls.clear();
  }

  /** Put every wrapped method back, last wrapped first. */
  restore(): void {
    while (this.restores.length) this.restores.pop()!();
  }
}

/**
 * Wrap Intl.Segmenter so iterating its segments is charged to `segmenter: word` or
 * `segmenter: grapheme` (the iteration, not `segment()`, is where the work happens).
 */
export function wrapSegmenter(timer: PhaseTimer): void {
  const granularity = new WeakMap<object, string>();
  const probe = new Intl.Segmenter('th', { granularity: 'grapheme' }).segment('ก');
  const segmentsProto = Object.getPrototypeOf(probe) as object;
  const iteratorProto = Object.getPrototypeOf(probe[Symbol.iterator]()) as object;
  const segmenterProto = Intl.Segmenter.prototype as unknown as Record<string, Fn>;
  const segment = segmenterProto.segment;
  const iterate = (segmentsProto as Record<symbol, Fn>)[Symbol.iterator];
  segmenterProto.segment = function (this: unknown, ...args: unknown[]) {
    const segments = segment.apply(this, args) as object;
    granularity.set(segments, (this as Intl.Segmenter).resolvedOptions().granularity);
    return segments;
  };
  (segmentsProto as Record<symbol, Fn>)[Symbol.iterator] = function (this: unknown) {
    const it = iterate.call(this) as object;
    granularity.set(it, granularity.get(this as object) ?? '?');
    return it;
  };
  timer.wrap(iteratorProto, 'next', (_stack, self) => `segmenter: ${granularity.get(self as object) ?? '?'}`);
  timer.onRestore(() => {
    segmenterProto.segment = segment;
    (segmentsProto as Record<symbol, Fn>)[Symbol.iterator] = iterate;
  });
}
