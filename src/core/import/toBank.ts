// Drafts to a bank file in our format. Ids come from each question's text and its position among
// questions with the same text, so importing the same file again gives the same ids and progress
// carries over. Choice questions that our types cannot hold (two options, every option right)
// become flashcards rather than being dropped.
import { stringify } from 'yaml';
import type { DraftChoice, DraftQuestion, Skipped } from './draft';

export interface BankOptions {
  /** the bank id; question and topic ids start with it */
  bankId: string;
  title: string;
  exam: string;
  guide: string;
  domain: number;
  source: string;
  format: string;
}

export interface BuiltBank {
  yaml: string;
  questions: number;
  skipped: Skipped[];
}

const NUMBER_WORDS = ['', '', 'TWO', 'THREE', 'FOUR', 'FIVE'];

export function slug(text: string, fallback = 'imported'): string {
  const s = text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
  return s || fallback;
}

/** FNV-1a, 32 bits, as 8 hex digits: short stable ids without a crypto dependency in the core. */
export function contentHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Text with something in it, or undefined: a blank field is left out rather than written empty. */
const present = (text: string | undefined) => (text !== undefined && text.trim() !== '' ? text : undefined);

export function buildBank(drafts: DraftQuestion[], options: BankOptions): BuiltBank {
  const skipped: Skipped[] = [];
  const topics = new Map<string, { id: string; title: string; summary: string; domain: number }>();
  const topicOf = (section: string | undefined) => {
    const title = section?.trim() || options.title;
    const id = `${options.bankId}-${slug(title, 'all')}`;
    if (!topics.has(id)) topics.set(id, { id, title, summary: `Imported from ${options.source}.`, domain: options.domain });
    return id;
  };
  const seen = new Map<string, number>();
  const questions: Record<string, unknown>[] = [];
  for (const d of drafts) {
    const shaped = shape(d);
    if (typeof shaped === 'string') {
      skipped.push({ line: d.line, reason: `${shaped}, skipped` });
      continue;
    }
    const key = contentHash(d.stem.replace(/\s+/g, ' ').trim().toLowerCase());
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const explanation = [present(d.explanation), present(shaped.extraExplanation)].filter(Boolean).join('\n\n');
    questions.push({
      id: `${options.bankId}-${key}${n > 1 ? `-${n}` : ''}`,
      topic: topicOf(d.section),
      ...shaped.fields,
      ...(explanation ? { explanation } : {}),
      ...(d.links.length > 0 ? { links: d.links } : {}),
      tags: [...new Set(['imported', ...d.tags.map((t) => t.toLowerCase())])],
    });
  }
  const bank = {
    id: options.bankId,
    title: options.title,
    exams: [{ code: options.exam, guide: options.guide }],
    topics: [...topics.values()],
    questions,
  };
  const header = `# Imported by sagemaker-study from ${options.source} (${options.format}).\n# Ids come from each question's text: importing the same file again keeps your progress.\n`;
  return { yaml: header + stringify(bank, { lineWidth: 0, blockQuote: 'literal' }), questions: questions.length, skipped };
}

type Shaped = { fields: Record<string, unknown>; extraExplanation?: string };

/** The question type our banks can hold for this draft, or why none can. */
function shape(d: DraftQuestion): Shaped | string {
  const common = { difficulty: 2 as const };
  if (!present(d.stem)) return 'question has no text';
  if (!d.choices) {
    if (!present(d.answer)) return 'question has no answer';
    return { fields: { type: 'flashcard', ...common, stem: d.stem, answer: d.answer } };
  }
  const choices = d.choices.filter((c) => present(c.text));
  const texts = choices.map((c) => c.text.trim().toLowerCase());
  if (texts.some((t, i) => texts.indexOf(t) !== i)) return 'two options read the same';
  const right = choices.filter((c) => c.correct);
  if (right.length === 0) return 'question has no correct answer';
  const asChoices = (cs: DraftChoice[]) => cs.map((c) => ({ text: c.text, correct: c.correct, ...(present(c.why) ? { why: c.why } : {}) }));
  if (right.length === 1 && choices.length >= 3 && choices.length <= 6) {
    return { fields: { type: 'single', ...common, stem: d.stem, choices: asChoices(choices) } };
  }
  if (right.length >= 2 && right.length <= 5 && right.length < choices.length && choices.length >= 4) {
    const stem = /\bselect\b/i.test(d.stem) ? d.stem : `${d.stem}\n\n(Select ${NUMBER_WORDS[right.length]}.)`;
    return { fields: { type: 'multiple', ...common, select: right.length, stem, choices: asChoices(choices) } };
  }
  // Too few options to ask, or every option right: keep it as a card with the right answer(s) on its back.
  const reasons = choices.filter((c) => present(c.why)).map((c) => `- ${c.text}: ${c.why}`).join('\n');
  return {
    fields: { type: 'flashcard', ...common, stem: d.stem, answer: right.map((c) => c.text).join('\n\n') },
    extraExplanation: reasons || undefined,
  };
}
