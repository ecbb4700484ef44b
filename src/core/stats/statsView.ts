// Every figure of the statistics panel from what the host holds: the catalog, the cards, the review
// log, the exam history and the recorded predictions. Pure, so the panel only draws.
import * as l10n from '@vscode/l10n';
import type { Catalog, Question } from '../bank/model';
import { cutPercentOf } from '../exam/examScoring';
import type { CardRecord } from '../progress/model';
import type { StatsView } from '../../shared/statsView';
import { activity } from './activity';
import { forecast } from './forecast';
import { averageAnswerMs, cardStates, retention, type ReviewPoint } from './memory';
import { calibration, firstAttempts, readiness, type CalibrationPoint } from './readiness';

export const readinessModel = (): string =>
  l10n.t('Each question counts with the chance you would answer it right: from your memory of it once you have answered it, otherwise from how often your first answers in its domain were right; domains are weighted as in the exam guide.');

export interface StatsInput {
  catalog: Catalog;
  cards: ReadonlyMap<string, CardRecord>;
  reviews: readonly ReviewPoint[];
  history: readonly { examCode: string; finishedAt: string; scaled: number; passed: boolean }[];
  predictions: readonly CalibrationPoint[];
  /** a question's mastery at the horizon, 0 to 1; undefined when never answered */
  mastery: (id: string) => number | undefined;
  now: Date;
  horizonText: string;
  desiredRetention: number;
  newPerDay: number;
}

/** Question types an exam can ask (flashcards are for study only). */
const examAsks = (q: Question) => q.type !== 'flashcard';

export function buildStatsView(input: StatsInput): StatsView {
  const { catalog, now } = input;
  const topicById = new Map(catalog.topics.map((t) => [t.id, t]));
  const first = firstAttempts(input.reviews);
  const byTopic = new Map<string, Question[]>();
  for (const q of catalog.questions) {
    const list = byTopic.get(q.topic);
    if (list) list.push(q);
    else byTopic.set(q.topic, [q]);
  }
  const questionsOf = (topicIds: Iterable<string>) => [...topicIds].flatMap((id) => byTopic.get(id) ?? []);
  const exams = catalog.exams.map((exam) => {
    const domains = exam.domains.map((d) => {
      const topics = catalog.topics.filter((t) => t.exam === exam.code && t.domain === d.number);
      const questions = questionsOf(topics.map((t) => t.id)).filter(examAsks);
      let total = 0;
      let right = 0;
      for (const q of questions) {
        const f = first.get(q.id);
        if (f === undefined) continue;
        total++;
        if (f) right++;
      }
      return { d, topics, questions, firstAttempts: { total, right } };
    });
    const r = readiness(exam, domains.map((x) => ({ domain: x.d.number, questions: x.questions.map((q) => q.id), firstAttempts: x.firstAttempts })), input.mastery);
    const mean = (ids: string[]) => (ids.length ? ids.reduce((s, id) => s + (input.mastery(id) ?? 0), 0) / ids.length : 0);
    return {
      code: exam.code,
      name: exam.name,
      passScore: exam.passScore,
      cut: cutPercentOf(exam.code) / 100,
      readiness: { predicted: r.predicted, low: r.low, high: r.high, passChance: r.passChance, expected: r.expected, seen: r.seen, total: r.total },
      domains: domains.map((x, i) => ({
        domain: x.d.number,
        title: x.d.title,
        weight: x.d.weight,
        mastery: mean(x.questions.map((q) => q.id)),
        expected: r.domains[i].expected,
        topics: x.topics
          .map((t) => ({ id: t.id, title: t.title, mastery: mean((byTopic.get(t.id) ?? []).map((q) => q.id)) }))
          .sort((a, b) => a.mastery - b.mastery || a.title.localeCompare(b.title)),
      })),
      calibration: calibration(input.predictions.filter((p) => p.examCode === exam.code)),
      history: input.history.filter((h) => h.examCode === exam.code).map((h) => ({ at: h.finishedAt, scaled: h.scaled, passed: h.passed })),
    };
  });
  const cards = [...input.cards.values()].map((c) => c.card);
  const seenIds = new Set(input.cards.keys());
  const unseen = catalog.questions.filter((q) => !seenIds.has(q.id) && topicById.has(q.topic)).length;
  return {
    at: now.toISOString(),
    empty: input.reviews.length === 0 && input.cards.size === 0,
    model: readinessModel(),
    horizon: input.horizonText,
    exams,
    forecast: forecast(cards, now, { newPerDay: input.newPerDay, unseen }),
    activity: activity(input.reviews.map((e) => e.at), now),
    retention: [7, 30, 365].map((w) => retention(input.reviews, now, w)),
    desiredRetention: input.desiredRetention,
    states: cardStates(cards, unseen),
    ...(() => {
      const ms = averageAnswerMs(input.reviews);
      return ms === undefined ? {} : { averageAnswerMs: ms };
    })(),
  };
}
