// The base and shared styles come first, so each feature's own styles (imported by its page, and
// loaded with it) follow them in the cascade, as they did in the one app.css.
import './styles/fonts.css';
import './styles/base.css';
import './ui/ui.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ApiClient } from './api/client';
import { App } from './app';
import { languageReady, translate, useLangStore } from './i18n';
import { AppProvider } from './state/app-context';

/** Renders the app (boot.ts calls this once the transport is chosen and the first page's reads are asked for). */
export function start(client: ApiClient, hasToken: boolean): void {
  const root = createRoot(document.getElementById('root')!);
  if (!hasToken) {
    // Browser mode opened without the address `lekha serve` printed: say what to do instead of failing every call.
    root.render(
      <div className="page page--narrow">
        <div className="form-error" role="alert">
          {translate(useLangStore.getState().lang, 'error.noToken')}
        </div>
      </div>,
    );
    return;
  }
  // Thai at once; English once its catalog has arrived (i18n/index.ts).
  void languageReady.then(() =>
    root.render(
      <StrictMode>
        <AppProvider client={client}>
          <App />
        </AppProvider>
      </StrictMode>,
    ),
  );
}
