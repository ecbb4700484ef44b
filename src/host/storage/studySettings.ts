// The study settings the progress store and the study commands read.
import * as vscode from 'vscode';
import type { StudyLimits } from '../../core/progress/queue';
import type { SchedulerOptions } from '../../core/progress/scheduler';

export type ProgressScope = 'workspace' | 'global';

export interface StudySettings extends SchedulerOptions, StudyLimits {
  scope: ProgressScope;
}

export function readStudySettings(): StudySettings {
  const c = vscode.workspace.getConfiguration('sagemakerStudy');
  return {
    scope: c.get<ProgressScope>('progress.scope', 'workspace') === 'global' ? 'global' : 'workspace',
    retention: c.get<number>('study.desiredRetention', 0.9),
    fuzz: c.get<boolean>('study.fuzz', true) !== false,
    newPerDay: c.get<number>('study.newPerDay', 20),
    reviewsPerDay: c.get<number>('study.reviewsPerDay', 200),
  };
}
