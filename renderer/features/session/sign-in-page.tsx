import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { SessionOfficer } from '../../../shared/schemas/session';
import { useLang, useT } from '../../i18n';
import { Field } from '../../ui/fields';
import { LanguageSwitch } from '../../ui/language-switch';
import { signIn } from './session-api';
import './session.css';

/**
 * Team mode's first screen (lekha serve with officer accounts): user name and password, the server's Thai
 * refusal read out (role="alert") and the focus put back on the password to try again.
 */
export function SignInPage({ notice, onSignedIn, fetcher = window.fetch.bind(window) }: {
  /** Why the officer is here again (the session expired, or was ended elsewhere). */
  notice?: string | null;
  onSignedIn: (officer: SessionOfficer) => void;
  fetcher?: typeof fetch;
}) {
  const t = useT();
  const lang = useLang();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t('session.title')} — ${t('app.name')}`;
  }, [lang, t]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setPending(true);
    setError(null);
    const answer = await signIn(fetcher, username, password);
    setPending(false);
    if (answer.ok) return onSignedIn(answer.value.officer);
    setError(answer.error.message);
    setPassword('');
    passwordRef.current?.focus();
  }

  return (
    <>
      <header className="topbar">
        <span className="topbar__brand">
          <span className="topbar__logo" aria-hidden="true">
            ล
          </span>
          <span className="topbar__name">{t('app.name')}</span>
          <span className="topbar__tagline">{t('app.tagline')}</span>
        </span>
        <LanguageSwitch />
      </header>
      <main id="main" className="page page--narrow sign-in">
        <h1>{t('session.title')}</h1>
        <p className="muted">{t('session.intro')}</p>
        {notice && !error ? (
          <p className="form-error" role="status">
            {notice}
          </p>
        ) : null}
        <form className="sign-in__form" onSubmit={submit} noValidate>
          <Field id="sign-in-username" label={t('session.username')} required>
            <input id="sign-in-username" name="username" autoComplete="username" autoCapitalize="none" spellCheck={false} required
              value={username} onChange={(e) => setUsername(e.target.value)} />
          </Field>
          <Field id="sign-in-password" label={t('session.password')} required>
            <input id="sign-in-password" name="password" type="password" autoComplete="current-password" required ref={passwordRef}
              value={password} onChange={(e) => setPassword(e.target.value)} aria-describedby={error ? 'sign-in-error' : undefined} />
          </Field>
          {error ? (
            <div id="sign-in-error" className="form-error" role="alert">
              {error}
            </div>
          ) : null}
          <button type="submit" className="button button--primary" disabled={pending || !username.trim() || !password}>
            {pending ? t('session.signingIn') : t('session.signIn')}
          </button>
        </form>
      </main>
    </>
  );
}
