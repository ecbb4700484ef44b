// Where one-word prose names may match: comments and strings of code, anywhere in text languages.
import * as assert from 'node:assert/strict';
import { DEFAULT_HOVER_LANGUAGES, languageOfFile, syntaxOf } from '../../src/core/terms/languages';
import { LINE_SCAN_LIMIT, proseAllowedAt } from '../../src/core/terms/lexicalContext';
import { findTermAt, lookupContext } from '../../src/core/terms/termLookup';
import { TermIndex } from '../../src/core/terms/termIndex';
import { TEST_TERMS } from '../fixtures/terms/glossary';

/** Whether prose may match at the `|` of the sample. */
function prose(language: string, sample: string, textStartsLine = true): boolean {
  return proseAllowedAt(sample.replace('|', ''), sample.indexOf('|'), syntaxOf(language), textStartsLine);
}

describe('lexical context', () => {
  it('finds Python comments and strings, triple-quoted and escaped ones included', () => {
    assert.equal(prose('python', 'handler = la|mbda e: e'), false);
    assert.equal(prose('python', 'x = 1  # deploy with bed|rock'), true);
    assert.equal(prose('python', 'client("bed|rock")'), true);
    assert.equal(prose('python', "client('bed|rock')"), true);
    assert.equal(prose('python', 'client("a") + bed|rock'), false);
    assert.equal(prose('python', 's = "# not a comment" + bed|rock'), false);
    assert.equal(prose('python', 's = "say \\"hi\\" to bed|rock"'), true);
    assert.equal(prose('python', 's = """Uses bed|rock'), true);
    assert.equal(prose('python', 's = """a""" + bed|rock'), false);
    assert.equal(prose('python', 'first line\n"""doc"""\nbed|rock = 1'), false, 'only the cursor line is read');
  });

  it('finds JavaScript and TypeScript comments, block comments, JSDoc lines and template strings', () => {
    assert.equal(prose('typescript', 'const la|mbda = 1;'), false);
    assert.equal(prose('typescript', 'const x = 1; // invoked by la|mbda'), true);
    assert.equal(prose('typescript', 'f(/* la|mbda */ x)'), true);
    assert.equal(prose('typescript', 'f(/* c */ la|mbda)'), false);
    assert.equal(prose('javascript', '/**\n * Called from la|mbda\n */'), true);
    assert.equal(prose('javascript', 'const s = `hello ${name} la|mbda`;'), true);
    assert.equal(prose('javascript', "const s = 'https://x' + la|mbda;"), false);
  });

  it('finds Terraform comments of both kinds and its strings', () => {
    assert.equal(prose('terraform', 'name = "la|mbda"'), true);
    assert.equal(prose('terraform', '# la|mbda'), true);
    assert.equal(prose('hcl', 'x = 1 // la|mbda'), true);
    assert.equal(prose('terraform', 'la|mbda = 1'), false);
  });

  it('reads Markdown, JSON, YAML, plain text and unknown languages as prose everywhere', () => {
    for (const language of ['markdown', 'json', 'jsonc', 'yaml', 'plaintext', 'some-new-language']) assert.equal(prose(language, 'x = la|mbda'), true, language);
  });

  it('ends a line at a carriage return, lone or before a newline, whatever it interrupts', () => {
    assert.equal(prose('python', 'x = 1\r\n# la|mbda'), true);
    assert.equal(prose('python', 'x = 1\r# la|mbda'), true);
    assert.equal(prose('python', '# note\rla|mbda = 1'), false, 'the comment ended with its line');
    assert.equal(prose('python', 's = "open\rla|mbda'), false, 'the string ended with its line');
    assert.equal(prose('python', 's = "open\\\rla|mbda'), false, 'an escaped carriage return still ends the line');
    assert.equal(prose('python', 's = """open\rla|mbda'), false);
    assert.equal(prose('typescript', 'f(/* open\rla|mbda)'), false, 'the block comment is not seen from the next line');
    assert.equal(prose('typescript', 'f(/* open\r * la|mbda'), true, 'a JSDoc line after it');
    assert.equal(prose('python', 'x = "a\r# la|mbda', false), true, 'a window cut from a long line still finds the line start at a carriage return');
  });

  it('reads a line quickly to any length, and no further than the cursor', () => {
    const long = 'x'.repeat(3000);
    assert.equal(prose('python', `s = "${long}" + "${long.slice(0, 900)} la|mbda`), true);
    assert.equal(prose('python', `s = "${long}" + ${long.slice(0, 900)} la|mbda`), false);
    // Nothing after the cursor opens or closes anything for it.
    assert.equal(prose('python', `la|mbda # "${long}`), false);
    assert.equal(prose('python', `"la|mbda ${long}`), true);
  });

  it('takes a spot as code when its line start is out of reach', () => {
    assert.equal(prose('python', 'x # la|mbda', false), false, 'the text does not begin the line');
    assert.equal(prose('python', `# ${'x'.repeat(LINE_SCAN_LIMIT)} la|mbda`), false);
    assert.equal(prose('python', `# ${'x'.repeat(LINE_SCAN_LIMIT - 20)} la|mbda`), true);
  });
});

describe('hover languages', () => {
  it('serves every language the issue names by default, plain text only on request', () => {
    for (const language of ['python', 'javascript', 'typescript', 'json', 'yaml', 'terraform', 'hcl', 'markdown']) assert.ok(DEFAULT_HOVER_LANGUAGES.includes(language), language);
    assert.ok(!DEFAULT_HOVER_LANGUAGES.includes('plaintext'));
  });

  it('maps file names to the language ids VS Code gives them', () => {
    const cases: Record<string, string> = { 'train.py': 'python', 'nb.ipynb': 'json', 'stack.ts': 'typescript', 'app.tsx': 'typescriptreact', 'h.mjs': 'javascript', 'template.yml': 'yaml', 'main.tf': 'terraform', 'x.tfvars': 'terraform-vars', 'README.MD': 'markdown', 'notes.txt': 'plaintext', 'Dockerfile': 'plaintext' };
    for (const [file, language] of Object.entries(cases)) assert.equal(languageOfFile(file), language, file);
  });

  // Issue 13, finding 12: lookupContext threw for these language ids.
  it('reads prototype-named language ids and file extensions as plain text, without throwing', () => {
    const index = new TermIndex(TEST_TERMS);
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      const text = 'import sagemaker\nest = Estimator(role)  # Bedrock';
      const ctx = lookupContext(id, text);
      assert.equal(ctx.syntax.code, false, id);
      assert.equal(findTermAt(index, text, text.indexOf('Estimator') + 2, ctx)?.termId, 'estimator', id);
      assert.equal(languageOfFile(`x.${id}`), 'plaintext', id);
    }
  });
});
