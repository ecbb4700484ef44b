// The strings the webviews show, in the display language. The host builds them with vscode.l10n.t
// (src/host/panels/quizStrings.ts, statsStrings.ts) and puts them in the page as a JSON data block;
// the webview reads them once and never holds an English literal of its own. `{0}`, `{1}`… are
// filled in by `fmt` in the webview, in the order the comments give.

/** The id of the page's JSON data block that holds the strings. */
export const WEBVIEW_STRINGS_ID = 'l10n-strings';

/** The quiz panel: rounds, flashcards, exam simulation, overlays. */
export interface QuizStrings {
  flaggedForReview: string; // Flagged for review
  flagRemoved: string; // Flag removed
  answerRevealed: string; // Answer revealed
  correct: string; // Correct
  incorrect: string; // Incorrect
  examSubmittedScore: string; // Exam submitted. Estimated score {0}.
  questionProgress: string; // Question progress
  questionOf: string; // Question {0} of {1}
  flagged: string; // Flagged
  caseStudy: string; // Case study
  selectN: string; // Select {0}.
  orderingHelp: string; // Put the steps in order. Alt+Up and Alt+Down move the focused step.
  notAnsweredParen: string; // (not answered)
  youPutIt: string; // (you put it {0})
  stepLabel: string; // Step {0}: {1}
  up: string; // Up
  moveUp: string; // Move up
  down: string; // Down
  moveDown: string; // Move down
  movedTo: string; // Moved to position {0}
  youChose: string; // You chose:
  notAnswered: string; // Not answered
  choose: string; // Choose…
  feedback: string; // Feedback
  notQuite: string; // Not quite
  glossaryColon: string; // Glossary:
  termMark: string; // {0}, glossary: {1}
  reveal: string; // Reveal
  skip: string; // Skip
  again: string; // Again
  hard: string; // Hard
  good: string; // Good
  easy: string; // Easy
  next: string; // Next
  submit: string; // Submit
  flag: string; // Flag
  shortcutsHint: string; // Press ? for shortcuts
  pickAnswerFirst: string; // Pick an answer first
  pickNFirst: string; // Pick {0} answers first
  pickNPicked: string; // Pick {0} answers ({1} picked)
  matchEvery: string; // Choose an answer for every prompt
  roundComplete: string; // {0}: round complete
  scoreLine: string; // {0} of {1} right ({2}%)
  nSkipped: string; // {0} skipped
  retryMissed: string; // Retry the {0} I missed
  nextTopic: string; // Next: {0}
  weakestTopic: string; // Your weakest topic
  backToTopics: string; // Back to topics
  lookAgain: string; // Questions to look at again
  skippedTag: string; // skipped
  keyPoint: string; // Key point:
  missedOne: string; // The question you missed
  missedMany: string; // The {0} questions you missed
  byTopic: string; // By topic
  topic: string; // Topic
  right: string; // Right
  answered: string; // Answered
  resume: string; // Resume {0}, {1} of {2}
  practiceExamTitle: string; // {0} practice exam
  examSimulationTitle: string; // {0} exam simulation
  domainLine: string; // Domain {0}: {1}
  oneQuestion: string; // 1 question
  nQuestions: string; // {0} questions
  ruleTimer: string; // The timer starts when you press Start and keeps running if you close the panel or reload the window. At zero the exam is submitted.
  ruleNoFeedback: string; // No feedback until you submit: you can change any answer until then.
  ruleFlag: string; // Flag questions to come back to; the answer sheet (A) shows what is answered and flagged.
  ruleUnanswered: string; // Unanswered questions count as wrong.
  ruleScore: string; // You get an estimated scaled score (pass at {0} of 1000), a score per domain and every question to review.
  questions: string; // Questions
  time: string; // Time
  nMinutes: string; // {0} minutes
  passLine: string; // Pass line
  estimated: string; // {0} (estimated)
  rules: string; // Rules
  questionsByDomain: string; // Questions by domain
  startExam: string; // Start the exam
  examHistory: string; // Exam history
  back: string; // Back
  noExamYet: string; // No exam taken yet. Run "SageMaker Study: Start Exam Simulation…" to take one; every attempt is listed here.
  oneAttempt: string; // 1 attempt
  nAttempts: string; // {0} attempts
  historyCaption: string; // {0} · {1} · best {2} (pass {3})
  finished: string; // Finished
  estimatedScore: string; // Estimated score
  result: string; // Result
  pass: string; // pass
  notYet: string; // not yet
  timeUp: string; // Time is up. The exam was submitted.
  questionsAnswered: string; // Questions answered
  timeLeft: string; // Time left
  previous: string; // Previous
  reviewSheet: string; // Review answer sheet
  unflag: string; // Unflag
  answerSheet: string; // Answer sheet
  submitExam: string; // Submit exam
  stateAnswered: string; // answered
  stateUnanswered: string; // unanswered
  stateFlagged: string; // flagged
  sheetItem: string; // Question {0}, {1}
  nAnswered: string; // {0} answered
  nUnanswered: string; // {0} unanswered
  nFlagged: string; // {0} flagged
  nothingMarked: string; // nothing is marked right or wrong until you submit
  unansweredOne: string; // 1 question is unanswered and will count as wrong.
  unansweredMany: string; // {0} questions are unanswered and will count as wrong.
  flaggedOne: string; // 1 question is flagged for review.
  flaggedMany: string; // {0} questions are flagged for review.
  submitTheExam: string; // Submit the exam?
  submitAnyway: string; // Submit anyway
  keepWorking: string; // Keep working
  resultPass: string; // {0} exam simulation: pass
  resultNotYet: string; // {0} exam simulation: not yet a pass
  scaledLine: string; // Estimated scaled score · pass line {0}
  rawLine: string; // {0} of {1} right ({2}%) · {3} answered
  timeRanOut: string; // time ran out
  estimateNote: string; // An estimate: AWS does not publish how raw scores map to scaled scores. It assumes {0}% right is the pass line.
  scoreByDomain: string; // Score by domain
  byDomain: string; // By domain
  reviewEvery: string; // Review every question
  review: string; // Review
  reviewHeading: string; // Review
  statusRight: string; // right
  statusWrong: string; // wrong
  statusNotAnswered: string; // not answered
  retake: string; // Retake with new questions
  allAttempts: string; // All attempts
  yourAttempts: string; // Your attempts
  keyPick: string; // pick a choice
  keyNext: string; // next question
  keyPrevious: string; // previous question
  keyFlag: string; // flag for review
  keySheet: string; // answer sheet
  keyMove: string; // move an ordering step
  keyToggle: string; // show or hide this list
  keyClose: string; // close this list
  keySubmitNext: string; // submit, then next
  keySkip: string; // skip
  keyOr: string; // {0} or {1}
  keyboardShortcuts: string; // Keyboard shortcuts
  glossaryOf: string; // Glossary: {0}
  alsoKnownAs: string; // also {0}
  examTip: string; // Exam tip:
  quizMeFlashcard: string; // Quiz me (flashcard)
  quizMe: string; // Quiz me
  awsDocumentation: string; // AWS documentation
  coverOne: string; // 1 question covers this term
  coverMany: string; // {0} questions cover this term
  close: string; // Close
  closeEscape: string; // Close (Escape)
  undo: string; // Undo
  undoTitle: string; // Undo the last answer ({0})
  undoShortcut: string; // undo the last answer
  nextReview: string; // Next review:
  intervalTitle: string; // Comes back in {0}
  reportProblem: string; // Report a problem
  reportProblemTitle: string; // Open a prefilled issue about this question; you see the full text before anything is sent
  suspend: string; // Suspend
  suspendTitle: string; // Suspend — never ask again until restored
  thisQuestion: string; // This question
  verdictPickedRight: string; // Your answer, right.
  verdictRightNotPicked: string; // Right answer, not picked.
  verdictPickedWrong: string; // Your answer, wrong.
  stepInPlace: string; // In the right place.
  stepOutOfPlace: string; // Out of place.
  pairRight: string; // Matched right.
  pairWrong: string; // Matched wrong.
  roundDone: string; // {0}: round complete. {1}
}

