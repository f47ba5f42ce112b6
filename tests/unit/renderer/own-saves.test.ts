import { describe, expect, it } from 'vitest';
import { followOwnSaves } from '../../../renderer/ui/use-version-guard';

// A card opened at version 3 may save after its neighbour card saved 3 → 4 and 4 → 5 on the same page.
describe("a card following its own page's saves", () => {
  const id = 'series-1';
  it('reaches the version the page itself made, and stops at another record or at a gap', () => {
    const saves = [{ id, from: 3, to: 4 }, { id: 'series-2', from: 4, to: 9 }, { id, from: 4, to: 5 }, { id, from: 7, to: 8 }];
    expect(followOwnSaves(saves, id, 3)).toBe(5);
    expect(followOwnSaves(saves, id, 6)).toBe(6);
    expect(followOwnSaves(saves, id, undefined)).toBeUndefined();
  });

  it('does not loop on a save answered with the version it was sent (the series page hung on one)', () => {
    expect(followOwnSaves([{ id, from: 2, to: 2 }, { id, from: 3, to: 3 }], id, 2)).toBe(2);
    expect(followOwnSaves([{ id, from: 2, to: 3 }, { id, from: 3, to: 2 }], id, 2)).toBe(3);
  });
});
