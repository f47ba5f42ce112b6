// `node --import ./tests/helpers/module-log.mjs …` writes every module URL the process resolves
// through the ES module loader (one a line) to the file named by LEKHA_MODULE_LOG. Tests use it to
// see what a command loaded, without timing anything. (Node 20's hooks do not see require() calls
// made inside CommonJS packages, but they do see the import that loads such a package.)
import { register } from 'node:module';

register(new URL('./module-log-hooks.mjs', import.meta.url), { data: { file: process.env.LEKHA_MODULE_LOG } });
