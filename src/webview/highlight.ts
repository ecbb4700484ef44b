// A small highlighter for code blocks in questions (Python, JSON, YAML, shell, JavaScript):
// strings, comments, numbers and keywords, coloured with the theme's own variables. It only
// ever creates text nodes inside spans.

const KEYWORDS = new Set(('import from as def class return if elif else for while in not and or is None True False ' +
  'with try except finally lambda yield async await raise pass const let var function new true false null ' +
  'export default typeof instanceof this self').split(' '));

const TOKEN = /(#[^\n]*|\/\/[^\n]*)|("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(\b\d+(?:\.\d+)?\b)|([A-Za-z_][A-Za-z0-9_]*)/g;

export function highlightInto(code: HTMLElement, text: string, lang: string | undefined): void {
  const comments = lang !== 'json';
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const [whole, comment, str, num, word] = m;
    const cls = comment && comments ? 'tok-comment' : str ? 'tok-string' : num ? 'tok-number' : word && KEYWORDS.has(word) ? 'tok-keyword' : undefined;
    if (!cls) continue;
    if (m.index > last) code.append(document.createTextNode(text.slice(last, m.index)));
    const span = document.createElement('span');
    span.className = cls;
    span.textContent = whole;
    code.append(span);
    last = m.index + whole.length;
  }
  if (last < text.length) code.append(document.createTextNode(text.slice(last)));
}
