// What every importer produces: questions as found in a source file, with the line each came from,
// before they become a bank. Text stays Markdown so code blocks and links survive the import.

export interface DraftChoice {
  text: string;
  correct: boolean;
  /** feedback for this option, when the source has some */
  why?: string;
}

export interface DraftQuestion {
  /** 1-based line of the source where the question starts */
  line: number;
  stem: string;
  /** options of a choice question; absent for a flashcard */
  choices?: DraftChoice[];
  /** the back of a flashcard */
  answer?: string;
  explanation?: string;
  links: string[];
  tags: string[];
  /** a heading, category or deck the question stood under: becomes its topic */
  section?: string;
}

/** A question the importer could not take, and why: reported, never silently dropped. */
export interface Skipped {
  line: number;
  reason: string;
}

export interface DraftSet {
  questions: DraftQuestion[];
  skipped: Skipped[];
  /** a title found in the source (front matter, first heading), for the bank */
  title?: string;
}

export const IMPORT_FORMATS = ['mkdocs-quiz', 'mkdocs-admonition', 'practice-test', 'gift', 'anki', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Files larger than this are refused whole, with a message, rather than parsed for minutes. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** https links in Markdown or plain text, in order, without repeats. */
export function httpsLinks(text: string): string[] {
  const found = text.match(/https:\/\/[^\s)<>"'\]]+/g) ?? [];
  return [...new Set(found.map((u) => u.replace(/[.,;:]+$/, '')))];
}

/** Text with a byte-order mark removed and every line ending made \n. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
