// One round of study: a list of questions, where the learner is, and what they answered.
import type { Question } from '../bank/model';
import type { CatalogIndex } from '../catalog/catalogIndex';
import type { AnswerPayload, FeedbackView, MissedQuestionView, QuestionView, SummaryView } from '../../shared/views';
import { mdToPlainText } from '../mdTree';
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
  /** the choice made on the current question but not yet submitted, so a reload shows it again */
  draft?: { questionId: string; answer: AnswerPayload };
}

export class QuizSession {
  private position = 0;
  private readonly presentations: Presentation[];
  private readonly outcomes = new Map<string, SessionOutcome>();
  private readonly flagged = new Set<string>();
  private readonly skipped = new Set<string>();
  private draft: { questionId: string; answer: AnswerPayload } | undefined;

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
    if (snapshot.draft) session.setDraft(snapshot.draft.questionId, snapshot.draft.answer);
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
      ...(this.draft ? { draft: { questionId: this.draft.questionId, answer: structuredClone(this.draft.answer) } } : {}),
    };
  }

  /**
   * Keeps the learner's unsubmitted choice on the current question (null clears it). Ignored for any
   * other question, for a question already answered, and for an answer that does not fit the question.
   */
  setDraft(questionId: string, answer: AnswerPayload | null): boolean {
    const q = this.currentQuestion();
    if (!q || q.id !== questionId || this.outcomes.has(q.id)) return false;
    if (answer === null) {
      this.draft = undefined;
      return true;
    }
    if (answer.type === 'flashcard') return false;
    try {
      grade(q, this.presentations[this.position], answer, this.index);
    } catch {
      return false;
    }
    this.draft = { questionId, answer: structuredClone(answer) };
    return true;
  }

  /** The unsubmitted choice on the current question, if any. */
  currentDraft(): AnswerPayload | undefined {
    const q = this.currentQuestion();
    return q && this.draft?.questionId === q.id ? structuredClone(this.draft.answer) : undefined;
  }

  /** How far the learner is: questions answered or skipped. */
  get done(): number {
    return this.questions.filter((q) => this.outcomes.has(q.id) || this.skipped.has(q.id)).length;
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
    this.draft = undefined;
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
    this.draft = undefined;
  }

  /**
   * Takes back the answer to question `id` (an undo): it is unanswered again, and the round goes
   * back to it. Questions after it that were skipped are asked again on the way. False when the
   * round holds no answer to it.
   */
  rewind(id: string): boolean {
    const i = this.questions.findIndex((q) => q.id === id);
    if (i < 0 || !this.outcomes.has(id)) return false;
    this.outcomes.delete(id);
    for (const q of this.questions.slice(i)) this.skipped.delete(q.id);
    this.position = i;
    this.draft = undefined;
    return true;
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
      missedQuestions: this.missed().map((q) => this.missedView(q)),
    };
  }

  private missedView(q: Question): MissedQuestionView {
    const point = keyPoint(q.type === 'flashcard' && q.explanation.length === 0 ? q.answer : q.explanation);
    return {
      questionId: q.id,
      topicTitle: this.index.topic(q.topic)?.title ?? q.topic,
      stem: clip(mdToPlainText(q.stem).replace(/\s+/g, ' '), 200),
      keyPoint: point,
      skipped: this.skipped.has(q.id) && !this.outcomes.has(q.id),
    };
  }
}

/** The first sentence of an explanation: the point to remember about a missed question. */
export function keyPoint(doc: Question['explanation']): string {
  const text = mdToPlainText(doc).replace(/\s+/g, ' ').trim();
  const m = /^.*?[.!?](?=\s+[A-Z0-9`"(]|$)/.exec(text);
  return clip(m ? m[0] : text, 240);
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
