// The panel's charts: readiness gauge, domain bars, forecast, activity heatmap, retention, card
// states and exam history. Each returns a section with its chart and its text alternative.
import type { ExamStatsView, StatsView } from '../../shared/statsView';
import { HISTORY_LEGEND, historyPoint } from '../a11yText';
import { el } from '../dom';
import { chart, svg } from './svg';
import { dataTable, pct } from './tables';

const SCALE_MIN = 100;
const SCALE_MAX = 1000;

export function readinessSection(exam: ExamStatsView, send: (m: { type: 'startExam'; exam: string }) => void): HTMLElement {
  const r = exam.readiness;
  const W = 600;
  const x = (score: number) => ((score - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)) * W;
  const label = `Predicted score ${r.predicted} of 1000, 80% between ${r.low} and ${r.high}; pass mark ${exam.passScore}; chance of passing ${pct(r.passChance)}.`;
  const gauge = chart(label, W, 46,
    svg('rect', { x: 0, y: 14, width: W, height: 14, class: 'track', rx: 3 }),
    svg('rect', { x: x(r.low), y: 14, width: Math.max(2, x(r.high) - x(r.low)), height: 14, class: r.predicted >= exam.passScore ? 'band pass' : 'band fail', rx: 3 }),
    svg('line', { x1: x(exam.passScore), x2: x(exam.passScore), y1: 6, y2: 36, class: 'passline' }),
    svg('text', { x: x(exam.passScore), y: 46, class: 'axis', 'text-anchor': 'middle' }, `pass ${exam.passScore}`),
    svg('circle', { cx: x(r.predicted), cy: 21, r: 6, class: 'marker' }),
  );
  const verdict = r.passChance >= 0.8 ? 'Likely to pass' : r.passChance >= 0.5 ? 'Close: more likely to pass than not' : r.passChance >= 0.2 ? 'Not yet: below the pass mark' : 'Far from the pass mark';
  return el('section', { class: 'readiness', 'aria-labelledby': `ready-${exam.code}` },
    el('h2', { id: `ready-${exam.code}` }, `${exam.code}: would you pass today?`),
    el('p', { class: 'big' }, el('strong', {}, String(r.predicted)), el('span', {}, ` predicted · 80% range ${r.low}–${r.high} · `), el('strong', {}, pct(r.passChance)), el('span', {}, ` chance to pass (${exam.passScore} needed)`)),
    el('p', { class: 'verdict' }, `${verdict}. Based on ${r.seen} of ${r.total} questions answered.`),
    gauge,
    el('div', { class: 'actions' }, actionButton(`Take a practice exam to check`, () => send({ type: 'startExam', exam: exam.code }))),
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
    const bar = el('div', { class: 'bar', role: 'img', 'aria-label': `${d.title}: mastery ${pct(d.mastery)}, weight ${d.weight}%, pass line ${pct(exam.cut)}` }, fill, cut);
    list.append(el('li', {},
      el('div', { class: 'row-head' }, el('span', { class: 'name' }, `${d.domain}. ${d.title}`), el('span', { class: 'muted' }, `${pct(d.mastery)} mastery · ${d.weight}% of the exam`)),
      bar,
      weakest ? actionButton(`Study weakest topic: ${weakest.title} (${pct(weakest.mastery)})`, () => send({ type: 'studyTopic', topicId: weakest.id }), 'link') : el('span'),
    ));
  }
  return el('section', { 'aria-labelledby': `dom-${exam.code}` },
    el('h2', { id: `dom-${exam.code}` }, `${exam.code} by domain, weakest first`),
    list,
    dataTable(`${exam.code} mastery by domain`, ['Domain', 'Mastery', 'Weight', 'Expected share right'], rows.map((d) => [`${d.domain}. ${d.title}`, pct(d.mastery), `${d.weight}%`, pct(d.expected)])),
  );
}