/** The statistics panel. */
export interface StatsStrings {
  title: string; // Statistics and exam readiness
  masteryHorizon: string; // Mastery is the chance you would still answer right {0}.
  nothingYet: string; // Nothing to show yet
  answerFew: string; // Answer a few questions first: your readiness, forecast and memory figures appear here as you study.
  startReview: string; // Start with a review of what is due
  gaugeLabel: string; // Predicted score {0} of 1000, 80% between {1} and {2}; pass mark {3}; chance of passing {4}.
  passN: string; // pass {0}
  likely: string; // Likely to pass
  closeToPass: string; // Close: more likely to pass than not
  notYetPass: string; // Not yet: below the pass mark
  far: string; // Far from the pass mark
  wouldYouPass: string; // {0}: would you pass today?
  predictedRange: string; // predicted · 80% range {0}–{1}
  chanceToPass: string; // chance to pass ({0} needed)
  verdictLine: string; // {0}. Based on {1} of {2} questions answered.
  takePractice: string; // Take a practice exam to check
  domainBar: string; // {0}: mastery {1}, weight {2}%, pass line {3}
  domainLine: string; // {0} mastery · {1}% of the exam
  studyWeakest: string; // Study weakest topic: {0} ({1})
  byDomainWeakest: string; // {0} by domain, weakest first
  masteryByDomain: string; // {0} mastery by domain
  colDomain: string; // Domain
  colMastery: string; // Mastery
  colWeight: string; // Weight
  colExpected: string; // Expected share right
  forecastTitle: string; // Reviews due in the next 30 days
  forecastLine: string; // {0} reviews scheduled; {1} today.
  legendReview: string; // Review
  legendLearning: string; // Learning
  legendNew: string; // New (daily limit)
  forecastChart: string; // Reviews due per day for 30 days, {0} in all
  forecastTable: string; // Reviews due per day
  colDay: string; // Day
  colReview: string; // Review
  colLearning: string; // Learning
  colNew: string; // New
  dayOneReview: string; // {0}: 1 review
  dayReviews: string; // {0}: {1} reviews
  activityTitle: string; // Activity over the past year
  activityLineOne: string; // {0} reviews · current streak 1 day · longest {1}
  activityLine: string; // {0} reviews · current streak {1} days · longest {2}
  activityChart: string; // Reviews per day over the past year: {0} in all; current streak {1} days, longest {2}
  daysWithReviews: string; // Days with reviews
  colReviews: string; // Reviews
  retentionWindow: string; // last {0} days ({1} reviews)
  desiredRetention: string; // desired retention
  memoryTitle: string; // Memory
  statesLine: string; // {0} in review · {1} learning · {2} relearning · {3} new
  leechOne: string; // 1 leech
  leechMany: string; // {0} leeches
  perAnswer: string; // {0} s per answer
  statesChart: string; // Cards by state: {0} review, {1} learning, {2} relearning, {3} new
  trueRetention: string; // True retention
  colWindow: string; // Window
  colPassed: string; // Passed
  colRetention: string; // Retention
  windowDays: string; // {0} days
  noReviews: string; // no reviews
  practiceExams: string; // {0} practice exams
  noPracticeYet: string; // No practice exam yet. Take one to see your scores here and to check how well the prediction above matches them.
  historyChart: string; // {0} practice exam scores; pass mark {1}
  predictionsRecorded: string; // Predictions are recorded when an exam starts; they will be compared with your scores here.
  calibrationOne: string; // Prediction vs result over 1 exam: off by {0} points on average.
  calibrationMany: string; // Prediction vs result over {0} exams: off by {1} points on average.
  colDate: string; // Date
  colScore: string; // Score
  colExamPassed: string; // Passed
  yes: string; // yes
  no: string; // no
  predictedVsActual: string; // Predicted against actual
  colPredicted: string; // Predicted
  colActual: string; // Actual
  historyScore: string; // Score
  historyPredicted: string; // Predicted before the exam
  historyPoint: string; // {0}: {1}   (day: scaled score)
  historyPointPredicted: string; // {0}: {1}, predicted {2}
}

/** A template with its `{0}`, `{1}`… replaced by the arguments (a placeholder without one stays). */
export function fmt(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));
}
