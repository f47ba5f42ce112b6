// The base and shared styles come first, so each feature's own styles (imported by its page, and
// loaded with it) follow them in the cascade, as they did in the one app.css.
import './styles/fonts.css';
import './styles/base.css';
import './ui/ui.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ApiClient } from './api/client';
import { connect, connectSignedIn } from './api/transport';
import { App } from './app';
import { readSession } from './features/session/session-api';
import { useSession } from './features/session/session-store';
import { SignInPage } from './features/session/sign-in-page';
import { translate, useLangStore } from './i18n';
import { AppProvider } from './state/app-context';
import type { SessionOfficer } from '../shared/schemas/session';

const { client, hasToken } = connect();
const root = createRoot(document.getElementById('root')!);

function showApp(api: ApiClient): void {
  root.render(
    <StrictMode>
      <AppProvider client={api}>
        <App />
      </AppProvider>
    </StrictMode>,
  );
}

/**
 * Team mode (lekha serve with officer accounts): no token in the address; the sign-in page, then the app
 * under the officer's session cookie. A session that ends while the app is open brings the sign-in page back
 * with the server's reason; a new sign-in mounts the app afresh, so nothing read for the last officer stays.
 */
function startSignedIn(officer: SessionOfficer | null): void {
  const api = connectSignedIn((reason) => showSignIn(reason));
  const signedIn = (who: SessionOfficer) => {
    useSession.getState().setOfficer(who);
    showApp(api);
  };
  function showSignIn(notice: string | null): void {
    useSession.getState().setOfficer(null);
    root.render(<SignInPage notice={notice} onSignedIn={signedIn} />);
  }
  if (officer) signedIn(officer);
  else showSignIn(null);
}

if (hasToken) {
  showApp(client);
} else {
  // Browser mode opened without the address `lekha serve` printed: team mode asks to sign in; otherwise say what to do.
  const noToken = () =>
    root.render(
      <div className="page page--narrow">
        <div className="form-error" role="alert">
          {translate(useLangStore.getState().lang, 'error.noToken')}
        </div>
      </div>,
    );
  readSession(window.fetch.bind(window)).then((answer) => (answer.ok && answer.value.team ? startSignedIn(answer.value.officer) : noToken()), noToken);
}
