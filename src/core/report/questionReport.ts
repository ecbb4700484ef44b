// "Report a problem with this question": a new-issue link to the project's tracker, prefilled with
// what a maintainer needs to find and fix the question. The learner sees the full text before the
// link is opened (the host shows it); nothing is sent from here.

/** Browsers and GitHub accept longer links, but some proxies cut at 8 KB: stay under it. */
export const MAX_REPORT_URL = 8000;
/** Enough of the stem to recognise the question in the issue without opening the bank. */
const STEM_CHARS = 400;
export const NOTE_CUT_MARKER = '… [note shortened to fit the link: paste the rest into the issue]';

export interface QuestionReport {
  questionId: string;
  /** the bank file as the project keeps it, e.g. questions/mla-c01/data-prep.yaml */
  file?: string;
  /** the line where the question starts in that file */
  line?: number;
  topic?: string;
  /** a glossary flashcard's term id (its text lives in the glossary files, not a bank) */
  glossaryTerm?: string;
  /** the stem as plain text */
  stem?: string;
  extensionVersion: string;
  /** what the learner says is wrong (may be empty) */
  note: string;
}

export interface ReportLink {
  url: string;
  title: string;
  body: string;
  /** the note was cut to keep the link under MAX_REPORT_URL */
  noteCut: boolean;
}

export class ReportLinkError extends Error {}

/**
 * The tracker's base address from package.json's `repository.url` (`git+https://…/x.git` and the
 * like), or an error when it is not an https address: a report must never go anywhere unexpected.
 */
export function trackerBase(repositoryUrl: unknown): string {
  if (typeof repositoryUrl !== 'string') throw new ReportLinkError('the extension names no repository to report to');
  const url = repositoryUrl.trim().replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/+$/, '');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ReportLinkError(`the repository address ${JSON.stringify(repositoryUrl)} is not a web address`);
  }
  if (parsed.protocol !== 'https:' || parsed.search || parsed.hash || parsed.username || parsed.password) {
    throw new ReportLinkError(`the repository address ${JSON.stringify(repositoryUrl)} is not a plain https address`);
  }
  return `${parsed.origin}${parsed.pathname}`;
}

export const reportTitle = (r: QuestionReport) => `Question ${r.questionId}: problem report`;

/** The issue's text: the fields first, then the learner's note, then the question as shown. */
export function reportBody(r: QuestionReport, note = r.note): string {
  const where = r.file ? `\`${r.file}\`${r.line !== undefined ? `, line ${r.line}` : ''}` : r.glossaryTerm ? 'a glossary file (questions/glossary-*.yaml)' : 'unknown';
  const lines = [
    `- Question id: \`${r.questionId}\``,
    ...(r.glossaryTerm ? [`- Glossary term: \`${r.glossaryTerm}\``] : []),
    `- Bank file: ${where}`,
    ...(r.topic ? [`- Topic: ${r.topic}`] : []),
    `- Extension version: ${r.extensionVersion}`,
    '',
    '### What is wrong',
    '',
    note.trim() === '' ? '_(no note)_' : note.trim(),
  ];
  if (r.stem) lines.push('', '### The question', '', ...clip(r.stem.replace(/\s+/g, ' ').trim(), STEM_CHARS).split('\n').map((l) => `> ${l}`));
  return `${lines.join('\n')}\n`;
}

const linkOf = (base: string, title: string, body: string) => `${base}/issues/new?title=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;

/**
 * The new-issue link. When it would pass `max` characters, the note is cut (whole characters, never
 * half a surrogate pair) and marked, so the link still opens and the learner can paste the rest.
 */
export function reportLink(repositoryUrl: unknown, r: QuestionReport, max = MAX_REPORT_URL): ReportLink {
  const base = trackerBase(repositoryUrl);
  const title = reportTitle(r);
  const full = reportBody(r);
  const url = linkOf(base, title, full);
  if (url.length <= max) return { url, title, body: full, noteCut: false };
  const chars = Array.from(r.note.trim());
  const fits = (n: number) => linkOf(base, title, reportBody(r, chars.slice(0, n).join('') + NOTE_CUT_MARKER)).length <= max;
  if (!fits(0)) throw new ReportLinkError('the report does not fit in a link even without the note');
  // The longest prefix that fits: encoded lengths grow with the prefix, so a binary search finds it.
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  const body = reportBody(r, chars.slice(0, lo).join('') + NOTE_CUT_MARKER);
  return { url: linkOf(base, title, body), title, body, noteCut: true };
}

function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
