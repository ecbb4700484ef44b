// The panel's charts: readiness gauge, domain bars, forecast, activity heatmap, retention, card
// states and exam history. Each returns a section with its chart and its text alternative.
import type { ExamStatsView, StatsView } from '../../shared/statsView';
import { el } from '../dom';
import { chart, svg } from './svg';
import { fmt } from '../strings';
import { strings } from './statsStrings';
import { dataTable, pct } from './tables';

/** One attempt in words, for the chart's titles and text alternative: its day, score and the prediction made before it. */
const historyPoint = (day: string, scaled: number, predicted?: number): string =>
  predicted === undefined ? fmt(strings.historyPoint, day, scaled) : fmt(strings.historyPointPredicted, day, scaled, predicted);

const SCALE_MIN = 100;
const SCALE_MAX = 1000;

export function readinessSection(exam: ExamStatsView, send: (m: { type: 'startExam'; exam: string }) => void): HTMLElement {
  const r = exam.readiness;
  const W = 600;
  const x = (score: number) => ((score - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)) * W;
  const label = fmt(strings.gaugeLabel, r.predicted, r.low, r.high, exam.passScore, pct(r.passChance));
  const gauge = chart(label, W, 46,
    svg('rect', { x: 0, y: 14, width: W, height: 14, class: 'track', rx: 3 }),
    svg('rect', { x: x(r.low), y: 14, width: Math.max(2, x(r.high) - x(r.low)), height: 14, class: r.predicted >= exam.passScore ? 'band pass' : 'band fail', rx: 3 }),
    svg('line', { x1: x(exam.passScore), x2: x(exam.passScore), y1: 6, y2: 36, class: 'passline' }),
    svg('text', { x: x(exam.passScore), y: 46, class: 'axis', 'text-anchor': 'middle' }, fmt(strings.passN, exam.passScore)),
    svg('circle', { cx: x(r.predicted), cy: 21, r: 6, class: 'marker' }),
  );
  const verdict = r.passChance >= 0.8 ? strings.likely : r.passChance >= 0.5 ? strings.closeToPass : r.passChance >= 0.2 ? strings.notYetPass : strings.far;
  return el('section', { class: 'readiness', 'aria-labelledby': `ready-${exam.code}` },
    el('h2', { id: `ready-${exam.code}` }, fmt(strings.wouldYouPass, exam.code)),
    el('p', { class: 'big' }, el('strong', {}, String(r.predicted)), el('span', {}, ` ${fmt(strings.predictedRange, r.low, r.high)} · `), el('strong', {}, pct(r.passChance)), el('span', {}, ` ${fmt(strings.chanceToPass, exam.passScore)}`)),
    el('p', { class: 'verdict' }, fmt(strings.verdictLine, verdict, r.seen, r.total)),
    gauge,
    el('div', { class: 'actions' }, actionButton(strings.takePractice, () => send({ type: 'startExam', exam: exam.code }))),
  );
}

export function domainSection(exam: ExamStatsView, send: (m: { type: 'studyTopic'; topicId: string }) => void): HTMLElement {
  const rows = [...exam.domains].sort((a, b) => a.mastery - b.mastery);
  const list = el('ol', { class: 'domains' });
  for (const d of rows) {
    const weakest = d.topics[0];
    // Sizes go through the CSSOM: the CSP allows no inline style attributes.
    const fill = el('div', { class: `fill ${d.mastery >= exam.cut ? 'pass' : 'fail'}` });
    fill.style.width = `${Math.round(d.mastery * 100)}%`;
    const cut = el('div', { class: 'cut' });
    cut.style.left = `${Math.round(exam.cut * 100)}%`;
    const bar = el('div', { class: 'bar', role: 'img', 'aria-label': fmt(strings.domainBar, d.title, pct(d.mastery), d.weight, pct(exam.cut)) }, fill, cut);
    list.append(el('li', {},
      el('div', { class: 'row-head' }, el('span', { class: 'name' }, `${d.domain}. ${d.title}`), el('span', { class: 'muted' }, fmt(strings.domainLine, pct(d.mastery), d.weight))),
      bar,
      weakest ? actionButton(fmt(strings.studyWeakest, weakest.title, pct(weakest.mastery)), () => send({ type: 'studyTopic', topicId: weakest.id }), 'link') : el('span'),
    ));
  }
  return el('section', { 'aria-labelledby': `dom-${exam.code}` },
    el('h2', { id: `dom-${exam.code}` }, fmt(strings.byDomainWeakest, exam.code)),
    list,
    dataTable(fmt(strings.masteryByDomain, exam.code), [strings.colDomain, strings.colMastery, strings.colWeight, strings.colExpected], rows.map((d) => [`${d.domain}. ${d.title}`, pct(d.mastery), `${d.weight}%`, pct(d.expected)])),
  );
}

