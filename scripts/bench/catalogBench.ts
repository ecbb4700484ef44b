// Loading the compiled catalog (what the extension does) against parsing the YAML banks at runtime.
import { readdirSync, readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import { join } from 'node:path';
import YAML from 'yaml';
import { compileCatalog } from '../../src/core/bank/compile';
import type { Catalog } from '../../src/core/bank/model';
import { CatalogIndex } from '../../src/core/catalog/catalogIndex';
import { median, timeRuns } from './timing';

export function benchCatalog(root: string): Record<string, string> {
  const dir = join(root, 'questions');
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  const compiled = timeRuns(20, () => new CatalogIndex(JSON.parse(brotliDecompressSync(readFileSync(join(root, 'dist', 'catalog.json.br'))).toString('utf8')) as Catalog));
  const yaml = timeRuns(5, () => {
    const sources = files.map((f) => ({ path: f, text: readFileSync(join(dir, f), 'utf8') }));
    return new CatalogIndex(compileCatalog(sources).catalog);
  });
  const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
  const yamlParse = timeRuns(5, () => texts.map((t) => YAML.parse(t) as unknown));
  const c = median(compiled);
  const p = median(yamlParse);
  const y = median(yaml);
  return {
    'catalog load, compiled brotli JSON as shipped (median of 20)': `${c.toFixed(2)} ms`,
    'catalog load, YAML parsed, checked and compiled at runtime (baseline, median of 5)': `${y.toFixed(2)} ms`,
    'catalog load speed-up vs YAML compiled at runtime': `${(y / c).toFixed(1)}x`,
    'baseline: YAML.parse of the bank sources alone (files already read, no checks), median of 5': `${p.toFixed(2)} ms; compiled catalog load is ${(p / c).toFixed(1)}x faster`,
  };
}
