// Issue 11, item 9: "Quiz me on this term" on `sagemaker-runtime` opened a Bedrock question, which
// listed the term only because a wrong choice named the sagemaker-runtime client.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCatalog } from '../../src/core/bank/compile';
import type { GlossaryTerm, Question } from '../../src/core/bank/model';
import { CatalogIndex } from '../../src/core/catalog/catalogIndex';
import { mdToPlainText } from '../../src/core/mdTree';
import { TermIndex } from '../../src/core/terms/termIndex';
import { coverage, questionsForTerm } from '../../src/core/terms/termQuestions';
import { QUESTIONS_DIR } from '../fixtures/terms/shippedGlossary';

const sources = readdirSync(QUESTIONS_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ path: `questions/${f}`, text: readFileSync(join(QUESTIONS_DIR, f), 'utf8') }));
const index = new CatalogIndex(compileCatalog(sources).catalog);
const matcher = new TermIndex(index.catalog.terms);

/** The question's stem and right answers as plain text, lowercased. */
function stemAndAnswer(q: Question): string {
  const answer = q.type === 'single' || q.type === 'multiple' ? q.choices.filter((c) => c.correct).map((c) => c.text) : q.type === 'flashcard' ? [q.answer] : q.type === 'ordering' ? q.steps.map((s) => s.text) : q.pairs.flatMap((p) => [p.prompt, p.answer]);
  return [q.stem, ...answer].map(mdToPlainText).join('\n').toLowerCase();
}

/** Whether the text holds one of the term's names as a whole word, found by a regular expression (not the matcher under test). */
function namesTerm(t: GlossaryTerm, text: string): boolean {
  const names = [t.name, t.name.replace(/\s*\([^)]*\)$/, ''), ...t.aliases, ...t.code.filter((c) => !c.module).map((c) => c.name)].filter((n) => !n.includes('*'));
  return names.some((n) => new RegExp(`(?<![\\w-])${n.toLowerCase().split(/[\s-]+/).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('[\\s-]+')}(?![\\w-])`).test(text));
}

describe('the questions "Quiz me on this term" asks', () => {
  it('asks a sagemaker-runtime question first, not the Bedrock one that names it in a wrong choice', () => {
    const listed = index.questionsAboutTerm('sagemaker-runtime');
    assert.equal(listed[0].id, 'aif-d35-007', 'the bank order put the Bedrock question first');
    const asked = questionsForTerm('sagemaker-runtime', listed, matcher);
    assert.notEqual(asked[0].id, 'aif-d35-007');
    assert.equal(coverage('sagemaker-runtime', listed[0], matcher), 'listed', 'it names the term only in a wrong choice');
    assert.ok(asked.indexOf(listed[0]) >= asked.length - 2, 'so it comes last, with the other question that only lists the term');
    assert.equal(coverage('sagemaker-runtime', asked[0], matcher), 'stem');
    assert.deepEqual([...asked].sort((a, b) => a.id.localeCompare(b.id)), [...listed].sort((a, b) => a.id.localeCompare(b.id)), 'no question is lost');
  });

  it('asks first a question whose stem or answer names the term, for every term that has one', () => {
    let checked = 0;
    const misses: string[] = [];
    for (const term of index.catalog.terms) {
      const listed = index.questionsAboutTerm(term.id);
      if (!listed.some((q) => namesTerm(term, stemAndAnswer(q)))) continue;
      checked++;
      const first = questionsForTerm(term.id, listed, matcher)[0];
      if (!namesTerm(term, stemAndAnswer(first))) misses.push(`${term.id}: ${first.id}`);
    }
    assert.deepEqual(misses, []);
    assert.ok(checked > 100, `${checked} terms checked`);
  });
});
