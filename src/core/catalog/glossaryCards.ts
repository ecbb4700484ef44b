// Glossary entries as flashcards: the front names the term, the back holds its definition and exam
// tip. They are questions like any other, with the id `term:<term id>`, so sessions, progress and
// scheduling treat them the same way.
import { TERM_CATEGORIES, type FlashcardQuestion, type GlossaryTerm, type TermCategory, type Topic } from '../bank/model';
import { termCardId } from '../progress/model';

export const GLOSSARY_TOPIC_PREFIX = 'glossary:';

export const CATEGORY_TITLES: Record<TermCategory, string> = {
  'sagemaker-feature': 'SageMaker features',
  'ai-service': 'AI services',
  'ml-concept': 'ML concepts',
  'data-storage': 'Data and storage',
  'security-governance': 'Security, governance and operations',
};

export function glossaryTopic(category: TermCategory): Topic {
  return { id: `${GLOSSARY_TOPIC_PREFIX}${category}`, title: `Glossary · ${CATEGORY_TITLES[category]}`, summary: '', exam: '', domain: 0, bank: 'glossary' };
}

export const isGlossaryTopic = (id: string): id is `${typeof GLOSSARY_TOPIC_PREFIX}${TermCategory}` =>
  id.startsWith(GLOSSARY_TOPIC_PREFIX) && (TERM_CATEGORIES as readonly string[]).includes(id.slice(GLOSSARY_TOPIC_PREFIX.length));

export function termFlashcard(term: GlossaryTerm): FlashcardQuestion {
  return {
    id: termCardId(term.id),
    topic: `${GLOSSARY_TOPIC_PREFIX}${term.category}`,
    type: 'flashcard',
    difficulty: 1,
    stem: [{ t: 'p', c: ['What is ', { t: 'strong', c: [term.name] }, '?'] }],
    answer: [{ t: 'p', c: [term.definition] }],
    explanation: [{ t: 'p', c: [{ t: 'strong', c: ['Exam tip: '] }, term.tip] }],
    terms: [term.id],
    links: [term.link],
    tags: ['glossary'],
  };
}
