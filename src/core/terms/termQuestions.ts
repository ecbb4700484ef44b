// The order "Quiz me on this term" asks a term's questions in. A question lists the terms it
// touches, including those it only names in a wrong choice (a Bedrock question whose distractor is
// the sagemaker-runtime client), so the first question asked must be one whose stem or answer
// really is about the term.
import type { Question } from '../bank/model';
import { type MdDoc, mdToPlainText } from '../mdTree';
import { findTerms, lookupContext, type TermMatcher } from './termLookup';

/** How directly a question covers a term, best first. */
export type Coverage = 'stem' | 'answer' | 'explanation' | 'listed';
const RANK: Readonly<Record<Coverage, number>> = { stem: 0, answer: 1, explanation: 2, listed: 3 };

/** The term's questions, those that name it in the stem first, then in the answer, then in the explanation; then the rest. */
export function questionsForTerm(termId: string, questions: readonly Question[], matcher: TermMatcher): Question[] {
  const ranked = questions.map((q, i) => ({ q, i, rank: RANK[coverage(termId, q, matcher)], listed: q.terms.indexOf(termId) }));
  // Then the questions that list the term first, then bank order: sort is stable.
  ranked.sort((a, b) => a.rank - b.rank || rankListed(a.listed) - rankListed(b.listed) || a.i - b.i);
  return ranked.map((r) => r.q);
}

/** Where a question names the term: its stem, its right answer, its explanation, or nowhere (listed only). */
export function coverage(termId: string, q: Question, matcher: TermMatcher): Coverage {
  const names = (docs: readonly MdDoc[]) => docs.some((d) => mentions(termId, mdToPlainText(d), matcher));
  if (names([q.stem])) return 'stem';
  if (names(answerOf(q))) return 'answer';
  if (names([q.explanation])) return 'explanation';
  return 'listed';
}

function answerOf(q: Question): MdDoc[] {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.choices.filter((c) => c.correct).map((c) => c.text);
    case 'ordering':
      return q.steps.map((s) => s.text);
    case 'matching':
      return q.pairs.flatMap((p) => [p.prompt, p.answer]);
    case 'flashcard':
      return [q.answer];
  }
}

// Question text is prose: every name matches, one-word ones too.
const PROSE = lookupContext('markdown', '');

function mentions(termId: string, text: string, matcher: TermMatcher): boolean {
  return findTerms(matcher, text, PROSE).some((m) => m.termId === termId);
}

const rankListed = (i: number) => (i < 0 ? Number.MAX_SAFE_INTEGER : i);
