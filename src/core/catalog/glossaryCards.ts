// Glossary entries as flashcards: the front names the term, the back holds its definition and exam
// tip. They are questions like any other, with the id `term:<term id>`, so sessions, progress and
// scheduling treat them the same way.
import * as l10n from '@vscode/l10n';
import { TERM_CATEGORIES, type FlashcardQuestion, type GlossaryTerm, type TermCategory, type Topic } from '../bank/model';
import { termCardId } from '../progress/model';
import type { MdNode } from '../../shared/mdDoc';

export const GLOSSARY_TOPIC_PREFIX = 'glossary:';

/** A category's title in the Glossary view and in the names of its flashcard rounds. */
export function categoryTitle(category: TermCategory): string {
  switch (category) {
    case 'sagemaker-feature': return l10n.t('SageMaker features');
    case 'ai-service': return l10n.t('AI services');
    case 'ml-concept': return l10n.t('ML concepts');
    case 'data-storage': return l10n.t('Data and storage');
    case 'security-governance': return l10n.t('Security, governance and operations');
  }
}

export function glossaryTopic(category: TermCategory): Topic {
  return { id: `${GLOSSARY_TOPIC_PREFIX}${category}`, title: l10n.t('Glossary · {0}', categoryTitle(category)), summary: '', exam: '', domain: 0, bank: 'glossary' };
}

export const isGlossaryTopic = (id: string): id is `${typeof GLOSSARY_TOPIC_PREFIX}${TermCategory}` =>
  id.startsWith(GLOSSARY_TOPIC_PREFIX) && (TERM_CATEGORIES as readonly string[]).includes(id.slice(GLOSSARY_TOPIC_PREFIX.length));

/** "What is <strong>name</strong>?" in the display language: the translation's text around the name. */
function whatIs(name: string): MdNode[] {
  const MARK = '\u0000';
  const [before, after = ''] = l10n.t('What is {0}?', MARK).split(MARK);
  const nodes: MdNode[] = [before, { t: 'strong', c: [name] }, after];
  return nodes.filter((x) => x !== '');
}

export function termFlashcard(term: GlossaryTerm): FlashcardQuestion {
  return {
    id: termCardId(term.id),
    topic: `${GLOSSARY_TOPIC_PREFIX}${term.category}`,
    type: 'flashcard',
    difficulty: 1,
    stem: [{ t: 'p', c: whatIs(term.name) }],
    answer: [{ t: 'p', c: [term.definition] }],
    explanation: [{ t: 'p', c: [{ t: 'strong', c: [`${l10n.t('Exam tip:')} `] }, term.tip] }],
    terms: [term.id],
    links: [term.link],
    tags: ['glossary'],
  };
}
