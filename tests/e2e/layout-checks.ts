import type { Locator, Page } from '@playwright/test';

/** The screen the officers work at (review E21–E23): a 1366×768 laptop. */
export const LAPTOP = { width: 1366, height: 768 };

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} has no box: it is not rendered`);
  return box;
}

/** Whether `inner` lies wholly inside `outer` (half a pixel of rounding allowed). */
export function inside(inner: Box, outer: Box): boolean {
  const e = 0.5;
  return inner.x >= outer.x - e && inner.y >= outer.y - e && inner.x + inner.width <= outer.x + outer.width + e && inner.y + inner.height <= outer.y + outer.height + e;
}

/**
 * What an officer would see cut off on the page now, each as a short description (empty when
 * nothing is): a button, link or form control partly hidden by a box that clips it or by the
 * window's edge; a line of text wider than the box that clips it, unless that box says so with an
 * ellipsis or a line clamp (those show the whole text elsewhere); two buttons or drop-downs laid
 * against or over each other; and a drop-down whose chosen entry is wider than the drop-down, so
 * that only its start shows.
 * Only what is on screen now is checked; call it again after scrolling or opening something.
 */
export function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const name = (el: Element) => {
      const text = (el instanceof HTMLSelectElement ? el.selectedOptions[0]?.text : el.textContent) ?? '';
      const label = el.getAttribute('aria-label') ?? '';
      return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}> “${(label || text).trim().slice(0, 60)}”`;
    };
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // A box of a pixel or less is text kept for screen readers only.
      return (
        r.width > 1 &&
        r.height > 1 &&
        style.visibility !== 'hidden' &&
        // Not inside a folded <details> either.
        el.checkVisibility({ contentVisibilityAuto: true }) &&
        !el.closest('[hidden], [aria-hidden="true"], .visually-hidden')
      );
    };
    // Only what is in the window; while a modal dialog is open, only what is in it (the page lies behind).
    const scope = document.querySelector('dialog:modal') ?? document.body;
    const inView = (r: DOMRect) => r.bottom > 0 && r.top < innerHeight;
    const clips = (style: CSSStyleDeclaration) => style.overflowX !== 'visible' || style.overflowY !== 'visible';
    /** What of `el` can be seen: its box cut by every box around it that clips (a scrolling dialog body); null when nothing. */
    const seenBox = (el: Element): { left: number; right: number; top: number; bottom: number } | null => {
      const r = el.getBoundingClientRect();
      let box = { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      for (let up = el.parentElement; up && up !== document.documentElement; up = up.parentElement) {
        if (!clips(getComputedStyle(up))) continue;
        const u = up.getBoundingClientRect();
        box = { left: Math.max(box.left, u.left), right: Math.min(box.right, u.right), top: Math.max(box.top, u.top), bottom: Math.min(box.bottom, u.bottom) };
      }
      return box.right > box.left && box.bottom > box.top ? box : null;
    };

    for (const el of scope.querySelectorAll('button, a[href], select, input:not([type="hidden"]), [role="button"], label')) {
      if (!shown(el)) continue;
      const r = el.getBoundingClientRect();
      if (!inView(r)) continue;
      if (r.left < -0.5 || r.right > innerWidth + 0.5) {
        found.push(`${name(el)} runs past the window's edge (${Math.round(r.left)}–${Math.round(r.right)} of ${innerWidth})`);
        continue;
      }
      // A box that scrolls up and down shows the rest on scrolling, so the boxes around it may cut
      // what it holds at their top and foot; sideways, nothing should need scrolling to be seen.
      let scrolled = false;
      for (let up = el.parentElement; up && up !== document.documentElement; up = up.parentElement) {
        const style = getComputedStyle(up);
        if (!clips(style)) continue;
        const box = up.getBoundingClientRect();
        const scrollsY = style.overflowY === 'auto' || style.overflowY === 'scroll';
        const cutSideways = r.left < box.left - 0.5 || r.right > box.right + 0.5;
        const cutDown = !scrollsY && !scrolled && (r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5);
        scrolled ||= scrollsY;
        if (cutSideways || cutDown) {
          found.push(`${name(el)} is cut by ${name(up).split(' ')[0]} (${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(box.left)}–${Math.round(box.right)})`);
          break;
        }
      }
    }

    for (const el of scope.querySelectorAll('*')) {
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || !shown(el)) continue;
      const style = getComputedStyle(el);
      if (!clips(style) || style.overflowX === 'auto' || style.overflowX === 'scroll') continue;
      if (style.textOverflow === 'ellipsis' || style.webkitLineClamp !== 'none') continue;
      if (!inView(el.getBoundingClientRect())) continue;
      const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (hasText && el.scrollWidth > el.clientWidth + 1) found.push(`${name(el)}: its text is ${el.scrollWidth}px wide in a ${el.clientWidth}px box`);
    }

    // Buttons and drop-downs side by side need a gap: laid against each other they read as one
    // (a segmented switch, whose options share one frame on purpose, and a list stacked edge to
    // edge excepted); one lying over another hides it.
    // Each as far as it can be seen: a control scrolled out of a dialog's body lies under nothing.
    const controls = [...scope.querySelectorAll('button, select, a.button, [role="button"]')].filter((el) => shown(el) && inView(el.getBoundingClientRect()) && seenBox(el));
    for (let i = 0; i < controls.length; i++) {
      const a = seenBox(controls[i])!;
      for (let j = i + 1; j < controls.length; j++) {
        if (controls[i].contains(controls[j]) || controls[j].contains(controls[i])) continue;
        const b = seenBox(controls[j])!;
        const apartX = Math.max(b.left - a.right, a.left - b.right);
        const apartY = Math.max(b.top - a.bottom, a.top - b.bottom);
        const segmented = controls[i].parentElement === controls[j].parentElement && controls[i].closest('.lang-switch');
        if (apartX < 0 && apartY < 0) found.push(`${name(controls[i])} and ${name(controls[j])} overlap`);
        else if (!segmented && apartX < 2 && apartY < -2) found.push(`${name(controls[i])} and ${name(controls[j])} touch`);
      }
    }

    const ruler = document.createElement('canvas').getContext('2d');
    for (const select of scope.querySelectorAll('select')) {
      if (!ruler || !shown(select) || select.multiple || !inView(select.getBoundingClientRect())) continue;
      const style = getComputedStyle(select);
      ruler.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = select.selectedOptions[0]?.text ?? '';
      // The arrow takes about 1.3em on the right, inside the padding.
      const room = select.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight) - 1.3 * Number.parseFloat(style.fontSize);
      const wide = ruler.measureText(text).width;
      if (wide > room + 1) found.push(`${name(select)}: the chosen entry needs ${Math.round(wide)}px, the drop-down shows ${Math.round(room)}px`);
    }
    return found;
  });
}

