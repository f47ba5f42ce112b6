import { useEffect, useState } from 'react';
import type { Result } from '../../../shared/contract';
import { errorMessage } from '../../api/client';
import { useT } from '../../i18n/index';
import { useAppStores } from '../../state/app-context';
import { FormError } from '../../ui/form-error';
import { type DiffBlock, diffBlocks, diffCounts, type WordPart } from './versions-hunks';

type Comparison = Result<'minutes.compare'>;

/** Ask the core for the comparison of two versions and show it. */
export function VersionsCompare({ meetingId, from, to }: { meetingId: string; from: number; to: number }) {
  const t = useT();
  const stores = useAppStores();
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setComparison(null);
    setError(null);
    stores.client.call('minutes.compare', { meetingId, from, to }).then(
      (c) => live && setComparison(c),
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [stores, meetingId, from, to]);
  if (error) return <FormError message={error} title={t('error.load')} />;
  if (!comparison) return <p className="muted">{t('common.loading')}</p>;
  return <VersionsDiff comparison={comparison} />;
}

function Words({ parts }: { parts: WordPart[] }) {
  return (
    <>
      {parts.map((p) =>
        p.changed ? (
          <mark key={p.at} className="diff__word">
            {p.text}
          </mark>
        ) : (
          <span key={p.at}>{p.text}</span>
        ),
      )}
    </>
  );
}

/**
 * A readable diff: removed paragraphs struck through in red, added ones in green, the words that
 * changed inside a paragraph marked, and long unchanged stretches folded (open on request).
 */
export function VersionsDiff({ comparison }: { comparison: Comparison }) {
  const t = useT();
  const [opened, setOpened] = useState<ReadonlySet<number>>(new Set());
  const counts = diffCounts(comparison.changes);
  const blocks = diffBlocks(comparison.changes);
  const headingId = `diff-${comparison.from}-${comparison.to}`;

  const line = (block: Extract<DiffBlock, { type: 'line' }>) => {
    const key = block.at;
    const { change, words } = block;
    const content = words ? <Words parts={words} /> : change.text;
    if (change.kind === 'removed') {
      return (
        <li key={key} className="diff__line diff__line--removed" data-kind="removed">
          <span className="diff__sign" aria-hidden="true">−</span>
          <del>
            <span className="visually-hidden">{t('versions.removedLine')} </span>
            {content}
          </del>
        </li>
      );
    }
    if (change.kind === 'added') {
      return (
        <li key={key} className="diff__line diff__line--added" data-kind="added">
          <span className="diff__sign" aria-hidden="true">+</span>
          <ins>
            <span className="visually-hidden">{t('versions.addedLine')} </span>
            {content}
          </ins>
        </li>
      );
    }
    return (
      <li key={key} className="diff__line diff__line--same" data-kind="same">
        <span className="diff__sign" aria-hidden="true" />
        <span>{change.text}</span>
      </li>
    );
  };

  return (
    <section className="diff-view" aria-labelledby={headingId} data-testid="versions-diff">
      <h3 id={headingId}>{t('versions.compareTitle', { from: comparison.from, to: comparison.to })}</h3>
      <p className="diff-view__summary">
        {counts.added || counts.removed
          ? t('versions.counts', { added: counts.added, removed: counts.removed, same: counts.same })
          : t('versions.noDifference')}
      </p>
      {counts.added || counts.removed ? (
        <ol className="diff">
          {blocks.map((block) => {
            if (block.type === 'line') return line(block);
            if (opened.has(block.at)) return block.lines.map((change, j) => line({ type: 'line', at: block.at + j, change, words: null }));
            return (
              <li key={block.at} className="diff__collapsed">
                <button type="button" className="button button--link" onClick={() => setOpened(new Set([...opened, block.at]))}>
                  {t('versions.showSame', { count: block.lines.length })}
                </button>
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}
