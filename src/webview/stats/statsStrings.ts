// The statistics panel's strings, read once from the page.
import type { StatsStrings } from '../../shared/webviewStrings';
import { readStrings } from '../strings';

export const strings = readStrings<StatsStrings>();
