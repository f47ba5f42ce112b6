import { useState } from 'react';
import { useT } from '../../i18n';
import { signOut } from './session-api';
import { useSession } from './session-store';

/** In the header, in team mode: who is signed in, in what role, and the way out. */
export function SignedInBar({ onSignedOut, fetcher = window.fetch.bind(window) }: { onSignedOut: () => void; fetcher?: typeof fetch }) {
  const t = useT();
  const officer = useSession((s) => s.officer);
  const [pending, setPending] = useState(false);
  if (!officer) return null;
  return (
    <section className="signed-in" aria-label={t('session.signedInAs')}>
      <span className="signed-in__name" title={officer.name}>{officer.name}</span>
      <span className="signed-in__role">{t(`session.role.${officer.role}`)}</span>
      <button
        type="button"
        className="button button--small"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          await signOut(fetcher);
          useSession.getState().setOfficer(null);
          onSignedOut();
        }}
      >
        {t('session.signOut')}
      </button>
    </section>
  );
}
