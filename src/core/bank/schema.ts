// The fields each kind of object in a bank, glossary or exams file may have. The reader checks files
// against these, and the JSON Schemas that give bank authors completion in VS Code are generated from
// them, so the two can never disagree.
import { QUESTION_TYPES, TERM_CATEGORIES } from './model';

export type FieldKind =
  | { kind: 'string' }
  | { kind: 'markdown' }
  | { kind: 'id' }
  | { kind: 'url' }
  | { kind: 'int'; min: number; max: number }
  | { kind: 'bool' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'list'; of: FieldKind; minItems?: number }
  | { kind: 'object'; spec: ObjectSpec }
  | { kind: 'codePattern' };

export interface FieldSpec {
  type: FieldKind;
  required?: boolean;
  description: string;
}

export interface ObjectSpec {
  name: string;
  fields: Record<string, FieldSpec>;
}

const str = (description: string, required = true): FieldSpec => ({ type: { kind: 'string' }, required, description });
const md = (description: string, required = true): FieldSpec => ({ type: { kind: 'markdown' }, required, description });
const id = (description: string, required = true): FieldSpec => ({ type: { kind: 'id' }, required, description });
const idList = (description: string): FieldSpec => ({ type: { kind: 'list', of: { kind: 'id' } }, description });
const strList = (description: string): FieldSpec => ({ type: { kind: 'list', of: { kind: 'string' } }, description });
const objList = (spec: ObjectSpec, description: string, required = true, minItems?: number): FieldSpec => ({
  type: { kind: 'list', of: { kind: 'object', spec }, minItems },
  required,
  description,
});

export const EXAM_REF_SPEC: ObjectSpec = {
  name: 'exam reference',
  fields: {
    code: str('An exam code from exams.yaml, such as MLA-C01.'),
    guide: str('The exam-guide version the bank was written against.'),
  },
};

export const TOPIC_SPEC: ObjectSpec = {
  name: 'topic',
  fields: {
    id: id('Unique topic id (kebab-case).'),
    title: str('Title shown in the Topics view.'),
    summary: str('One-line summary.'),
    exam: str('Exam code; optional when the bank targets one exam.', false),
    domain: { type: { kind: 'int', min: 1, max: 9 }, required: true, description: 'Domain number of the exam.' },
  },
};

export const CASE_SPEC: ObjectSpec = {
  name: 'case study',
  fields: {
    id: id('Unique case id.'),
    title: str('Title of the case study.'),
    scenario: md('The shared scenario, in Markdown.'),
  },
};

export const CHOICE_SPEC: ObjectSpec = {
  name: 'choice',
  fields: {
    text: md('The choice, in Markdown.'),
    correct: { type: { kind: 'bool' }, description: 'true for a correct choice.' },
    why: md('Why this choice is right or wrong.'),
  },
};

export const STEP_SPEC: ObjectSpec = {
  name: 'step',
  fields: {
    text: md('The step; steps are written in their correct order.'),
    why: md('Why the step stands where it does.'),
  },
};

export const PAIR_SPEC: ObjectSpec = {
  name: 'pair',
  fields: {
    prompt: md('The prompt.'),
    answer: md('The answer that matches the prompt.'),
    why: md('Why they match.'),
  },
};

/** Fields every question has, whatever its type. */
export const QUESTION_COMMON_FIELDS: Record<string, FieldSpec> = {
  id: id('Stable id, never reused: progress is keyed on it.'),
  topic: id('The topic id.'),
  type: { type: { kind: 'enum', values: QUESTION_TYPES }, required: true, description: 'Question type.' },
  difficulty: { type: { kind: 'int', min: 1, max: 3 }, required: true, description: '1 recall, 2 apply, 3 analyse.' },
  stem: md('The question, in Markdown (no raw HTML).'),
  explanation: md('The teaching point shown after answering.'),
  terms: idList('Glossary term ids the question covers.'),
  links: { type: { kind: 'list', of: { kind: 'url' }, minItems: 1 }, required: true, description: 'https links to AWS documentation.' },
  tags: strList('Free-form tags.'),
  case: id('The case study this question belongs to.', false),
};

