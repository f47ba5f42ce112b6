import { useT } from '../../i18n';
import { personName } from '../../lib/labels';
import type { Person } from '../../state/types';

/** Kept in view under the list while records are chosen for merging: who is chosen, and the way on. */
export function MergeBar({ chosen, onCompare, onClear }: { chosen: readonly Person[]; onCompare(): void; onClear(): void }) {
  const t = useT();
  return (
    <section className="merge-bar" aria-label={t('dir.merge.bar')}>
      <p aria-live="polite">
        {chosen.length === 2
          ? t('dir.merge.chosenTwo', { a: personName(chosen[0]), b: personName(chosen[1]) })
          : t('dir.merge.chosenOne', { name: personName(chosen[0]) })}
      </p>
      <button type="button" className="button button--primary" id="merge-compare" disabled={chosen.length !== 2} onClick={onCompare}>
        {t('dir.merge.compareButton')}
      </button>
      <button type="button" className="button" onClick={onClear}>
        {t('dir.merge.clear')}
      </button>
    </section>
  );
}
