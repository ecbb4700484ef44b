// The quiz panel's strings, read once from the page.
import type { QuizStrings } from '../shared/webviewStrings';
import { readStrings } from './strings';

export const strings = readStrings<QuizStrings>();
