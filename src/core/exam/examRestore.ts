// Reading back an exam saved before a window reload: stored state may be old, hand-edited or torn,
// and the banks may have changed since. Saved shuffles are kept where they still fit, answers and
// flags for every question still in the banks, the position on the same question (or the next
// one kept); whatever does not fit is dropped, never trusted.
import type { Exam } from '../bank/model';
import type { CatalogIndex } from '../catalog/catalogIndex';
import type { AnswerPayload } from '../../shared/views';
import { present, type Rng } from '../quiz/grading';
import { checkShape, copyAnswer, gradedQuestionOf, type ExamItem } from './examItem';
import { EXAM_SNAPSHOT_VERSION, isObject, isTime, presentationFits } from './examSnapshot';

/** What a snapshot still holds that fits the banks as they are now. */
export interface RestoredExam {
  exam: Exam;
  items: ExamItem[];
  startedAt: Date;
  minutes: number;
  /** ids of saved questions that left the banks (or changed exam or type) */
  dropped: string[];
  answers: Map<string, AnswerPayload>;
  flagged: Set<string>;
  position: number;
  submittedAt?: Date;
}

/** Undefined when the snapshot is unreadable or no question of it remains. */
export function readExamSnapshot(s: unknown, index: CatalogIndex, rng: Rng): RestoredExam | undefined {
  if (!isObject(s) || s.version !== EXAM_SNAPSHOT_VERSION || typeof s.examCode !== 'string' || !isTime(s.startedAt)) return undefined;
  const exam = index.exam(s.examCode);
  const minutes = s.minutes;
  if (!exam || typeof minutes !== 'number' || !(minutes > 0) || !Number.isFinite(minutes) || !Array.isArray(s.questionIds)) return undefined;
  const savedIds = [...new Set(s.questionIds.filter((id): id is string => typeof id === 'string'))];
  const saved = new Map<string, unknown>();
  if (Array.isArray(s.presentations)) for (const p of s.presentations) if (isObject(p) && typeof p.questionId === 'string') saved.set(p.questionId, p);

  const items: ExamItem[] = [];
  const reshuffled = new Set<string>();
  const dropped: string[] = [];
  const keptBefore: number[] = [];
  for (const id of savedIds) {
    keptBefore.push(items.length);
    const found = gradedQuestionOf(index, exam, id);
    if (!found) {
      dropped.push(id);
      continue;
    }
    const { question: q, domain } = found;
    const p = saved.get(id);
    if (presentationFits(q, p)) items.push({ question: q, domain, presentation: { questionId: q.id, order: [...p.order], ...(p.answerOrder ? { answerOrder: [...p.answerOrder] } : {}) } });
    else {
      items.push({ question: q, domain, presentation: present(q, rng) });
      reshuffled.add(id);
    }
  }
  if (items.length === 0) return undefined;

  const byId = new Map(items.map((it) => [it.question.id, it]));
  const answers = new Map<string, AnswerPayload>();
  if (Array.isArray(s.answers)) {
    for (const a of s.answers) {
      if (!isObject(a) || typeof a.questionId !== 'string' || !isObject(a.answer)) continue;
      const item = byId.get(a.questionId);
      // Display positions mean nothing under a new shuffle, so such an answer is dropped.
      if (!item || reshuffled.has(a.questionId)) continue;
      const answer = a.answer as AnswerPayload;
      try {
        checkShape(item, answer, index);
        answers.set(a.questionId, copyAnswer(answer));
      } catch {
        // an answer of the wrong shape is as good as none
      }
    }
  }
  const flagged = new Set<string>();
  if (Array.isArray(s.flagged)) for (const id of s.flagged) if (typeof id === 'string' && byId.has(id)) flagged.add(id);
  const pos = typeof s.position === 'number' && Number.isInteger(s.position) ? s.position : 0;
  const position = Math.min(keptBefore[Math.min(Math.max(0, pos), keptBefore.length - 1)] ?? 0, items.length - 1);
  return { exam, items, startedAt: new Date(s.startedAt), minutes, dropped, answers, flagged, position, ...(isTime(s.submittedAt) ? { submittedAt: new Date(s.submittedAt) } : {}) };
}
