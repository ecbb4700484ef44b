// The first hover after start, in a fresh process: read dist/terms.json (parsing its head, and the
// one term shown), build the index from its tables, read the file's imports and answer one hover with its Markdown, as the provider does.
// Prints the milliseconds as JSON. Run by hoverBench in a new node process each time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { termHoverMarkdown } from '../../src/core/terms/hoverMarkdown';
import { bundleQuestionIds, bundleTerms, readHoverBundle } from '../../src/core/terms/hoverBundle';
import { TermIndex } from '../../src/core/terms/termIndex';
import { findTermInWindow, lookupContext } from '../../src/core/terms/termLookup';
import { sageMakerSdkFile } from '../../test/fixtures/terms/sdkFile';

const root = process.argv[2] ?? '.';
const text = sageMakerSdkFile(200);
const offset = text.indexOf('use_spot_instances') >= 0 ? text.indexOf('use_spot_instances') + 3 : text.indexOf('Estimator(') + 3;

const cpu = process.cpuUsage();
const started = process.hrtime.bigint();
const bundle = readHoverBundle(readFileSync(join(root, 'dist', 'terms.json')));
if (!bundle) throw new Error('dist/terms.json is not a hover bundle of this build');
const loaded = process.hrtime.bigint();
const loadCpu = process.cpuUsage(cpu);
const index = new TermIndex(bundle.head.tables);
const ctx = lookupContext('python', text);
const m = findTermInWindow(index, text, offset, ctx);
const term = m && bundleTerms(bundle)(m.termId);
if (!m || !term) throw new Error('the first hover found no term');
const md = termHoverMarkdown({ term, matchedText: text.slice(m.start, m.end), questions: bundleQuestionIds(bundle, term.id).length, attempts: 0, correct: 0, related: [], commands: { quizTerm: 'q', lookUpTerm: 'l' } });
const done = process.hrtime.bigint();
const used = process.cpuUsage(cpu);
// Processor time too: on a machine busy with other work, wall time also measures the wait for a core.
process.stdout.write(JSON.stringify({ totalMs: Number(done - started) / 1e6, cpuMs: (used.user + used.system) / 1000, loadMs: Number(loaded - started) / 1e6, loadCpuMs: (loadCpu.user + loadCpu.system) / 1000, term: term.id, chars: md.length }));
