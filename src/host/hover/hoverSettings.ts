// The hover's settings: on or off, and the languages it serves.
import * as vscode from 'vscode';
import { DEFAULT_HOVER_LANGUAGES } from '../../core/terms/languages';

export const HOVER_SECTION = 'sagemakerStudy.hover';

export interface HoverSettings {
  enabled: boolean;
  languages: string[];
}

export function readHoverSettings(): HoverSettings {
  const c = vscode.workspace.getConfiguration(HOVER_SECTION);
  const raw = c.get<unknown>('languages', DEFAULT_HOVER_LANGUAGES);
  // A hand-edited settings.json may hold anything: keep the strings, once each.
  const languages = Array.isArray(raw) ? [...new Set(raw.filter((l): l is string => typeof l === 'string').map((l) => l.trim()).filter(Boolean))] : [...DEFAULT_HOVER_LANGUAGES];
  return { enabled: c.get<boolean>('enabled', true) !== false, languages };
}
