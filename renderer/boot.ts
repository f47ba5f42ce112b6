// The app's first script, kept small so that it runs as soon as it arrives (issue 11): it picks the
// transport, starts the opening page's code and first reads (route-start.ts), and only then loads the
// rest of the app (main.tsx: React, the catalogs, the stores), which used to be parsed and run before
// anything else was asked for — half a second on a busy machine.
import { withEarlyCalls } from './api/early-calls';
import { connect } from './api/transport';
import { parseHash } from './router';
import { startRoute } from './route-start';

const connected = connect();
const client = withEarlyCalls(connected.client);
if (connected.hasToken) startRoute(parseHash(window.location.hash), client);
void import('./main').then((app) => app.start(client, connected.hasToken));
