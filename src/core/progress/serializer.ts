// Progress as the JSON text the store saves. Card records are immutable, so each one is encoded
// once and its text reused until that card changes: saving an answer encodes one record and joins
// the rest. Saved as a string, the value also skips the JSON round trip that VS Code's
// memento.update makes of objects.
import type { CardRecord, ProgressState } from './model';

export class ProgressSerializer {
  private readonly cache = new WeakMap<CardRecord, string>();

  serialize(state: ProgressState): string {
    const records = (m: Record<string, CardRecord>) => {
      const parts: string[] = [];
      for (const id in m) {
        const r = m[id];
        let json = this.cache.get(r);
        if (json === undefined) {
          json = JSON.stringify(r);
          this.cache.set(r, json);
        }
        parts.push(`${JSON.stringify(id)}:${json}`);
      }
      return `{${parts.join(',')}}`;
    };
    return `{"version":${state.version},"cards":${records(state.cards)},"aside":${records(state.aside)},"days":${JSON.stringify(state.days)}}`;
  }
}