export function forecastSection(view: StatsView): HTMLElement {
  const days = view.forecast;
  const max = Math.max(1, ...days.map((d) => d.learning + d.review + d.new));
  const W = 600;
  const H = 120;
  const bw = W / days.length;
  const bars: SVGElement[] = [];
  days.forEach((d, i) => {
    let y = H;
    for (const [kind, n] of [['review', d.review], ['learning', d.learning], ['new', d.new]] as const) {
      const h = (n / max) * (H - 10);
      if (h <= 0) continue;
      y -= h;
      bars.push(svg('rect', { x: i * bw + 1, y, width: Math.max(1, bw - 2), height: h, class: `seg ${kind}` }));
    }
  });
  const total = days.reduce((s, d) => s + d.review + d.learning, 0);
  return el('section', { 'aria-labelledby': 'forecast' },
    el('h2', { id: 'forecast' }, 'Reviews due in the next 30 days'),
    el('p', { class: 'muted' }, `${total} reviews scheduled; ${days[0].review + days[0].learning} today. `, legend(['review', 'Review'], ['learning', 'Learning'], ['new', 'New (daily limit)'])),
    chart(`Reviews due per day for 30 days, ${total} in all`, W, H, ...bars),
    dataTable('Reviews due per day', ['Day', 'Review', 'Learning', 'New'], days.map((d) => [d.day, d.review, d.learning, d.new])),
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
    return svg('rect', { x: Math.floor(slot / 7) * (size + 2), y: (slot % 7) * (size + 2), width: size, height: size, rx: 2, class: `day l${level}` }, svg('title', {}, `${c.day}: ${c.reviews} review${c.reviews === 1 ? '' : 's'}`));
  });
  const weeks = Math.ceil((cells.length + firstDow) / 7);
  const a = view.activity;
  return el('section', { 'aria-labelledby': 'activity' },
    el('h2', { id: 'activity' }, 'Activity over the past year'),
    el('p', { class: 'muted' }, `${a.total} reviews · current streak ${a.currentStreak} day${a.currentStreak === 1 ? '' : 's'} · longest ${a.longestStreak}`),
    chart(`Reviews per day over the past year: ${a.total} in all; current streak ${a.currentStreak} days, longest ${a.longestStreak}`, weeks * (size + 2), 7 * (size + 2), ...rects),
    dataTable('Days with reviews', ['Day', 'Reviews'], cells.filter((c) => c.reviews > 0).map((c) => [c.day, c.reviews])),
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
    ...view.retention.map((r) => el('li', {}, el('strong', {}, r.rate === undefined ? '—' : pct(r.rate)), el('span', { class: 'muted' }, ` last ${r.windowDays} days (${r.reviews} reviews)`))),
    el('li', {}, el('strong', {}, pct(view.desiredRetention)), el('span', { class: 'muted' }, ' desired retention')),
  );
  return el('section', { 'aria-labelledby': 'memory' },
    el('h2', { id: 'memory' }, 'Memory'),
    retention,
    el('p', { class: 'muted' }, `${s.review} in review · ${s.learning} learning · ${s.relearning} relearning · ${s.new} new · ${s.leeches} leech${s.leeches === 1 ? '' : 'es'}${view.averageAnswerMs === undefined ? '' : ` · ${(view.averageAnswerMs / 1000).toFixed(1)} s per answer`}`),
    chart(`Cards by state: ${s.review} review, ${s.learning} learning, ${s.relearning} relearning, ${s.new} new`, W, 18, ...segs),
    dataTable('True retention', ['Window', 'Reviews', 'Passed', 'Retention'], view.retention.map((r) => [`${r.windowDays} days`, r.reviews, r.passed, r.rate === undefined ? 'no reviews' : pct(r.rate)])),
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
  const section = el('section', { 'aria-labelledby': `hist-${exam.code}` }, el('h2', { id: `hist-${exam.code}` }, `${exam.code} practice exams`));
  if (n === 0) {
    section.append(el('p', { class: 'empty' }, 'No practice exam yet. Take one to see your scores here and to check how well the prediction above matches them.'));
    return section;
  }
  section.append(
    ...(predicted.length ? [el('p', { class: 'muted' }, legend(['score', HISTORY_LEGEND.score], ['predicted', HISTORY_LEGEND.predicted]))] : []),
    chart(`${n} practice exam scores; pass mark ${exam.passScore}${cal.points.length ? `; ${cal.points.map((p) => historyPoint(p.at.slice(0, 10), p.actual, p.predicted)).join('; ')}` : ''}`, W, H,
      svg('line', { x1: 0, x2: W, y1: y(exam.passScore), y2: y(exam.passScore), class: 'passline' }), ...line, ...predicted, ...points),
    el('p', { class: 'muted' }, cal.meanAbsoluteError === undefined ? 'Predictions are recorded when an exam starts; they will be compared with your scores here.' : `Prediction vs result over ${cal.points.length} exam${cal.points.length === 1 ? '' : 's'}: off by ${Math.round(cal.meanAbsoluteError)} points on average.`),
    dataTable(`${exam.code} practice exams`, ['Date', 'Score', 'Passed'], exam.history.map((h) => [h.at.slice(0, 10), h.scaled, h.passed ? 'yes' : 'no'])),
    ...(cal.points.length ? [dataTable('Predicted against actual', ['Date', 'Predicted', 'Actual'], cal.points.map((p) => [p.at.slice(0, 10), p.predicted, p.actual]))] : []),
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
