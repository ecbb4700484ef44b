// The Markdown of a term's hover, built without VS Code so it can be tested. Glossary text may use
// inline code and emphasis, but can add no link (written or autolinked), HTML or icon: the only
// links are the term's own documentation link, when its host is allowed, and the two command
// links built here; the host trusts only the two command ids it passes in.
import * as l10n from '@vscode/l10n';
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

/** A term's category as the hover and the term card name it; 'Term' for a category this build does not know. */
export function categoryLabel(category: TermCategory): string {
  switch (category) {
    case 'sagemaker-feature': return l10n.t('SageMaker feature');
    case 'ai-service': return l10n.t('AI service');
    case 'ml-concept': return l10n.t('ML concept');
    case 'data-storage': return l10n.t('Data and storage');
    case 'security-governance': return l10n.t('Security and governance');
    default: return l10n.t('Term');
  }
}

export function termHoverMarkdown(h: TermHoverInput): string {
  const { term } = h;
  const parts: string[] = [];
  parts.push(`**${esc(term.name)}** · _${categoryLabel(term.category)}_`);
  const instance = describeInstanceType(h.matchedText);
  if (instance) {
    parts.push(`\`${instance.type}\` · ${l10n.t('{0} family, {1}: {2}. For {3}.', instance.family, instance.kind.toLowerCase(), esc(instance.hardware), esc(instance.use))}`);
  }
  parts.push(esc(term.definition));
  parts.push(`$(lightbulb) **${l10n.t('Exam tip:')}** ${esc(term.tip)}`);
  // Practice and actions before the related terms: a long hover scrolls, and these matter most.
  parts.push(`$(checklist) ${practice(h)}`);
  const links = [
    // Always offered: a term no bank question covers is still quizzed through its glossary flashcard.
    `[$(mortar-board) ${linkText(l10n.t('Quiz me on this term'))}](${commandLink(h.commands.quizTerm, term.id)})`,
    `[$(book) ${linkText(l10n.t('Open in glossary'))}](${commandLink(h.commands.lookUpTerm, term.id)})`,
  ];
  const docs = docsLink(term.link);
  if (docs) links.push(`[$(link-external) ${linkText(docs.label)}](${docs.url})`);
  parts.push(links.join(' · '));
  if (h.related.length > 0) {
    parts.push(l10n.t('Related: {0}', h.related.map((r) => `[${esc(r.name)}](${commandLink(h.commands.lookUpTerm, r.id)})`).join(' · ')));
  }
  return parts.join('\n\n');
}

function practice(h: TermHoverInput): string {
  if (h.questions === 0) return l10n.t('No bank questions cover this term yet; its flashcard is in the glossary');
  const covered = h.questions === 1 ? l10n.t('1 bank question covers this term') : l10n.t('{0} bank questions cover this term', h.questions);
  if (h.attempts === 0) return `${covered} · ${l10n.t('not practised yet')}`;
  return `${covered} · ${l10n.t('{0}% right so far ({1} of {2} answers)', Math.round((100 * h.correct) / h.attempts), h.correct, h.attempts)}`;
}

/** A translated link text: brackets would end the link early. */
function linkText(text: string): string {
  return text.replace(/[[\]\\]/g, '\\$&');
}

function commandLink(command: string, termId: string): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify([termId]))}`;
}

/** The documentation hosts a hover may link to; a glossary link elsewhere is left out of the hover. */
export const DOC_HOSTS: ReadonlyMap<string, 'aws' | 'sdk' | 'partyrock'> = new Map([
  ['docs.aws.amazon.com', 'aws'],
  ['aws.amazon.com', 'aws'],
  ['sagemaker.readthedocs.io', 'sdk'],
  ['partyrock.aws', 'partyrock'],
] as const);

const docsLabel = (site: 'aws' | 'sdk' | 'partyrock'): string =>
  site === 'aws' ? l10n.t('AWS docs') : site === 'sdk' ? l10n.t('SDK docs') : 'PartyRock';

/** The term's link as a Markdown link target, when it is https on an allowed host without credentials or port. */
export function docsLink(link: string): { url: string; label: string } | undefined {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  const site = DOC_HOSTS.get(url.hostname);
  if (url.protocol !== 'https:' || !site || url.username || url.password || url.port) return undefined;
  const label = docsLabel(site);
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
