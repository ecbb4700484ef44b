// Which importer reads a file, from its name and its first lines, when the learner does not say.
import type { ImportFormat } from './draft';

export function detectFormat(fileName: string, text: string): ImportFormat | undefined {
  const name = fileName.toLowerCase();
  const head = text.slice(0, 20_000);
  if (/^\s*<quiz>\s*$/im.test(head)) return 'mkdocs-quiz';
  if (/^(\?\?\?\+?|!!!)\s+question\b/im.test(head)) return 'mkdocs-admonition';
  if (/^#(separator|html|columns|notetype column|deck column|tags column):/im.test(head)) return 'anki';
  if (name.endsWith('.gift') || /(^|\n)\s*(::[^:\n]+::)?[^\n{]*\{\s*(=|~|T\s*\}|F\s*\}|TRUE|FALSE)/.test(head)) return 'gift';
  if (name.endsWith('.csv')) return 'csv';
  const numbered = /^\s*\d+[.)]\s+\S/m.test(head);
  if (numbered && (/\.(md|markdown)$/.test(name) || /^[ \t]+\*[^*\s][^\n]*\*\s*$/m.test(head))) return 'practice-test';
  if (name.endsWith('.txt') && head.includes('\t')) return 'anki';
  return undefined;
}
