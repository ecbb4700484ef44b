// Hover lookups of glossary terms in code and prose. Never throws: a failed lookup is no hover.
import * as vscode from 'vscode';
import type { GlossaryTerm } from '../../core/bank/model';
import { findTermAt, HOVER_WINDOW } from '../../core/terms/termLookup';
import type { CatalogService } from '../catalogService';
import type { ProgressStore } from '../storage/progressStore';
import { DocumentLookups } from './documentLookups';
import { HoverData, type HoverTerms } from './hoverData';
import { renderTermHover } from './renderTermHover';

export interface TermAtPosition {
  termId: string;
  range: vscode.Range;
  /** the document text the term was found as */
  text: string;
  /** the terms it was found among */
  data: HoverTerms;
}

export class TermHoverProvider implements vscode.HoverProvider, vscode.Disposable {
  private readonly lookups = new DocumentLookups();
  private readonly data: HoverData;

  /** `bundleUri`: the build's dist/terms.json; without it the hover reads the catalog. */
  constructor(
    catalog: CatalogService,
    private readonly progress: ProgressStore,
    private readonly log: vscode.LogOutputChannel,
    bundleUri?: vscode.Uri,
  ) {
    this.data = new HoverData(bundleUri, catalog, log);
  }

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position, token?: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    try {
      const found = await this.termAt(doc, pos);
      if (!found || token?.isCancellationRequested) return undefined;
      const { data } = found;
      const term = data.term(found.termId);
      if (!term) return undefined;
      const questionIds = data.questionIds(term.id);
      // Only these questions' cards: before progress is read in full, from the snapshot's text.
      const practice = { attempts: 0, correct: 0 };
      for (const r of this.progress.cardsOf(questionIds).values()) {
        practice.attempts += r.attempts;
        practice.correct += r.correct;
      }
      const related = term.related.map((id) => data.term(id)).filter((t): t is GlossaryTerm => t !== undefined);
      const contents = renderTermHover({ term, matchedText: found.text, questions: questionIds.length, attempts: practice.attempts, correct: practice.correct, related });
      return new vscode.Hover(contents, found.range);
    } catch (err) {
      this.log.error(`Hover failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return undefined;
    }
  }

  /** The glossary term at a position, with the range it covers; also serves "Quiz Me on Term at Cursor". */
  async termAt(doc: vscode.TextDocument, pos: vscode.Position): Promise<TermAtPosition | undefined> {
    const offset = doc.offsetAt(pos);
    // Only a window around the cursor is read: a hover costs the same in a 1 MB line as in a short file.
    const from = Math.max(0, offset - HOVER_WINDOW.before);
    const start = doc.positionAt(from);
    const text = doc.getText(new vscode.Range(start, doc.positionAt(offset + HOVER_WINDOW.after)));
    const ctx = this.lookups.contextOf(doc);
    const startsLine = start.character === 0;
    let data = await this.data.current();
    let match = findTermAt(data.index, text, offset - from, ctx, startsLine);
    if (!match && !data.complete) {
      // The learner's workspace glossaries come with the catalog: before it is loaded, a miss waits for it.
      const complete = await this.data.complete().catch((err: unknown) => {
        this.log.warn(`Hover: the catalog did not load (${String(err)}); shipped terms only`);
        return undefined;
      });
      if (complete) {
        data = complete;
        match = findTermAt(data.index, text, offset - from, ctx, startsLine);
      }
    }
    if (!match) return undefined;
    return {
      termId: match.termId,
      range: new vscode.Range(doc.positionAt(from + match.start), doc.positionAt(from + match.end)),
      text: text.slice(match.start, match.end),
      data,
    };
  }

  dispose(): void {
    this.data.dispose();
  }
}
