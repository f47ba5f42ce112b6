import { useEffect, useState } from 'react';
import type { MinutesState } from '../../../shared/schemas/minutes';
import { formatDateLong, useLang, useT } from '../../i18n/index';
import { meetingNumber } from '../../lib/labels';
import { useAppStores } from '../../state/app-context';
import type { MeetingDetail } from '../../state/types';

/** `ครั้งที่ 2/2569 ระเบียบวาระที่ 2.1` for the item the minutes were certified at, looked up in the later meetings. */
function useCertifyingItem(meeting: MeetingDetail, itemId: string | null): { meeting: string; item: string } | null {
  const stores = useAppStores();
  const [found, setFound] = useState<{ meeting: string; item: string } | null>(null);
  useEffect(() => {
    if (!itemId) return;
    let live = true;
    (async () => {
      const all = await stores.client.call('meetings.list', { seriesId: meeting.seriesId });
      const later = all
        .filter((m) => m.yearBe > meeting.yearBe || (m.yearBe === meeting.yearBe && m.number > meeting.number))
        .sort((a, b) => a.yearBe - b.yearBe || a.number - b.number);
      for (const m of later) {
        const detail = await stores.client.call('meetings.get', { id: m.id });
        const item = detail.agendaItems.find((i) => i.id === itemId);
        if (item) {
          if (live) setFound({ meeting: meetingNumber(detail), item: item.number });
          return;
        }
      }
    })().catch((e: unknown) => console.warn('[lekha] certifying item not found', e));
    return () => {
      live = false;
    };
  }, [stores, meeting, itemId]);
  return found;
}

/** Certified: how, when, with what amendments, and the content hash printed in the documents' footer. */
export function CertificationRecord({ meeting, minutes }: { meeting: MeetingDetail; minutes: MinutesState }) {
  const t = useT();
  const lang = useLang();
  const at = useCertifyingItem(meeting, minutes.certifiedHow === 'next_meeting' ? minutes.certifiedAtItemId : null);
  const [copied, setCopied] = useState(false);
  const canCopy = typeof navigator !== 'undefined' && !!navigator.clipboard;

  const how =
    minutes.certifiedHow === 'next_meeting'
      ? at
        ? t('certify.atRecorded', { meeting: at.meeting, item: at.item })
        : t('certify.how.next_meeting')
      : minutes.certifiedHow
        ? t(`certify.how.${minutes.certifiedHow}`)
        : '';

  return (
    <div className="certified" data-testid="certification-record">
      <p className="notice notice--ok">{t('certify.lockedNote', { number: meetingNumber(meeting) })}</p>
      <dl className="facts">
        <dt>{t('certify.how')}</dt>
        <dd>{how}</dd>
        <dt>{t('certify.date')}</dt>
        <dd>{minutes.certifiedOn ? formatDateLong(lang, minutes.certifiedOn) : '—'}</dd>
        <dt>{t('certify.amendments')}</dt>
        <dd>
          {minutes.amended ? (
            <>
              {t('certify.withAmendments')}
              <span className="certified__amendment" data-testid="amendment-text">
                {minutes.amendmentText}
              </span>
            </>
          ) : (
            t('certify.withoutAmendments')
          )}
        </dd>
        <dt>{t('certify.hash')}</dt>
        <dd>
          <code className="hash" data-testid="content-hash">
            {minutes.contentHash}
          </code>
          {canCopy && minutes.contentHash ? (
            <button
              type="button"
              className="button button--small hash__copy"
              onClick={() => {
                navigator.clipboard.writeText(minutes.contentHash ?? '').then(
                  () => setCopied(true),
                  (e: unknown) => console.warn('[lekha] copy refused', e),
                );
              }}
            >
              {copied ? t('certify.copied') : t('certify.copy')}
            </button>
          ) : null}
          <p className="field__hint">{t('certify.hashHint')}</p>
        </dd>
      </dl>
    </div>
  );
}
