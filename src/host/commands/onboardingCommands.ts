// The walkthrough's actions: a placement quiz over the chosen exam, a sample file to hover terms in,
// and the study plan (daily goal and exam date).
import * as vscode from 'vscode';
import { command, type CommandEntry } from './lazyCommands';
import { drawExam } from '../../core/exam/examDraw';
import { suspendedIds } from '../../core/progress/suspension';
import { parseExamDate } from '../../core/progress/examDate';
import { CommandId } from '../commandIds';
import type { CatalogService } from '../catalogService';
import type { QuizPanelApi } from '../panels/quizPanelLoader';
import type { TopicsTreeProvider } from '../views/topicsTree';
import type { ProgressStore } from '../storage/progressStore';

export const PLACEMENT_QUESTIONS = 10;

const HOVER_SAMPLE_CODE = `import boto3
import sagemaker
from sagemaker.estimator import Estimator
from sagemaker.inputs import TrainingInput

estimator = Estimator(
    image_uri=sagemaker.image_uris.retrieve("xgboost", "us-east-1", "1.7-1"),
    role="arn:aws:iam::111122223333:role/SageMakerExecutionRole",
    instance_count=1,
    instance_type="ml.m5.xlarge",
    use_spot_instances=True,
)
estimator.fit({"train": TrainingInput("s3://my-bucket/train/", content_type="text/csv")})
predictor = estimator.deploy(initial_instance_count=1, instance_type="ml.m5.large")

runtime = boto3.client("sagemaker-runtime")
`;

export function onboardingCommands(catalog: CatalogService, quiz: QuizPanelApi, topics: TopicsTreeProvider, progress: ProgressStore): CommandEntry[] {
  const reg = command;
  return [
    reg(CommandId.placementQuiz, async (examCode?: string) => {
      const index = await catalog.load();
      let code = typeof examCode === 'string' ? examCode : topics.filter;
      if (!code) {
        const pick = await vscode.window.showQuickPick(index.exams.map((e) => ({ label: e.code, description: e.name, code: e.code })), { title: vscode.l10n.t('Placement quiz: which exam?'), ignoreFocusOut: true });
        code = pick?.code;
      }
      if (!code || !index.exam(code)) return;
      // Ten questions in the exam's domain proportions: a first reading of where you stand.
      const draw = drawExam(index, code, { questions: PLACEMENT_QUESTIONS, rng: Math.random, never: suspendedIds(progress.current) });
      const questions = draw.questionIds.map((id) => index.question(id)).filter((q) => q !== undefined);
      await quiz.start(vscode.l10n.t('Placement quiz · {0}', code), questions);
    }),
    reg(CommandId.openHoverSample, async () => {
      const doc = await vscode.workspace.openTextDocument({ language: 'python', content: `# ${vscode.l10n.t('Rest the mouse on Estimator, TrainingInput, ml.m5.xlarge or "sagemaker-runtime" to see what each is.')}\n${HOVER_SAMPLE_CODE}` });
      await vscode.window.showTextDocument(doc);
    }),
    reg(CommandId.setStudyPlan, async () => {
      const config = vscode.workspace.getConfiguration('sagemakerStudy');
      const goal = await vscode.window.showInputBox({
        title: vscode.l10n.t('Daily goal (1 of 2)'),
        ignoreFocusOut: true,
        prompt: vscode.l10n.t('How many new questions a day? Review Due adds them after the reviews that are due.'),
        value: String(config.get<number>('study.newPerDay', 20)),
        validateInput: (v) => (/^\d+$/.test(v.trim()) && Number(v) <= 1000 ? undefined : vscode.l10n.t('A whole number from 0 to 1000')),
      });
      if (goal === undefined) return;
      await config.update('study.newPerDay', Number(goal.trim()), vscode.ConfigurationTarget.Global);
      const date = await vscode.window.showInputBox({
        title: vscode.l10n.t('Exam date (2 of 2)'),
        ignoreFocusOut: true,
        prompt: vscode.l10n.t('When is your exam (YYYY-MM-DD)? Mastery then means recall on that day, and new questions are paced to be seen before it. Leave empty for none.'),
        value: config.get<string>('study.examDate', ''),
        placeHolder: vscode.l10n.t('YYYY-MM-DD'),
        validateInput: (v) => (v.trim() === '' || parseExamDate(v) ? undefined : vscode.l10n.t('A date as YYYY-MM-DD, for example 2027-03-15')),
      });
      if (date === undefined) return;
      await config.update('study.examDate', date.trim(), vscode.ConfigurationTarget.Global);
      void vscode.window.showInformationMessage(date.trim()
        ? vscode.l10n.t('SageMaker Study: {0} new questions a day, exam on {1}.', goal.trim(), date.trim())
        : vscode.l10n.t('SageMaker Study: {0} new questions a day.', goal.trim()));
    }),
  ];
}
