/**
 * Everything that happens in the generated years, in the order it happened: meetings prepared and
 * held, minutes circulated and certified, progress reported, directives closed, policies moved. The
 * audit log is written in that order, so its ids rise with time as in real use. Events at the same
 * instant keep the order they were scheduled in.
 */
interface Event {
  at: string;
  seq: number;
  run: (at: string) => void;
}

export class Timeline {
  private readonly heap: Event[] = [];
  private seq = 0;

  constructor(private readonly until: string) {}

  /** Schedules `run` at instant `at`; what would happen after the end of the story never does. */
  at(at: string, run: (at: string) => void): void {
    if (at > this.until) return;
    this.heap.push({ at, seq: this.seq++, run });
    let i = this.heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(this.heap[i], this.heap[parent])) break;
      [this.heap[i], this.heap[parent]] = [this.heap[parent], this.heap[i]];
      i = parent;
    }
  }

  /** Runs events in time order (events may schedule more) until none is left. */
  runAll(onEach?: (at: string) => void): void {
    while (this.heap.length) {
      const event = this.pop();
      onEach?.(event.at);
      event.run(event.at);
    }
  }

  private pop(): Event {
    const top = this.heap[0];
    const last = this.heap.pop()!;
    if (this.heap.length) {
      this.heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.heap.length && before(this.heap[l], this.heap[m])) m = l;
        if (r < this.heap.length && before(this.heap[r], this.heap[m])) m = r;
        if (m === i) break;
        [this.heap[i], this.heap[m]] = [this.heap[m], this.heap[i]];
        i = m;
      }
    }
    return top;
  }
}

const before = (a: Event, b: Event) => a.at < b.at || (a.at === b.at && a.seq < b.seq);
