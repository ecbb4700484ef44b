// A term's hover as a MarkdownString that may run the extension's two hover commands and nothing else.
import * as vscode from 'vscode';
import type { GlossaryTerm } from '../../core/bank/model';
import { termHoverMarkdown } from '../../core/terms/hoverMarkdown';
import { CommandId, HOVER_COMMANDS } from '../commandIds';

export interface TermHoverFacts {
  term: GlossaryTerm;
  matchedText: string;
  questions: number;
  attempts: number;
  correct: number;
  related: readonly GlossaryTerm[];
}

export function renderTermHover(f: TermHoverFacts): vscode.MarkdownString {
  const md = new vscode.MarkdownString(
    termHoverMarkdown({
      ...f,
      related: f.related.map((t) => ({ id: t.id, name: t.name })),
      commands: { quizTerm: CommandId.quizTerm, lookUpTerm: CommandId.lookUpTerm },
    }),
    true,
  );
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  return md;
}
