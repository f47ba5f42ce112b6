// The base and shared styles come first, so each feature's own styles (imported by its page, and
// loaded with it) follow them in the cascade, as they did in the one app.css.
import './styles/fonts.css';
import './styles/base.css';
import './ui/ui.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connect } from './api/transport';
import { App } from './app';
import { translate, useLangStore } from './i18n';
import { AppProvider } from './state/app-context';

const { client, hasToken } = connect();
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
} else {
  root.render(
    <StrictMode>
      <AppProvider client={client}>
        <App />
      </AppProvider>
    </StrictMode>,
  );
}