/**
 * Whether the text of `locator` can be read: at its centre and at both ends of each of its lines
 * the element on top is the text itself (nothing lies over it), and no other control comes closer
 * than `clearance` px to it, since glyphs and tone marks reach past the box the text is laid in.
 */
export function coveredParts(locator: Locator, clearance = 4): Promise<string[]> {
  return locator.evaluate((text, clearance) => {
    const problems: string[] = [];
    const mine = (el: Element | null) => !!el && (el === text || text.contains(el));
    const probe = (x: number, y: number, what: string) => {
      const top = document.elementFromPoint(x, y);
      if (!mine(top)) problems.push(`${what} (${Math.round(x)}, ${Math.round(y)}) is under <${top?.tagName.toLowerCase()}> “${top?.textContent?.trim().slice(0, 40)}”`);
    };
    const whole = text.getBoundingClientRect();
    probe(whole.left + whole.width / 2, whole.top + whole.height / 2, 'the centre');
    const range = document.createRange();
    range.selectNodeContents(text);
    const lines = [...range.getClientRects()].filter((r) => r.width > 0);
    lines.forEach((line, i) => {
      const y = line.top + line.height / 2;
      probe(line.left + 1, y, `the start of line ${i + 1}`);
      probe(line.right - 1, y, `the end of line ${i + 1}`);
    });
    for (const other of document.querySelectorAll('button, a[href], select, input, [role="button"]')) {
      if (mine(other) || other.contains(text)) continue;
      const r = other.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      for (const line of lines) {
        const apartX = Math.max(r.left - line.right, line.left - r.right);
        const apartY = Math.max(r.top - line.bottom, line.top - r.bottom);
        if (apartX < clearance && apartY < 0) problems.push(`<${other.tagName.toLowerCase()}> “${other.textContent?.trim().slice(0, 30)}” is ${Math.round(apartX)}px from the text`);
      }
    }
    return problems;
  }, clearance);
}

/**
 * `cutOff` at each screenful from the top of the page to its foot, as an officer scrolling through
 * it would see it; each problem once. With `shots`, a screenshot of each screenful is saved as
 * `${shots}-1.png`, `${shots}-2.png`, ….
 */
export async function cutOffWhileScrolling(page: Page, shots?: string): Promise<string[]> {
  const found = new Set<string>();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = LAPTOP.height - 120;
  for (let y = 0, n = 1; ; y += step, n++) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForFunction((top) => Math.abs(window.scrollY - Math.min(top, document.documentElement.scrollHeight - innerHeight)) < 2, y);
    for (const problem of await cutOff(page)) found.add(problem);
    if (shots) await page.screenshot({ path: `${shots}-${n}.png` });
    if (y + LAPTOP.height >= height) break;
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return [...found];
}
