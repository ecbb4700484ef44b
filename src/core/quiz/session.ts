// One round of study: a list of questions, where the learner is, and what they answered.
import type { Question } from '../bank/model';
import type { CatalogIndex } from '../catalog/catalogIndex';
import type { AnswerPayload, FeedbackView, QuestionView, SummaryView } from '../../shared/views';
import { grade, present, questionView, type Presentation, type Rng } from './grading';

export interface SessionOutcome {
  questionId: string;
  /** undefined for a flashcard the learner rated */
  correct?: boolean;
  answer: AnswerPayload;
}

/** Enough to rebuild a session after a window reload. */
export interface SessionSnapshot {
  title: string;
  questionIds: string[];
  position: number;
  presentations: Presentation[];
  outcomes: SessionOutcome[];
  flagged: string[];
  skipped: string[];
}

export class QuizSession {
  private position = 0;
  private readonly presentations: Presentation[];
  private readonly outcomes = new Map<string, SessionOutcome>();
  private readonly flagged = new Set<string>();
  private readonly skipped = new Set<string>();

  constructor(
    readonly title: string,
    private readonly questions: Question[],
    private readonly index: CatalogIndex,
    rng: Rng,
  ) {
    this.presentations = questions.map((q) => present(q, rng));
  }

  static restore(snapshot: SessionSnapshot, index: CatalogIndex, rng: Rng): QuizSession | undefined {
    const questions = snapshot.questionIds.map((id) => index.question(id)).filter((q): q is Question => q !== undefined);
    if (questions.length === 0) return undefined;
    const session = new QuizSession(snapshot.title, questions, index, rng);
    // Keep the saved shuffles where the question is unchanged in shape; reshuffle the rest.
    questions.forEach((q, i) => {
      const saved = snapshot.presentations.find((p) => p.questionId === q.id);
      if (saved && saved.order.length === session.presentations[i].order.length &&
        (saved.answerOrder?.length ?? 0) === (session.presentations[i].answerOrder?.length ?? 0)) {
        session.presentations[i] = saved;
      }
    });
    for (const o of snapshot.outcomes) if (index.question(o.questionId)) session.outcomes.set(o.questionId, o);
    snapshot.flagged.forEach((id) => session.flagged.add(id));
    snapshot.skipped.forEach((id) => session.skipped.add(id));
    session.position = Math.min(Math.max(0, snapshot.position), questions.length);
    return session;
  }

  snapshot(): SessionSnapshot {
    return {
      title: this.title,
      questionIds: this.questions.map((q) => q.id),
      position: this.position,
      presentations: this.presentations,
      outcomes: [...this.outcomes.values()],
      flagged: [...this.flagged],
      skipped: [...this.skipped],
    };
  }

  get total(): number {
    return this.questions.length;
  }
  get index0(): number {
    return this.position;
  }
  get finished(): boolean {
    return this.position >= this.questions.length;
  }
  currentQuestion(): Question | undefined {
    return this.questions[this.position];
  }
  currentView(): QuestionView | undefined {
    const q = this.currentQuestion();
    return q && questionView(q, this.presentations[this.position], this.index);
  }
  isFlagged(id: string): boolean {
    return this.flagged.has(id);
  }
  outcomeOf(id: string): SessionOutcome | undefined {
    return this.outcomes.get(id);
  }

  /** Grades the current question. The caller records progress from the returned outcome. */
  submit(answer: AnswerPayload): { feedback: FeedbackView; outcome: SessionOutcome } {
    const q = this.currentQuestion();
    if (!q) throw new Error('the session is finished');
    const feedback = grade(q, this.presentations[this.position], answer, this.index);
    const outcome: SessionOutcome = { questionId: q.id, correct: feedback.correct, answer };
    this.outcomes.set(q.id, outcome);
    this.skipped.delete(q.id);
    return { feedback, outcome };
  }

  /** The back of a flashcard, before the learner rates it. */
  reveal(): FeedbackView {
    const q = this.currentQuestion();
    if (!q || q.type !== 'flashcard') throw new Error('only a flashcard can be revealed');
    return grade(q, this.presentations[this.position], { type: 'flashcard', rating: 'good' }, this.index);
  }

  toggleFlag(): boolean {
    const q = this.currentQuestion();
    if (!q) return false;
    if (this.flagged.has(q.id)) this.flagged.delete(q.id);
    else this.flagged.add(q.id);
    return this.flagged.has(q.id);
  }

  skip(): void {
    const q = this.currentQuestion();
    if (q && !this.outcomes.has(q.id)) this.skipped.add(q.id);
    this.advance();
  }

  advance(): void {
    if (this.position < this.questions.length) this.position++;
  }

  /** Questions answered wrong or skipped, for "retry the ones I missed". */
  missed(): Question[] {
    return this.questions.filter((q) => this.skipped.has(q.id) || this.outcomes.get(q.id)?.correct === false);
  }

  summary(): SummaryView {
    const byTopic = new Map<string, { topicTitle: string; answered: number; correct: number }>();
    let answered = 0;
    let correct = 0;
    for (const q of this.questions) {
      const o = this.outcomes.get(q.id);
      const title = this.index.topic(q.topic)?.title ?? q.topic;
      const row = byTopic.get(q.topic) ?? { topicTitle: title, answered: 0, correct: 0 };
      byTopic.set(q.topic, row);
      if (!o || o.correct === undefined) continue;
      answered++;
      row.answered++;
      if (o.correct) {
        correct++;
        row.correct++;
      }
    }
    return {
      title: this.title,
      answered,
      correct,
      skipped: this.skipped.size,
      total: this.questions.length,
      byTopic: [...byTopic.values()],
      missed: this.missed().length,
    };
  }
}
