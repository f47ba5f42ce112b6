import { useEffect, useState } from 'react';
import { useApi, useMeetings } from '../../state/app-context';
import type { Series } from '../../state/types';

/**
 * The number the core gives the next meeting dated in `yearBe` (`meetings.nextNumber`), asked again
 * when the year, the series' stored setting or the list of meetings changes.
 */
export function useNextNumberPreview(series: Series, yearBe: number | null): { number: number; yearBe: number } | null {
  const api = useApi();
  const meetings = useMeetings((s) => s.meetings);
  const [preview, setPreview] = useState<{ number: number; yearBe: number } | null>(null);
  const setting = series.nextNumber ? `${series.nextNumber.number}/${series.nextNumber.yearBe}` : '';
  const count = meetings.filter((m) => m.seriesId === series.id).length;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the stored setting and the meeting count are what change the answer.
  useEffect(() => {
    if (yearBe === null) {
      setPreview(null);
      return;
    }
    let live = true;
    api.call('meetings.nextNumber', { seriesId: series.id, yearBe }).then(
      (next) => live && setPreview(next),
      (e) => {
        console.warn('[lekha] next number preview', e);
        if (live) setPreview(null);
      },
    );
    return () => {
      live = false;
    };
  }, [api, series.id, yearBe, setting, count, series.numbering]);
  return preview;
}
