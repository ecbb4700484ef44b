// Lookups over a loaded catalog, built once per load.
import type { CaseStudy, Catalog, Exam, GlossaryTerm, Question, Topic } from '../bank/model';
import { glossaryTopic, isGlossaryTopic, termFlashcard } from './glossaryCards';

const TERM_CARD = 'term:';

export class CatalogIndex {
  private readonly questionsById = new Map<string, Question>();
  private readonly topicsById = new Map<string, Topic>();
  private readonly termsById = new Map<string, GlossaryTerm>();
  private readonly casesById = new Map<string, CaseStudy>();
  private readonly questionsByTopic = new Map<string, Question[]>();
  private readonly questionsByTerm = new Map<string, Question[]>();

  constructor(readonly catalog: Catalog) {
    for (const t of catalog.topics) this.topicsById.set(t.id, t);
    for (const t of catalog.terms) this.termsById.set(t.id, t);
    for (const c of catalog.cases) this.casesById.set(c.id, c);
    for (const q of catalog.questions) {
      this.questionsById.set(q.id, q);
      push(this.questionsByTopic, q.topic, q);
      for (const term of q.terms) push(this.questionsByTerm, term, q);
    }
  }

  get exams(): Exam[] {
    return this.catalog.exams;
  }
  exam(code: string): Exam | undefined {
    return this.catalog.exams.find((e) => e.code === code);
  }
  topic(id: string): Topic | undefined {
    return this.topicsById.get(id) ?? (isGlossaryTopic(id) ? glossaryTopic(id.slice('glossary:'.length) as GlossaryTerm['category']) : undefined);
  }
  /** A bank question, or a glossary flashcard for an id `term:<term id>`. */
  question(id: string): Question | undefined {
    const q = this.questionsById.get(id);
    if (q || !id.startsWith(TERM_CARD)) return q;
    const term = this.termsById.get(id.slice(TERM_CARD.length));
    return term && termFlashcard(term);
  }
  /** Every glossary term as a flashcard. */
  glossaryFlashcards(): Question[] {
    return this.catalog.terms.map(termFlashcard);
  }
  term(id: string): GlossaryTerm | undefined {
    return this.termsById.get(id);
  }
  caseStudy(id: string): CaseStudy | undefined {
    return this.casesById.get(id);
  }
  topicsOf(exam: string, domain?: number): Topic[] {
    return this.catalog.topics.filter((t) => t.exam === exam && (domain === undefined || t.domain === domain));
  }
  questionsOfTopic(topicId: string): Question[] {
    return this.questionsByTopic.get(topicId) ?? [];
  }
  questionsOfDomain(exam: string, domain: number): Question[] {
    return this.topicsOf(exam, domain).flatMap((t) => this.questionsOfTopic(t.id));
  }
  questionsOfExam(exam: string): Question[] {
    return this.topicsOf(exam).flatMap((t) => this.questionsOfTopic(t.id));
  }
  questionsAboutTerm(termId: string): Question[] {
    return this.questionsByTerm.get(termId) ?? [];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
