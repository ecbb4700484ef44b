// A bank's Markdown fields as documents. A field left out (allowed in personal banks) becomes an
// empty document, never the text "undefined".
import { parseInlineMarkdown, parseMarkdown } from '../markdown';
import type { MdDoc } from '../mdTree';

export const markdownOf = (text: unknown): MdDoc => (text === undefined ? [] : parseMarkdown(String(text)));
export const inlineMarkdownOf = (text: unknown): MdDoc => (text === undefined ? [] : parseInlineMarkdown(String(text)));
