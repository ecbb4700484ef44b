// "Look Up Term…": a QuickPick whose list is ranked by the core search (names and aliases before
// definition text), not by VS Code's fuzzy match over every field.
import * as vscode from 'vscode';
import type { GlossaryTerm } from '../../core/bank/model';
import { searchTerms } from '../../core/terms/termSearch';

interface TermItem extends vscode.QuickPickItem {
  id: string;
}

/** Asks for a term; undefined when the learner dismisses the picker. */
export function pickTerm(terms: readonly GlossaryTerm[]): Promise<GlossaryTerm | undefined> {
  const byId = new Map(terms.map((t) => [t.id, t]));
  const qp = vscode.window.createQuickPick<TermItem>();
  qp.title = vscode.l10n.t('Look up a SageMaker or AWS ML term');
  qp.placeholder = vscode.l10n.t('Type a name, an alias or a code name (use_spot_instances)');
  // The ranking decides what shows: every listed item stays visible whatever VS Code's own filter thinks.
  qp.matchOnDescription = false;
  qp.matchOnDetail = false;
  const show = (query: string) => {
    qp.items = searchTerms(terms, query).map(({ term }) => ({ label: term.name, description: term.aliases.join(', '), id: term.id, alwaysShow: true }));
  };
  show('');
  return new Promise((resolve) => {
    let picked: GlossaryTerm | undefined;
    qp.onDidChangeValue(show);
    qp.onDidAccept(() => {
      picked = byId.get(qp.selectedItems[0]?.id ?? '');
      qp.hide();
    });
    qp.onDidHide(() => {
      qp.dispose();
      resolve(picked);
    });
    qp.show();
  });
}
