import { resolve } from 'node:path';
import type { LekhaCore } from './api';
import { defaultDbPath } from './paths';

/** A refusal the command line prints as is (Thai) with its exit code: 1 refused, 2 usage. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

/** The flags every command may read (parsed once in cli.ts); each command uses the ones it needs. */
export type CliValues = Partial<Record<string, string | boolean | string[]>>;

/** What a command gets: the words after its name, the flags, and the usage text for refusals. */
export interface CommandInput {
  args: string[];
  values: CliValues;
  usage: string;
}

/** A command's module; cli.ts imports it only when that command runs. */
export interface CommandModule {
  run(input: CommandInput): Promise<void>;
}

/** A flag's text, or exit 2 with the usage when it is missing. */
export function required(input: CommandInput, flag: string): string {
  const value = input.values[flag];
  if (typeof value !== 'string' || !value) throw new CliError(`ต้องระบุ --${flag}\n\n${input.usage}`, 2);
  return value;
}

/** A flag's text, or undefined. */
export function optional(input: CommandInput, flag: string): string | undefined {
  const value = input.values[flag];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The database a command works on: `--database postgres://…` or `LEKHA_DATABASE_URL` (a team's
 * PostgreSQL server, issue 15), else the SQLite file `--db` (or LEKHA_DB, or the desktop app's file).
 * `--database` also takes a file path.
 */
export function databaseTarget(input: CommandInput): string {
  const chosen = optional(input, 'database') ?? (process.env.LEKHA_DATABASE_URL?.trim() || undefined);
  if (chosen && /^postgres(ql)?:\/\//i.test(chosen)) return chosen;
  return resolve(chosen ?? optional(input, 'db') ?? defaultDbPath());
}

/**
 * Opens the core on the command's database (databaseTarget), runs `use`, and closes it.
 * api.ts (every service, the database driver, the document renderers) is imported here, on
 * first use, so that `lekha --help` and usage errors load none of it.
 */
export async function withCore<T>(input: CommandInput, use: (core: LekhaCore) => Promise<T>): Promise<T> {
  const { openCore } = await import('./api');
  const files = optional(input, 'files');
  const core = await openCore({ dbPath: databaseTarget(input), filesDir: files ? resolve(files) : undefined });
  // On stderr, so a command's own output (JSON, a file on stdout) stays clean.
  for (const warning of core.atRestWarnings) console.error(warning);
  try {
    return await use(core);
  } finally {
    await core.close();
  }
}

/** One contract call; a refusal becomes the core's Thai message and exit code 1. */
export async function call<T>(core: LekhaCore, method: string, args: unknown): Promise<T> {
  const answer = await core.invoke(method, args);
  if (!answer.ok) throw new CliError(answer.error.message);
  return answer.value as T;
}
