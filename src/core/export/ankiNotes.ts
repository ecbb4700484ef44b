// Questions as an Anki "Notes in Plain Text" file: one Basic note per question, the front with the
// stem and its options, the back with the answer, why each option is right or wrong, the explanation
// and the documentation links; tags from the exam, domain and topic. The header lines tell Anki the
// separator, that fields are HTML, and which column holds the tags, so it imports without questions.
import type { Catalog, Question } from '../bank/model';
import { mdToPlainText, type MdDoc } from '../mdTree';
import { escapeHtml, mdToHtml } from './mdHtml';

const LETTERS = 'ABCDEFGH';

export interface AnkiExportOptions {
  /** only these exams (codes); all when absent */
  exams?: string[];
}

export function ankiNotes(catalog: Catalog, options: AnkiExportOptions = {}): { text: string; notes: number } {
  const topics = new Map(catalog.topics.map((t) => [t.id, t]));
  const rows: string[] = [];
  for (const q of catalog.questions) {
    const topic = topics.get(q.topic);
    if (!topic || (options.exams && !options.exams.includes(topic.exam))) continue;
    const tags = ['sagemaker-study', topic.exam, `${topic.exam}::domain-${topic.domain}`, q.topic, ...q.tags].map(tagText);
    rows.push([field(front(q)), field(back(q)), [...new Set(tags)].join(' ')].join('\t'));
  }
  const header = ['#separator:tab', '#html:true', '#notetype:Basic', '#columns:Front\tBack\tTags', '#tags column:3'];
  return { text: [...header, ...rows].join('\n') + '\n', notes: rows.length };
}

/** Anki tags are single words; `::` makes a hierarchy. */
const tagText = (t: string) => t.trim().replace(/\s+/g, '_');

/** A field never holds a raw tab or newline; a quote makes Anki read it as a quoted field. */
function field(html: string): string {
  const flat = html.replace(/\r?\n/g, '<br>').replace(/\t/g, '&#9;');
  return flat.includes('"') ? `"${flat.replace(/"/g, '""')}"` : flat;
}

const list = (items: string[], ordered = true) => `<${ordered ? 'ol type=A' : 'ul'}>${items.map((i) => `<li>${i}</li>`).join('')}</${ordered ? 'ol' : 'ul'}>`;
const section = (title: string, html: string) => (html ? `<p><b>${escapeHtml(title)}</b></p>${html}` : '');

function front(q: Question): string {
  const stem = mdToHtml(q.stem);
  switch (q.type) {
    case 'single':
    case 'multiple':
      return stem + list(q.choices.map((c) => mdToHtml(c.text)));
    case 'ordering':
      return stem + list([...q.steps].sort((a, b) => plain(a.text).localeCompare(plain(b.text))).map((s) => mdToHtml(s.text)), false);
    case 'matching':
      return stem + list(q.pairs.map((p) => mdToHtml(p.prompt)), false) + section('Answers', list([...q.pairs.map((p) => p.answer), ...q.distractors].sort((a, b) => plain(a).localeCompare(plain(b))).map(mdToHtml), false));
    case 'flashcard':
      return stem;
  }
}

function back(q: Question): string {
  let answer: string;
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const right = q.choices.map((c, i) => ({ c, i })).filter(({ c }) => c.correct);
      answer = `<p><b>${right.map(({ i }) => LETTERS[i]).join(', ')}</b>: ${right.map(({ c }) => mdToHtml(c.text)).join('; ')}</p>`;
      answer += list(q.choices.map((c) => `${c.correct ? '✔' : '✘'} ${mdToHtml(c.why.length ? c.why : c.text)}`));
      break;
    }
    case 'ordering':
      answer = list(q.steps.map((s) => `${mdToHtml(s.text)}${s.why.length ? ` — ${mdToHtml(s.why)}` : ''}`));
      break;
    case 'matching':
      answer = list(q.pairs.map((p) => `${mdToHtml(p.prompt)} → ${mdToHtml(p.answer)}`), false);
      break;
    case 'flashcard':
      answer = mdToHtml(q.answer);
      break;
  }
  const links = q.links.map((l) => `<a href="${escapeHtml(l)}">${escapeHtml(l)}</a>`).join('<br>');
  return answer + (q.explanation.length ? `<hr>${mdToHtml(q.explanation)}` : '') + (links ? `<p>${links}</p>` : '');
}

const plain = (doc: MdDoc) => mdToPlainText(doc);
