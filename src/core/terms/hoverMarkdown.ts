// The Markdown of a term's hover, built without VS Code so it can be tested. Glossary text may use
// inline code and emphasis, but can add no link, HTML or icon: only the links built here exist,
// and the host trusts only the two command ids it passes in.
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
  parts.push(`**${esc(term.name)}** · _${CATEGORY_LABEL[term.category]}_`);
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
    `[$(link-external) AWS docs](${safeUrl(term.link)})`,
  ];
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

/** Parentheses and spaces would end a Markdown link target early. */
function safeUrl(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Brackets, angle brackets and backslashes stay literal, and `$(` shows as text, not an icon. */
export function esc(text: string): string {
  return text.replace(/[\\[\]<>]/g, '\\$&').replace(/\$\(/g, '\\$(');
}
