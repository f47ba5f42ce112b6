import { useState } from 'react';
import type { MinutesState } from '../../../shared/schemas/minutes';
import { formatDateShort, formatTime, useLang, useT } from '../../i18n/index';
import { focusLater } from '../../lib/errors';
import type { MeetingDetail } from '../../state/types';
import { localHhmm, localIsoDate } from '../../../shared/local-time';
import { VersionsCompare } from './versions-diff';
import { VersionText } from './versions-text';

type Shown = { mode: 'view'; version: number } | { mode: 'compare'; from: number; to: number } | null;

/** Every stored version: number, status, when, by whom; view one, or compare it with the next. */
export function VersionsList({ meeting, minutes }: { meeting: MeetingDetail; minutes: MinutesState }) {
  const t = useT();
  const lang = useLang();
  const [shown, setShown] = useState<Shown>(null);
  const versions = minutes.versions;
  const show = (next: Shown) => {
    setShown(next);
    focusLater('version-shown');
  };

  return (
    <div className="versions">
      <h2 id="versions-title">{t('versions.title')}</h2>
      {versions.length === 0 ? (
        <p className="muted">{t('versions.none')}</p>
      ) : (
        <table className="table versions__table">
          <thead>
            <tr>
              <th scope="col">{t('versions.number')}</th>
              <th scope="col">{t('versions.status')}</th>
              <th scope="col">{t('versions.when')}</th>
              <th scope="col">{t('versions.by')}</th>
              <th scope="col">{t('versions.hash')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v, i) => {
              const next = versions[i + 1];
              const certified = v.status === 'certified';
              return (
                <tr key={v.version} data-testid="version-row">
                  <td>{v.version}</td>
                  <td>
                    <span className={`badge badge--minutes-${v.status}`}>{t(`minutes.${v.status}`)}</span>
                    {certified ? (
                      <p className="versions__note">
                        {minutes.amended ? (
                          <>
                            {t('versions.certifiedAmended')} <span className="versions__amendment">{minutes.amendmentText}</span>
                          </>
                        ) : (
                          t('versions.certifiedPlain')
                        )}
                      </p>
                    ) : null}
                  </td>
                  <td className="nowrap">
                    {formatDateShort(lang, localIsoDate(v.createdAt))} {formatTime(lang, localHhmm(v.createdAt))}
                  </td>
                  <td>{v.createdBy || '—'}</td>
                  <td>
                    <code className="hash" title={v.contentHash}>
                      {v.contentHash.slice(0, 12)}…
                    </code>
                  </td>
                  <td>
                    <div className="row-actions">
                      <button
                        type="button"
                        className="button button--small"
                        aria-pressed={shown?.mode === 'view' && shown.version === v.version}
                        onClick={() => show({ mode: 'view', version: v.version })}
                      >
                        {t('versions.view', { version: v.version })}
                      </button>
                      {next ? (
                        <button
                          type="button"
                          className="button button--small"
                          aria-pressed={shown?.mode === 'compare' && shown.from === v.version}
                          onClick={() => show({ mode: 'compare', from: v.version, to: next.version })}
                        >
                          {t('versions.compareNext', { version: next.version })}
                        </button>
                      ) : null}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {shown ? (
        <div id="version-shown" className="versions__shown" tabIndex={-1}>
          <div className="versions__shown-head">
            <button type="button" className="button button--small" onClick={() => setShown(null)}>
              {t('versions.hide')}
            </button>
          </div>
          {shown.mode === 'view' ? (
            <VersionText meetingId={meeting.id} version={shown.version} />
          ) : (
            <VersionsCompare meetingId={meeting.id} from={shown.from} to={shown.to} />
          )}
        </div>
      ) : null}
    </div>
  );
}
