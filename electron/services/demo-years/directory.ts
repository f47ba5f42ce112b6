import { buddhistYear } from '../../../shared/thai';
import { addDays } from './calendar';
import type { Names } from './names';
import { guestOrgs, type Post, secretariatTitles } from './posts';
import type { Random } from './random';

export interface Person {
  id: string;
  title: string;
  firstName: string;
  lastName: string;
  position: string;
  org: string;
  /** Written to the people table (and the audit log) when first needed. */
  written: boolean;
}

interface Term {
  from: string;
  person: Person;
  deputy: Person | null;
}

/**
 * Who held each office on a given day: a succession of illustrative people from before the first
 * meeting to after the last, each term a few years (political offices shorter). Deputies change with
 * the holder. Staff of the secretariat and guests from central agencies serve their own terms.
 */
export class Directory {
  private readonly terms = new Map<string, Term[]>();

  constructor(
    private readonly rng: Random,
    private readonly names: Names,
    private readonly start: string,
    private readonly until: string,
    private readonly post: (key: string) => Post,
  ) {}

  private person(position: string, org: string, senior: boolean): Person {
    return { id: this.rng.uuid(), ...this.names.next(senior), position, org, written: false };
  }

  private termsOf(key: string): Term[] {
    let list = this.terms.get(key);
    if (list) return list;
    const post = this.post(key);
    list = [];
    let from = addDays(this.start, -this.rng.int(0, post.term[1] * 365));
    while (from <= this.until) {
      list.push({
        from,
        person: this.person(post.title, post.org, post.political === true),
        deputy: post.deputy ? this.person(post.deputy, post.org, false) : null,
      });
      from = addDays(from, this.rng.int(post.term[0] * 365, post.term[1] * 365));
    }
    this.terms.set(key, list);
    return list;
  }

  private termAt(key: string, date: string): Term | null {
    const since = this.post(key).since;
    if (since && buddhistYear(date) < since) return null;
    const list = this.termsOf(key);
    for (let i = list.length - 1; i >= 0; i--) if (list[i].from <= date) return list[i];
    return list[0];
  }

  holder(key: string, date: string): Person | null {
    return this.termAt(key, date)?.person ?? null;
  }

  deputy(key: string, date: string): Person | null {
    return this.termAt(key, date)?.deputy ?? null;
  }

  /** The secretariat officer in `slot` (0: takes the minutes, 1: checks them, 2–3: assist). */
  staff(slot: number, date: string): Person {
    return this.holder(`staff:${slot}`, date)!;
  }

  /** Someone from a central agency, invited to explain an item. */
  guest(date: string): Person {
    return this.holder(`guest:${this.rng.pick(guestOrgs)}`, date)!;
  }
}

/** The offices of staff and guests, keyed like the others (`staff:0`, `guest:สงป.`). */
export function supportPost(key: string, orgName: (abbr: string) => string): Post | null {
  const [kind, rest] = key.split(':');
  if (kind === 'staff') return { title: secretariatTitles[Number(rest)], org: 'สป.ดศ.', term: [3, 8] };
  if (kind === 'guest') return { title: `นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ ${orgName(rest)}`, org: rest, term: [3, 6] };
  return null;
}
