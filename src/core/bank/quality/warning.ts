// Item-writing findings are advice, never errors: a bank with them still builds and ships.
import type { Diagnostic } from '../../diagnostics';
import type { Pos } from '../yamlReader';

export const warning = (at: Pos, message: string): Diagnostic => ({
  file: at.file, line: at.line, column: at.column, severity: 'warning', message,
});

export const pct = (share: number): string => `${(share * 100).toFixed(1)}%`;
