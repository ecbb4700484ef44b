// The Markdown of a term's hover, built without VS Code so it can be tested. Glossary text may use
// inline code and emphasis, but can add no link (written or autolinked), HTML or icon: the only
// links are the term's own documentation link, when its host is allowed, and the two command
// links built here; the host trusts only the two command ids it passes in.
import type { GlossaryTerm, TermCategory } from '../bank/model';
import { describeInstanceType } from './instanceTypes';

export interface TermHoverInput {
  term: GlossaryTerm;
  /** the text the term was found as, e.g. `ml.g5.12xlarge` */
  matchedText: string;
  /** bank questions that cover the term */
  questions: number;
  /** the learner's answers to those questions */
  attempts: number;
  correct: number;
  related: readonly { id: string; name: string }[];
  commands: { quizTerm: string; lookUpTerm: string };
}

export const CATEGORY_LABEL: Readonly<Record<TermCategory, string>> = {
  'sagemaker-feature': 'SageMaker feature',
  'ai-service': 'AI service',
  'ml-concept': 'ML concept',
  'data-storage': 'Data and storage',
  'security-governance': 'Security and governance',
};

export function termHoverMarkdown(h: TermHoverInput): string {
  const { term } = h;
  const parts: string[] = [];
  parts.push(`**${esc(term.name)}** · _${Object.hasOwn(CATEGORY_LABEL, term.category) ? CATEGORY_LABEL[term.category] : 'Term'}_`);
  const instance = describeInstanceType(h.matchedText);
  if (instance) {
    parts.push(`\`${instance.type}\` · ${instance.family} family, ${instance.kind.toLowerCase()}: ${esc(instance.hardware)}. For ${esc(instance.use)}.`);
  }
  parts.push(esc(term.definition));
  parts.push(`$(lightbulb) **Exam tip:** ${esc(term.tip)}`);
  // Practice and actions before the related terms: a long hover scrolls, and these matter most.
  parts.push(`$(checklist) ${practice(h)}`);
  const links = [
    // Always offered: a term no bank question covers is still quizzed through its glossary flashcard.
    `[$(mortar-board) Quiz me on this term](${commandLink(h.commands.quizTerm, term.id)})`,
    `[$(book) Open in glossary](${commandLink(h.commands.lookUpTerm, term.id)})`,
  ];
  const docs = docsLink(term.link);
  if (docs) links.push(`[$(link-external) ${docs.label}](${docs.url})`);
  parts.push(links.join(' · '));
  if (h.related.length > 0) {
    parts.push(`Related: ${h.related.map((r) => `[${esc(r.name)}](${commandLink(h.commands.lookUpTerm, r.id)})`).join(' · ')}`);
  }
  return parts.join('\n\n');
}

function practice(h: TermHoverInput): string {
  if (h.questions === 0) return 'No bank questions cover this term yet; its flashcard is in the glossary';
  const covered = h.questions === 1 ? '1 bank question covers this term' : `${h.questions} bank questions cover this term`;
  if (h.attempts === 0) return `${covered} · not practised yet`;
  return `${covered} · ${Math.round((100 * h.correct) / h.attempts)}% right so far (${h.correct} of ${h.attempts} answers)`;
}

function commandLink(command: string, termId: string): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify([termId]))}`;
}

/** The documentation hosts a hover may link to; a glossary link elsewhere is left out of the hover. */
export const DOC_HOSTS: ReadonlyMap<string, string> = new Map([
  ['docs.aws.amazon.com', 'AWS docs'],
  ['aws.amazon.com', 'AWS docs'],
  ['sagemaker.readthedocs.io', 'SDK docs'],
  ['partyrock.aws', 'PartyRock'],
]);

/** The term's link as a Markdown link target, when it is https on an allowed host without credentials or port. */
export function docsLink(link: string): { url: string; label: string } | undefined {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  const label = DOC_HOSTS.get(url.hostname);
  if (url.protocol !== 'https:' || !label || url.username || url.password || url.port) return undefined;
  // Parentheses, spaces and angle brackets would end a Markdown link target early.
  return { url: url.href.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`), label };
}

/**
 * Glossary text as Markdown that shows as written. Code spans stay as they are (a backslash in one
 * would show); elsewhere brackets, angle brackets and backslashes stay literal, `$(` shows as text,
 * not an icon, and `:`, `@` and `.` are escaped so that no URL, `www.` name or e-mail address
 * becomes a link (GFM autolinks); an escaped character looks the same. Line breaks become spaces.
 */
export function esc(raw: string): string {
  // One paragraph: a line break could start a block (a heading, a list, a fence) that cuts a code
  // span short and leaves what it held unescaped.
  const text = raw.replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ').trim();
  let out = '';
  let i = 0;
  while (i < text.length) {
    const tick = text.indexOf('`', i);
    if (tick < 0) break;
    const run = runLength(text, tick);
    const close = closingRun(text, tick + run, run);
    if (close < 0) {
      // No closing run: the backticks are literal text.
      out += escText(text.slice(i, tick)) + '\\`'.repeat(run);
      i = tick + run;
      continue;
    }
    out += escText(text.slice(i, tick)) + text.slice(tick, close + run);
    i = close + run;
  }
  return out + escText(text.slice(i));
}

function escText(text: string): string {
  return text.replace(/[\\[\]<>:@.]/g, '\\$&').replace(/\$\(/g, '\\$(');
}

function runLength(text: string, at: number): number {
  let n = 0;
  while (text[at + n] === '`') n++;
  return n;
}

/** Where the backtick run of exactly `run` that closes a code span opened before `from` starts, or -1. */
function closingRun(text: string, from: number, run: number): number {
  for (let i = text.indexOf('`', from); i >= 0; ) {
    const n = runLength(text, i);
    if (n === run) return i;
    i = text.indexOf('`', i + n);
  }
  return -1;
}
