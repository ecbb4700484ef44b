// The JSON data block of strings the host puts in a webview's page, built by the real host code
// (English: the fake vscode's l10n.t returns each message as written).
import './vscodeFake';
import { quizStrings } from '../../src/host/panels/quizStrings';
import { statsStrings } from '../../src/host/panels/statsStrings';
import { WEBVIEW_STRINGS_ID } from '../../src/shared/webviewStrings';

export function stringsBlock(page: 'quiz' | 'stats'): string {
  const json = JSON.stringify(page === 'quiz' ? quizStrings() : statsStrings()).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${WEBVIEW_STRINGS_ID}">${json}</script>`;
}
