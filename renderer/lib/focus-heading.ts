import { useEffect, useRef } from 'react';

/**
 * After moving to another page, the focus goes to the new page's heading (WCAG 2.4.3): a screen
 * reader then reads where the officer is, and Tab continues from the top of the page, not from the
 * menu link just clicked. Pages load lazily, so the heading is awaited for a moment. A page that
 * has put the focus somewhere itself (a form's first field) keeps it. Not on the first load.
 */
export function useFocusHeadingOnNavigation(routeKey: string): void {
  const first = useRef(true);
  // The heading on screen when the route changed, read while rendering (before React replaces the
  // page): the page being left may stay on screen while the new one loads, and its heading is not the one.
  const seen = useRef<{ key: string; leaving: Element | null }>({ key: routeKey, leaving: null });
  if (seen.current.key !== routeKey) seen.current = { key: routeKey, leaving: document.querySelector('main h1') };
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new route is what runs it; the effect reads the page, not the key
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const started = performance.now();
    const { leaving } = seen.current;
    let frame = requestAnimationFrame(function look() {
      const found = document.querySelector<HTMLElement>('main h1');
      const heading = found !== leaving ? found : null;
      const active = document.activeElement;
      const pageTookFocus = active !== null && active !== document.body && !active.closest('header, nav');
      if (pageTookFocus) return;
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus();
        return;
      }
      if (performance.now() - started < 3000) frame = requestAnimationFrame(look);
    });
    return () => cancelAnimationFrame(frame);
  }, [routeKey]);
}