export function forecastSection(view: StatsView): HTMLElement {
  const days = view.forecast;
  const max = Math.max(1, ...days.map((d) => d.learning + d.review + d.new));
  const W = 600;
  const H = 120;
  const bw = W / days.length;
  // One path per series (a rectangle per day in each), stacked review, learning, new.
  const series = { review: '', learning: '', new: '' };
  days.forEach((d, i) => {
    let y = H;
    for (const kind of ['review', 'learning', 'new'] as const) {
      const h = (d[kind] / max) * (H - 10);
      if (h <= 0) continue;
      y -= h;
      const w = Math.max(1, bw - 2);
      series[kind] += ['M', (i * bw + 1).toFixed(2), ',', y.toFixed(2), 'h', w.toFixed(2), 'v', h.toFixed(2), 'h', (-w).toFixed(2), 'z'].join('');
    }
  });
  const bars = Object.entries(series).filter(([, d]) => d).map(([kind, d]) => svg('path', { d, class: `seg ${kind}` }));
  const total = days.reduce((s, d) => s + d.review + d.learning, 0);
  return el('section', { 'aria-labelledby': 'forecast' },
    el('h2', { id: 'forecast' }, strings.forecastTitle),
    el('p', { class: 'muted' }, `${fmt(strings.forecastLine, total, days[0].review + days[0].learning)} `, legend(['review', strings.legendReview], ['learning', strings.legendLearning], ['new', strings.legendNew])),
    chart(fmt(strings.forecastChart, total), W, H, ...bars),
    dataTable(strings.forecastTable, [strings.colDay, strings.colReview, strings.colLearning, strings.colNew], days.map((d) => [d.day, d.review, d.learning, d.new])),
  );
}

export function activitySection(view: StatsView): HTMLElement {
  const cells = view.activity.cells;
  const max = Math.max(1, ...cells.map((c) => c.reviews));
  const size = 11;
  const firstDow = new Date(`${cells[0].day}T12:00:00`).getDay();
  const rects = cells.map((c, i) => {
    const slot = i + firstDow;
    const level = c.reviews === 0 ? 0 : Math.min(4, 1 + Math.floor((c.reviews / max) * 3.999));
    return svg('rect', { x: Math.floor(slot / 7) * (size + 2), y: (slot % 7) * (size + 2), width: size, height: size, rx: 2, class: `day l${level}` }, svg('title', {}, c.reviews === 1 ? fmt(strings.dayOneReview, c.day) : fmt(strings.dayReviews, c.day, c.reviews)));
  });
  const weeks = Math.ceil((cells.length + firstDow) / 7);
  const a = view.activity;
  return el('section', { 'aria-labelledby': 'activity' },
    el('h2', { id: 'activity' }, strings.activityTitle),
    el('p', { class: 'muted' }, a.currentStreak === 1 ? fmt(strings.activityLineOne, a.total, a.longestStreak) : fmt(strings.activityLine, a.total, a.currentStreak, a.longestStreak)),
    chart(fmt(strings.activityChart, a.total, a.currentStreak, a.longestStreak), weeks * (size + 2), 7 * (size + 2), ...rects),
    dataTable(strings.daysWithReviews, [strings.colDay, strings.colReviews], cells.filter((c) => c.reviews > 0).map((c) => [c.day, c.reviews])),
  );
}

export function memorySection(view: StatsView): HTMLElement {
  const s = view.states;
  const total = Math.max(1, s.new + s.learning + s.review + s.relearning);
  const W = 600;
  let x = 0;
  const segs = (['review', 'learning', 'relearning', 'new'] as const).map((k) => {
    const w = (s[k] / total) * W;
    const r = svg('rect', { x, y: 0, width: w, height: 18, class: `seg ${k}` });
    x += w;
    return r;
  });
  const retention = el('ul', { class: 'retention' },
    ...view.retention.map((r) => el('li', {}, el('strong', {}, r.rate === undefined ? '—' : pct(r.rate)), el('span', { class: 'muted' }, ` ${fmt(strings.retentionWindow, r.windowDays, r.reviews)}`))),
    el('li', {}, el('strong', {}, pct(view.desiredRetention)), el('span', { class: 'muted' }, ` ${strings.desiredRetention}`)),
  );
  return el('section', { 'aria-labelledby': 'memory' },
    el('h2', { id: 'memory' }, strings.memoryTitle),
    retention,
    el('p', { class: 'muted' }, `${fmt(strings.statesLine, s.review, s.learning, s.relearning, s.new)} · ${s.leeches === 1 ? strings.leechOne : fmt(strings.leechMany, s.leeches)}${view.averageAnswerMs === undefined ? '' : ` · ${fmt(strings.perAnswer, (view.averageAnswerMs / 1000).toFixed(1))}`}`),
    chart(fmt(strings.statesChart, s.review, s.learning, s.relearning, s.new), W, 18, ...segs),
    dataTable(strings.trueRetention, [strings.colWindow, strings.colReviews, strings.colPassed, strings.colRetention], view.retention.map((r) => [fmt(strings.windowDays, r.windowDays), r.reviews, r.passed, r.rate === undefined ? strings.noReviews : pct(r.rate)])),
  );
}

