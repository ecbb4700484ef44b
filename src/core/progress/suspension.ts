// Suspended questions: the learner set them aside ("never ask again until restored"), locally and
// in their progress (exported, imported, synced with it). Every round's selection drops them.
import { idMap, own, parseTime, type IdMap, type ProgressState, type SuspendMark } from './model';

export const isSuspended = (state: ProgressState, id: string): boolean => own(state.suspended, id)?.on === true;

/** The ids suspended now, for selections that take a set. */
export function suspendedIds(state: ProgressState): Set<string> {
  const out = new Set<string>();
  for (const id of Object.keys(state.suspended)) if (state.suspended[id].on) out.add(id);
  return out;
}

/** The items whose question is not suspended, in their order. */
export function withoutSuspended<T extends { id: string } | string>(items: readonly T[], state: ProgressState): T[] {
  if (Object.keys(state.suspended).length === 0) return [...items];
  return items.filter((x) => !isSuspended(state, typeof x === 'string' ? x : x.id));
}

/**
 * New state (the input untouched) with these ids suspended (`on`) or restored. An id already in
 * that state keeps its mark and time. Returns the ids that changed.
 */
export function setSuspended(state: ProgressState, ids: Iterable<string>, on: boolean, now: Date): { state: ProgressState; changed: string[] } {
  const suspended = idMap(state.suspended);
  const changed: string[] = [];
  const at = now.toISOString();
  for (const id of ids) {
    if ((own(suspended, id)?.on === true) === on) continue;
    suspended[id] = { on, at };
    changed.push(id);
  }
  return changed.length === 0 ? { state, changed } : { state: { ...state, suspended }, changed };
}

/** Both maps as one, in place into `out`: per id the later change wins; on a tie, suspended. */
export function mergeSuspensions(out: IdMap<SuspendMark>, from: Readonly<Record<string, SuspendMark>>): void {
  for (const id of Object.keys(from)) {
    const mine = own(out, id);
    const theirs = from[id];
    if (!mine) out[id] = theirs;
    else {
      const a = Date.parse(mine.at);
      const b = Date.parse(theirs.at);
      if (b > a || (b === a && theirs.on && !mine.on)) out[id] = theirs;
    }
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A stored mark, or undefined when it is not one. */
export function readSuspendMark(x: unknown): SuspendMark | undefined {
  if (!isObject(x) || typeof x.on !== 'boolean') return undefined;
  const t = parseTime(x.at);
  return t === undefined ? undefined : { on: x.on, at: new Date(t).toISOString() };
}

/** Stored marks; an unreadable one is named in `bad` (with `where` before its id) and left out. Absent (older progress): none. */
export function readSuspensions(x: unknown, bad: string[], where = 'suspended:'): IdMap<SuspendMark> {
  const out = idMap<SuspendMark>();
  if (x === undefined) return out;
  if (!isObject(x)) {
    bad.push(`${where}*`);
    return out;
  }
  for (const id of Object.keys(x)) {
    const mark = id.length > 0 && id.length <= 512 ? readSuspendMark(x[id]) : undefined;
    if (mark) out[id] = mark;
    else bad.push(`${where}${id}`);
  }
  return out;
}
