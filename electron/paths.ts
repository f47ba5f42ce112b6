import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/** The desktop app's name: Electron's user-data folder is named after it. */
export const APP_NAME = 'Lekha';
export const DB_FILE = 'lekha.db';

/**
 * The folder Electron's `app.getPath('userData')` gives for this app, computed without Electron
 * so the command line finds the same database. The shell sets userData to this very folder.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  // The XDG spec: an empty or relative XDG_CONFIG_HOME is to be ignored (it would put the database in the current folder).
  const xdg = env.XDG_CONFIG_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.config'), APP_NAME);
}

/** `LEKHA_DB` overrides the database file; otherwise the desktop app's file. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.LEKHA_DB?.trim() ? env.LEKHA_DB : join(defaultDataDir(env), DB_FILE);
}