export function historySection(exam: ExamStatsView): HTMLElement {
  const W = 600;
  const H = 140;
  const y = (score: number) => H - 10 - ((score - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)) * (H - 20);
  const n = exam.history.length;
  const x = (i: number) => (n <= 1 ? W / 2 : 20 + (i / (n - 1)) * (W - 40));
  const cal = exam.calibration;
  // Calibration on the same axes: a ring at the score predicted when the attempt started, joined to the score it got.
  const predictedAt = new Map(cal.points.map((p) => [p.at, p.predicted]));
  const predicted = exam.history.flatMap((h, i) => {
    const p = predictedAt.get(h.at);
    return p === undefined ? [] : [
      svg('line', { x1: x(i), x2: x(i), y1: y(p), y2: y(h.scaled), class: 'miss' }),
      svg('circle', { cx: x(i), cy: y(p), r: 5, class: 'predicted' }, svg('title', {}, historyPoint(h.at.slice(0, 10), h.scaled, p))),
    ];
  });
  const points = exam.history.map((h, i) => svg('circle', { cx: x(i), cy: y(h.scaled), r: 5, class: h.passed ? 'marker pass' : 'marker fail' }, svg('title', {}, historyPoint(h.at.slice(0, 10), h.scaled, predictedAt.get(h.at)))));
  const line = n > 1 ? [svg('polyline', { points: exam.history.map((h, i) => `${x(i)},${y(h.scaled)}`).join(' '), class: 'trend' })] : [];
  const section = el('section', { 'aria-labelledby': `hist-${exam.code}` }, el('h2', { id: `hist-${exam.code}` }, fmt(strings.practiceExams, exam.code)));
  if (n === 0) {
    section.append(el('p', { class: 'empty' }, strings.noPracticeYet));
    return section;
  }
  section.append(
    ...(predicted.length ? [el('p', { class: 'muted' }, legend(['score', strings.historyScore], ['predicted', strings.historyPredicted]))] : []),
    chart(`${fmt(strings.historyChart, n, exam.passScore)}${cal.points.length ? `; ${cal.points.map((p) => historyPoint(p.at.slice(0, 10), p.actual, p.predicted)).join('; ')}` : ''}`, W, H,
      svg('line', { x1: 0, x2: W, y1: y(exam.passScore), y2: y(exam.passScore), class: 'passline' }), ...line, ...predicted, ...points),
    el('p', { class: 'muted' }, cal.meanAbsoluteError === undefined ? strings.predictionsRecorded
      : cal.points.length === 1 ? fmt(strings.calibrationOne, Math.round(cal.meanAbsoluteError)) : fmt(strings.calibrationMany, cal.points.length, Math.round(cal.meanAbsoluteError))),
    dataTable(fmt(strings.practiceExams, exam.code), [strings.colDate, strings.colScore, strings.colExamPassed], exam.history.map((h) => [h.at.slice(0, 10), h.scaled, h.passed ? strings.yes : strings.no])),
    ...(cal.points.length ? [dataTable(strings.predictedVsActual, [strings.colDate, strings.colPredicted, strings.colActual], cal.points.map((p) => [p.at.slice(0, 10), p.predicted, p.actual]))] : []),
  );
  return section;
}

function legend(...items: [string, string][]): HTMLElement {
  return el('span', { class: 'legend', 'aria-hidden': 'true' }, ...items.map(([k, t]) => el('span', {}, el('i', { class: `swatch ${k}` }), t)));
}

function actionButton(label: string, onClick: () => void, kind = 'primary'): HTMLButtonElement {
  const b = el('button', { type: 'button', class: kind }, label);
  b.addEventListener('click', onClick);
  return b;
}