/** Fields that only some question types have. */
export const QUESTION_TYPE_FIELDS: Record<string, Record<string, FieldSpec>> = {
  single: { choices: objList(CHOICE_SPEC, 'Three to six choices, one correct.', true, 3) },
  multiple: {
    select: { type: { kind: 'int', min: 2, max: 5 }, required: true, description: 'How many choices are correct.' },
    choices: objList(CHOICE_SPEC, 'Choices; exactly `select` are correct.', true, 4),
  },
  ordering: { steps: objList(STEP_SPEC, 'Steps in their correct order (shown shuffled).', true, 3) },
  matching: {
    pairs: objList(PAIR_SPEC, 'Prompt and answer pairs.', true, 3),
    distractors: { type: { kind: 'list', of: { kind: 'markdown' } }, description: 'Extra answers that match no prompt.' },
  },
  flashcard: { answer: md('The back of the card.') },
};

export const BANK_SPEC: ObjectSpec = {
  name: 'bank',
  fields: {
    id: id('Unique bank id (kebab-case).'),
    title: str('Title of the bank.'),
    exams: objList(EXAM_REF_SPEC, 'The exam(s) the bank targets.', true, 1),
    topics: objList(TOPIC_SPEC, 'Topics, each under a domain of its exam.', true, 1),
    cases: objList(CASE_SPEC, 'Case studies shared by several questions.', false),
    questions: { type: { kind: 'list', of: { kind: 'object', spec: { name: 'question', fields: QUESTION_COMMON_FIELDS } } }, required: true, description: 'The questions.' },
  },
};

export const TERM_SPEC: ObjectSpec = {
  name: 'term',
  fields: {
    id: id('Unique term id (kebab-case).'),
    name: str('Full name.'),
    category: { type: { kind: 'enum', values: TERM_CATEGORIES }, required: true, description: 'Category.' },
    aliases: strList('Names in prose, matched case-insensitively.'),
    code: { type: { kind: 'list', of: { kind: 'codePattern' } }, description: 'Code identifiers, matched exactly.' },
    definition: str('Two or three sentences.'),
    tip: str('The exam angle.'),
    related: idList('Related term ids.'),
    link: { type: { kind: 'url' }, required: true, description: 'https documentation link.' },
  },
};

export const CODE_PATTERN_SPEC: ObjectSpec = {
  name: 'code pattern',
  fields: {
    name: str('The identifier.'),
    module: str('Only in files that import this module.'),
  },
};

export const GLOSSARY_SPEC: ObjectSpec = {
  name: 'glossary',
  fields: { terms: objList(TERM_SPEC, 'Glossary terms.', true, 1) },
};

export const DOMAIN_SPEC: ObjectSpec = {
  name: 'domain',
  fields: {
    number: { type: { kind: 'int', min: 1, max: 9 }, required: true, description: 'Domain number.' },
    title: str('Domain title.'),
    weight: { type: { kind: 'int', min: 1, max: 100 }, required: true, description: 'Weight in percent.' },
    examQuestions: { type: { kind: 'int', min: 1, max: 100 }, required: true, description: 'Questions in a full mock exam.' },
  },
};

export const EXAM_SPEC: ObjectSpec = {
  name: 'exam',
  fields: {
    code: str('Exam code.'),
    name: str('Exam name.'),
    guide: str('Exam-guide version.'),
    questions: { type: { kind: 'int', min: 1, max: 200 }, required: true, description: 'Questions on the exam.' },
    scored: { type: { kind: 'int', min: 1, max: 200 }, required: true, description: 'Scored questions.' },
    minutes: { type: { kind: 'int', min: 1, max: 600 }, required: true, description: 'Duration.' },
    passScore: { type: { kind: 'int', min: 100, max: 1000 }, required: true, description: 'Scaled passing score.' },
    domains: objList(DOMAIN_SPEC, 'Domains with their weights.', true, 1),
  },
};

export const EXAMS_FILE_SPEC: ObjectSpec = {
  name: 'exams file',
  fields: { exams: objList(EXAM_SPEC, 'The exams.', true, 1) },
};
