#!/usr/bin/env node
// The `lekha` command: runs the TypeScript command line through tsx, so it works straight after `npm ci`.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli.ts');
