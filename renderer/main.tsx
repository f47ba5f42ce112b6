// The base and shared styles come first, so each feature's own styles (imported by its page, and
// loaded with it) follow them in the cascade, as they did in the one app.css.
import './styles/fonts.css';
import './styles/base.css';
import './ui/ui.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ApiClient } from './api/client';
import { connectSignedIn } from './api/transport';
import { App } from './app';
import { readSession } from './features/session/session-api';
import { useSession } from './features/session/session-store';
import { SignInPage } from './features/session/sign-in-page';
import { languageReady, translate, useLangStore } from './i18n';
import { AppProvider } from './state/app-context';
import type { SessionOfficer } from '../shared/schemas/session';

/**
 * Renders the app (boot.ts calls this once the transport is chosen and the first page's reads are asked
 * for). Without a token in the address: team mode asks the officer to sign in; otherwise it says what to do.
 */
export function start(client: ApiClient, hasToken: boolean): void {
  const root = createRoot(document.getElementById('root')!);
  // Thai at once; English once its catalog has arrived (i18n/index.ts).
  const showApp = (api: ApiClient) =>
    void languageReady.then(() =>
      root.render(
        <StrictMode>
          <AppProvider client={api}>
            <App />
          </AppProvider>
        </StrictMode>,
      ),
    );
  if (hasToken) {
    showApp(client);
    return;
  }
  // Browser mode opened without the address `lekha serve` printed, and no team to sign in to.
  const noToken = () =>
    root.render(
      <div className="page page--narrow">
        <div className="form-error" role="alert">
          {translate(useLangStore.getState().lang, 'error.noToken')}
        </div>
      </div>,
    );
  /**
   * Team mode (lekha serve with officer accounts): the sign-in page, then the app under the officer's
   * session cookie. A session that ends while the app is open brings the sign-in page back with the
   * server's reason; a new sign-in mounts the app afresh, so nothing read for the last officer stays.
   */
  const startSignedIn = (officer: SessionOfficer | null) => {
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
  };
  readSession(window.fetch.bind(window)).then((answer) => (answer.ok && answer.value.team ? startSignedIn(answer.value.officer) : noToken()), noToken);
}
