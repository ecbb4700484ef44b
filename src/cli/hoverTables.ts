// `sagemaker-study hover-tables <catalog.json> <terms.json>`: the hover's own file, compiled from the
// catalog at build time (see core/terms/hoverBundle).
import { readFileSync, writeFileSync } from 'node:fs';
import type { Catalog } from '../core/bank/model';
import { hoverBundleText } from '../core/terms/hoverBundle';
import { termTables } from '../core/terms/termIndex';

export function hoverTablesCommand(args: string[]): number {
  const [from, to] = args;
  if (!from || !to) {
    console.error('usage: sagemaker-study hover-tables <catalog.json> <terms.json>');
    return 2;
  }
  const catalog = JSON.parse(readFileSync(from, 'utf8')) as Catalog;
  writeFileSync(to, hoverBundleText(catalog));
  const skipped = termTables(catalog.terms).code.skipped;
  for (const s of skipped) console.error(`hover-tables: term ${s.termId}: code name '${s.name.slice(0, 60)}' is left out (${s.reason})`);
  console.error(`hover-tables: ${catalog.terms.length} terms -> ${to}`);
  return 0;
}
