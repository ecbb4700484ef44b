// JSON Schemas for bank and glossary files, generated from the same field specs the checker uses.
import {
  BANK_SPEC, CODE_PATTERN_SPEC, GLOSSARY_SPEC, QUESTION_COMMON_FIELDS, QUESTION_TYPE_FIELDS,
  type FieldKind, type FieldSpec, type ObjectSpec,
} from './schema';
import { PERSONAL_OPTIONAL_FIELDS } from './fieldRules';

type Schema = Record<string, unknown>;

function kindSchema(kind: FieldKind): Schema {
  switch (kind.kind) {
    case 'string':
    case 'markdown':
      return { type: 'string', minLength: 1 };
    case 'id':
      return { type: 'string', pattern: '^[a-z0-9]+(?:[-_.][a-z0-9]+)*$' };
    case 'url':
      return { type: 'string', pattern: '^https://' };
    case 'int':
      return { type: 'integer', minimum: kind.min, maximum: kind.max };
    case 'bool':
      return { type: 'boolean' };
    case 'enum':
      return { enum: [...kind.values] };
    case 'list':
      return { type: 'array', items: kindSchema(kind.of), ...(kind.minItems ? { minItems: kind.minItems } : {}) };
    case 'object':
      return objectSchema(kind.spec);
    case 'codePattern':
      return { anyOf: [{ type: 'string' }, objectSchema(CODE_PATTERN_SPEC)] };
  }
}

function fieldSchema(f: FieldSpec): Schema {
  return { description: f.description, ...kindSchema(f.type) };
}

/** Fields a learner's own bank may leave out (see PERSONAL_OPTIONAL_FIELDS in the reader). */
let optional: ReadonlySet<string> = new Set();

function objectSchema(spec: ObjectSpec, extra: Record<string, FieldSpec> = {}): Schema {
  const fields = { ...spec.fields, ...extra };
  return {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, fieldSchema(f)])),
    required: Object.entries(spec.fields).filter(([k, f]) => f.required && !optional.has(k)).map(([k]) => k),
  };
}

function questionSchema(): Schema {
  const allTypeFields = Object.assign({}, ...Object.values(QUESTION_TYPE_FIELDS)) as Record<string, FieldSpec>;
  const base = objectSchema({ name: 'question', fields: QUESTION_COMMON_FIELDS }, allTypeFields);
  base.allOf = Object.entries(QUESTION_TYPE_FIELDS).map(([type, fields]) => ({
    if: { properties: { type: { const: type } } },
    then: { required: Object.entries(fields).filter(([, f]) => f.required).map(([k]) => k) },
  }));
  return base;
}

/** The bank schema; `personal` is the one for a learner's own banks, where why, explanation and links are optional. */
export function bankJsonSchema(personal = false): Schema {
  optional = personal ? new Set(PERSONAL_OPTIONAL_FIELDS.keys()) : new Set();
  try {
    const schema = objectSchema(BANK_SPEC);
    (schema.properties as Record<string, Schema>).questions = { description: BANK_SPEC.fields.questions.description, type: 'array', items: questionSchema() };
    const title = personal ? 'SageMaker Study question bank (your own)' : 'SageMaker Study question bank';
    return { $schema: 'http://json-schema.org/draft-07/schema#', title, ...schema };
  } finally {
    optional = new Set();
  }
}

export function glossaryJsonSchema(): Schema {
  return { $schema: 'http://json-schema.org/draft-07/schema#', title: 'SageMaker Study glossary', ...objectSchema(GLOSSARY_SPEC) };
}
