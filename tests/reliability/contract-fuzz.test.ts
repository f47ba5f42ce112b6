// Threat: inputs nobody planned for (wrong types, huge or hostile strings, ids of the wrong kind) reaching
// the core through any of its methods: an INTERNAL error instead of a Thai refusal, or a refusal that
// still wrote something.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { contract, methods } from '../../shared/contract';
import { testCore } from '../helpers/core';
import { loadDemo } from '../helpers/demo';

/** A small deterministic generator (mulberry32), so a failure can be replayed from its seed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hostile = [
  '', ' ', '\u0000', '=1+1', '@SUM(A1)', '<script>alert(1)</script>', '../../etc/passwd', 'ก'.repeat(5000), 'x'.repeat(200_000),
  '\u202Eexe.pdf', 'Robert\'); DROP TABLE meetings;--', '๒/๒๕๖๘', '2/2568', '2564-05-24', '1957-01-01', '9999-99-99', 'NaN', '{"a":1}',
  '\ud800', 'ำ', '%zz', 'สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม',
];
const numbers = [0, -1, 1, 2, 2568, 1e12, -1e12, 0.5, Number.MAX_SAFE_INTEGER, 100, 1000];

type Def = { type: string; shape?: Record<string, { _zod: { def: Def } }>; element?: { _zod: { def: Def } }; innerType?: { _zod: { def: Def } };
  options?: { _zod: { def: Def } }[]; entries?: Record<string, string>; values?: unknown[]; in?: { _zod: { def: Def } }; format?: string; getter?: () => { _zod: { def: Def } } };

/**
 * Arguments shaped by the method's own schema (enums from their options, ids from the database, dates
 * as dates), with hostile strings and numbers where text and numbers go: these get past validation
 * and reach the services.
 */
function shaped(def: Def, pick: <T>(l: readonly T[]) => T, rand: () => number, ids: string[], depth = 0): unknown {
  switch (def.type) {
    case 'object': return Object.fromEntries(Object.entries(def.shape ?? {}).map(([k, v]) => [k, shaped(v._zod.def, pick, rand, ids, depth + 1)]));
    case 'optional': case 'default': case 'prefault': return rand() < 0.3 ? undefined : shaped(def.innerType!._zod.def, pick, rand, ids, depth);
    case 'nullable': return rand() < 0.2 ? null : shaped(def.innerType!._zod.def, pick, rand, ids, depth);
    case 'pipe': return shaped(def.in!._zod.def, pick, rand, ids, depth);
    case 'lazy': return depth > 3 ? [] : shaped(def.getter!()._zod.def, pick, rand, ids, depth + 1);
    case 'array': return depth > 3 ? [] : Array.from({ length: Math.floor(rand() * 3) }, () => shaped(def.element!._zod.def, pick, rand, ids, depth + 1));
    case 'enum': return pick(Object.values(def.entries ?? {}));
    case 'literal': return pick(def.values ?? []);
    case 'union': return shaped(pick(def.options ?? [])._zod.def, pick, rand, ids, depth);
    case 'boolean': return rand() < 0.5;
    case 'number': return pick(numbers);
    case 'string':
      if (def.format === 'uuid') return pick(ids);
      return rand() < 0.4 ? pick(['2026-11-30', '2025-02-24', '1957-01-01', '09:30', '2/2568']) : pick(hostile);
    default: return undefined;
  }
}

describe('the whole contract under random input', () => {
  it('answers every call with a value or a Thai refusal (never INTERNAL), and a refusal writes nothing', async () => {
    const t = await testCore();
    const meetingId = await loadDemo(t);
    const db = new Database(t.dbPath, { readonly: true });
    // data_version moves whenever another connection commits: any write at all, inserts or updates.
    const snapshot = () => Number(db.pragma('data_version', { simple: true }));
    const ids = [
      meetingId,
      ...(db.prepare('select id from agenda_items limit 5').all() as { id: string }[]).map((r) => r.id),
      ...(db.prepare('select id from people limit 3').all() as { id: string }[]).map((r) => r.id),
      ...(db.prepare('select id from organisations limit 3').all() as { id: string }[]).map((r) => r.id),
      ...(db.prepare('select id from action_items limit 3').all() as { id: string }[]).map((r) => r.id),
      ...(db.prepare('select id from attendance limit 3').all() as { id: string }[]).map((r) => r.id),
      crypto.randomUUID(),
    ];
    const rand = random(20261130);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
    const value = (depth: number): unknown => {
      const r = rand();
      if (r < 0.3) return pick(ids);
      if (r < 0.55) return pick(hostile);
      if (r < 0.7) return pick(numbers);
      if (r < 0.78) return rand() < 0.5;
      if (r < 0.84) return null;
      if (r < 0.92 && depth < 2) return [value(depth + 1), value(depth + 1)];
      if (depth < 2) return { id: pick(ids), __proto__: { polluted: true }, text: pick(hostile) };
      return undefined;
    };
    const internal: string[] = [];
    const wroteOnRefusal: string[] = [];
    let refusals = 0;
    let okCount = 0;
    for (const method of methods) {
      // Exports render whole documents: fewer of them keep the test quick.
      const rounds = /^(documents|reports)\./.test(method) ? 10 : 80;
      const shape = (contract[method].args as unknown as { shape?: Record<string, unknown> }).shape ?? {};
      for (let i = 0; i < rounds; i++) {
        const args: Record<string, unknown> = {};
        if (i % 2 === 0) Object.assign(args, shaped((contract[method].args as unknown as { _zod: { def: Def } })._zod.def, pick, rand, ids) as object);
        else for (const key of Object.keys(shape)) if (rand() < 0.85) args[key] = value(0);
        const before = snapshot();
        const answer = await t.core.invoke(method, rand() < 0.05 ? pick([null, 'x', 42, []]) : args);
        if (answer.ok) { okCount++; continue; }
        refusals++;
        if (answer.error.code === 'INTERNAL') internal.push(`${method} ${JSON.stringify(args).slice(0, 200)}: ${answer.error.message}`);
        if (!/[ก-๙]/.test(answer.error.message)) internal.push(`${method}: not Thai: ${answer.error.message}`);
        if (snapshot() !== before) wroteOnRefusal.push(method);
      }
    }
    db.close();
    expect(internal).toEqual([]);
    expect(wroteOnRefusal).toEqual([]);
    console.log(`[fuzz] ${okCount} accepted, ${refusals} refused`);
    expect(refusals).toBeGreaterThan(methods.length * 10);
  }, 240_000);
});
