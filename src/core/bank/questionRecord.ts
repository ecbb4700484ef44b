// One question of a bank: its fields read against the common spec and its type's own, then the
// record built with the checks that need only the question (a key, distinct options, select).
import { QUESTION_TYPES, type Choice, type Question, type QuestionType } from './model';
import { QUESTION_COMMON_FIELDS, QUESTION_TYPE_FIELDS } from './schema';
import { inlineMarkdownOf, markdownOf } from './markdownFields';
import type { FileReader, Pos, ReadObject } from './yamlReader';
import { mapValue, type YamlNode } from './yamlTree';
import { quoted } from '../diagnostics';
import { mdToPlainText } from '../mdTree';

export function readQuestionObject(reader: FileReader, node: YamlNode | null, pos: Pos): ReadObject | undefined {
  let type: QuestionType | undefined;
  if (node?.kind === 'map') {
    const t = mapValue(node, 'type');
    if (typeof t === 'string' && (QUESTION_TYPES as readonly string[]).includes(t)) type = t as QuestionType;
  }
  const extra = type ? QUESTION_TYPE_FIELDS[type] : {};
  const elsewhere = (field: string) => {
    const owners = Object.entries(QUESTION_TYPE_FIELDS).filter(([, f]) => Object.hasOwn(f, field)).map(([t]) => t);
    return owners.length > 0 && type ? `'${field}' belongs to ${owners.join(' and ')} questions, not ${type}` : undefined;
  };
  return reader.readObject(node, { name: 'question', fields: QUESTION_COMMON_FIELDS }, pos, { extra, elsewhere });
}

export function buildQuestion(reader: FileReader, obj: ReadObject): Question | undefined {
  const v = obj.values;
  const base = {
    id: v.id as string,
    topic: v.topic as string,
    difficulty: v.difficulty as 1 | 2 | 3,
    stem: markdownOf(v.stem),
    explanation: markdownOf(v.explanation),
    terms: (v.terms as string[] | undefined) ?? [],
    links: (v.links as string[] | undefined) ?? [],
    tags: (v.tags as string[] | undefined) ?? [],
    ...(v.case ? { case: v.case as string } : {}),
  };
  const fail = (field: string, message: string) => {
    reader.report(obj.at(field), 'error', `question ${base.id}: ${message}`);
    return undefined;
  };
  const choicesOf = () => (v.choices as ReadObject[]).map((c): Choice => ({
    text: inlineMarkdownOf(c.values.text),
    correct: c.values.correct === true,
    why: inlineMarkdownOf(c.values.why),
  }));
  const duplicateText = (texts: string[]) => {
    const seen = new Set<string>();
    return texts.find((t) => seen.size === seen.add(t).size);
  };
  switch (v.type as QuestionType) {
    case 'single': {
      const choices = choicesOf();
      const correct = choices.filter((c) => c.correct).length;
      if (correct === 0) return fail('choices', 'no choice is marked correct');
      if (correct > 1) return fail('choices', `${correct} choices are marked correct; a single-choice question has exactly one (use type: multiple)`);
      const dup = duplicateText((v.choices as ReadObject[]).map((c) => String(c.values.text).trim()));
      if (dup) return fail('choices', `two choices read ${quoted(dup)}`);
      return { ...base, type: 'single', choices };
    }
    case 'multiple': {
      const choices = choicesOf();
      const select = v.select as number;
      const correct = choices.filter((c) => c.correct).length;
      if (correct === 0) return fail('choices', 'no choice is marked correct');
      if (correct !== select) return fail('select', `select: ${select} but ${correct} choice${correct === 1 ? ' is' : 's are'} marked correct`);
      if (choices.length <= select) return fail('choices', `select: ${select} needs more than ${select} choices`);
      const dup = duplicateText((v.choices as ReadObject[]).map((c) => String(c.values.text).trim()));
      if (dup) return fail('choices', `two choices read ${quoted(dup)}`);
      if (!/\bselect\b/i.test(mdToPlainText(base.stem))) {
        reader.report(obj.at('stem'), 'warning', `question ${base.id}: a multiple-response stem should say how many to pick ("Select ${['', '', 'TWO', 'THREE', 'FOUR', 'FIVE'][select]}.")`);
      }
      return { ...base, type: 'multiple', select, choices };
    }
    case 'ordering': {
      const steps = (v.steps as ReadObject[]).map((s) => ({ text: inlineMarkdownOf(s.values.text), why: inlineMarkdownOf(s.values.why) }));
      const dup = duplicateText((v.steps as ReadObject[]).map((s) => String(s.values.text).trim()));
      if (dup) return fail('steps', `two steps read ${quoted(dup)}`);
      return { ...base, type: 'ordering', steps };
    }
    case 'matching': {
      const raw = v.pairs as ReadObject[];
      const answers = raw.map((p) => String(p.values.answer).trim());
      const distractors = ((v.distractors as string[] | undefined) ?? []).map((d) => d.trim());
      const dup = duplicateText([...answers, ...distractors]);
      if (dup) return fail('pairs', `the answer ${quoted(dup)} appears twice; every answer must be distinct`);
      const pairs = raw.map((p) => ({ prompt: inlineMarkdownOf(p.values.prompt), answer: inlineMarkdownOf(p.values.answer), why: inlineMarkdownOf(p.values.why) }));
      return { ...base, type: 'matching', pairs, distractors: distractors.map(inlineMarkdownOf) };
    }
    case 'flashcard':
      return { ...base, type: 'flashcard', answer: markdownOf(v.answer) };
  }
}
