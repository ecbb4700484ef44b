// Progress as the JSON text of a snapshot. Card records are immutable, so each one is encoded
// once and its text reused until that card changes: a snapshot joins cached strings. Saved as a
// string, the value also skips the JSON round trip that VS Code's memento.update makes of objects.
import type { SnapshotInfo } from './load';
import type { CardRecord, IdMap, ProgressState } from './model';

export class ProgressSerializer {
  private readonly cache = new WeakMap<CardRecord, string>();

  private record(r: CardRecord): string {
    let json = this.cache.get(r);
    if (json === undefined) {
      json = JSON.stringify({ attempts: r.attempts, correct: r.correct, first: r.first, last: r.last, lastCorrect: r.lastCorrect, card: r.card });
      this.cache.set(r, json);
    }
    return json;
  }

  serialize(state: ProgressState, mark: SnapshotInfo = {}): string {
    const records = (m: IdMap<CardRecord>) => {
      const parts: string[] = [];
      for (const id of Object.keys(m)) parts.push(`${JSON.stringify(id)}:${this.record(m[id])}`);
      return `{${parts.join(',')}}`;
    };
    const head = `"version":${state.version}${mark.writer !== undefined ? `,"writer":${JSON.stringify(mark.writer)}` : ''}${mark.seq !== undefined ? `,"seq":${mark.seq}` : ''}`;
    // Suspensions are few and small: written whole. Builds before them ignore the field.
    return `{${head},"cards":${records(state.cards)},"aside":${records(state.aside)},"days":${JSON.stringify(state.days)},"suspended":${JSON.stringify(state.suspended)}}`;
  }
}
