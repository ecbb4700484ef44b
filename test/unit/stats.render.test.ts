// The statistics webview in a DOM: it draws every chart with a text alternative, shows an empty
// state first, renders names as text, and sends only protocol messages back.
import * as assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import type { Catalog } from '../../src/core/bank/model';
import { newCard, review } from '../../src/core/progress/scheduler';
import type { CardRecord } from '../../src/core/progress/model';
import { buildStatsView } from '../../src/core/stats/statsView';
import { stringsBlock } from './pageStrings';
import { parseStatsMessage, STATS_DATA_ID, type StatsFromWebview, type StatsView } from '../../src/shared/statsView';
import { webviewHtml } from '../../src/host/panels/webviewHtml';
import { embeddedView, firstView } from '../../src/webview/stats/embedded';
import * as vscode from 'vscode';

const NOW = new Date(2026, 11, 2, 10);
const catalog: Catalog = {
  format: 1,
  exams: [{ code: 'MLA-C01', name: 'ML Engineer', guide: '1.0', questions: 65, scored: 50, minutes: 130, passScore: 720, domains: [
    { number: 1, title: 'Data <script>alert(1)</script>', weight: 60, examQuestions: 39 },
    { number: 2, title: 'Models', weight: 40, examQuestions: 26 },
  ] }],
  banks: [],
  topics: [
    { id: 't1', title: 'Storage <img src=x onerror=alert(1)>', summary: '', exam: 'MLA-C01', domain: 1, bank: 'b' },
    { id: 't2', title: 'Tuning', summary: '', exam: 'MLA-C01', domain: 2, bank: 'b' },
  ],
  cases: [],
  questions: ['q1', 'q2', 'q3', 'q4'].map((id, i) => ({ id, topic: i < 2 ? 't1' : 't2', type: 'single', difficulty: 2, stem: [], explanation: [], terms: [], links: [], tags: [], choices: [] })),
  terms: [],
};

function learnerView(): StatsView {
  const day = 86_400_000;
  let card = newCard(new Date(NOW.getTime() - 10 * day));
  card = review(card, 3, new Date(NOW.getTime() - 10 * day), { retention: 0.9 });
  const record: CardRecord = { attempts: 1, correct: 1, first: card.last_review!, last: card.last_review!, lastCorrect: true, card };
  return buildStatsView({
    catalog,
    cards: new Map([['q1', record]]),
    reviews: [{ at: NOW.getTime() - 10 * day, id: 'q1', grade: 3, elapsedDays: 0, answerMs: 9000 }, { at: NOW.getTime() - 2 * day, id: 'q3', grade: 1, elapsedDays: 3 }],
    history: [{ examCode: 'MLA-C01', finishedAt: '2026-11-30T10:00:00Z', scaled: 690, passed: false }],
    predictions: [{ examCode: 'MLA-C01', at: '2026-11-30T10:00:00Z', predicted: 650, actual: 690 }],
    mastery: (id) => (id === 'q1' ? 0.8 : undefined),
    now: NOW,
    horizonText: 'in 7 days',
    desiredRetention: 0.9,
    newPerDay: 10,
  });
}

describe('statistics webview rendering', () => {
  const dom = new JSDOM(`<!DOCTYPE html><body><main id="app"></main>${stringsBlock('stats')}</body>`, { url: 'https://webview.test/' });
  const posted: StatsFromWebview[] = [];
  const g = globalThis as unknown as Record<string, unknown>;
  const keys = ['window', 'document', 'Node', 'HTMLElement', 'MessageEvent', 'acquireVsCodeApi'];
  // Other webview tests set these globals when their file loads: keep theirs and give them back.
  let saved = new Map<string, unknown>();
  const send = (view: StatsView) => dom.window.dispatchEvent(new dom.window.MessageEvent('message', { data: { type: 'stats', view } }));
  const app = () => dom.window.document.getElementById('app')!;

  before(async () => {
    saved = new Map(keys.map((k) => [k, g[k]]));
    for (const k of keys.slice(0, 5)) g[k] = (dom.window as unknown as Record<string, unknown>)[k];
    let state: unknown;
    g.acquireVsCodeApi = () => ({ postMessage: (m: StatsFromWebview) => posted.push(m), getState: () => state, setState: (s: unknown) => (state = s) });
    await import('../../src/webview/stats/main');
  });
  after(() => {
    for (const [k, v] of saved) g[k] = v;
  });

  it('says ready first, and shows what to do when there is nothing yet', () => {
    assert.deepEqual(posted[0], { type: 'ready' });
    const empty = buildStatsView({ catalog, cards: new Map(), reviews: [], history: [], predictions: [], mastery: () => undefined, now: NOW, horizonText: 'in 7 days', desiredRetention: 0.9, newPerDay: 10 });
    send(empty);
    assert.match(app().textContent ?? '', /Nothing to show yet/);
    assert.equal(app().querySelectorAll('svg.chart').length, 0, 'no empty axes');
    (app().querySelector('section.empty button') as HTMLButtonElement).click();
    assert.deepEqual(posted.at(-1), { type: 'reviewDue' });
  });

  it('draws readiness, domains, forecast, activity, memory and history, each with a text alternative', () => {
    send(learnerView());
    const charts = [...app().querySelectorAll('svg.chart')];
    assert.ok(charts.length >= 5, `${charts.length} charts`);
    for (const c of charts) {
      assert.equal(c.getAttribute('role'), 'img');
      assert.match(c.getAttribute('aria-label') ?? '', /\S{3,}/);
    }
    const captions = [...app().querySelectorAll('table caption')].map((c) => c.textContent);
    for (const t of ['MLA-C01 mastery by domain', 'Reviews due per day', 'True retention', 'MLA-C01 practice exams', 'Predicted against actual']) assert.ok(captions.includes(t), `${t} table`);
    assert.match(app().textContent ?? '', /chance to pass \(720 needed\)/);
    assert.match(app().textContent ?? '', /off by 40 points on average/);
    assert.equal(app().querySelectorAll('rect.day').length, 365, 'one heatmap cell per day');
    // The forecast is one path per series, a rectangle per day with reviews in it.
    const forecast = app().querySelector('section[aria-labelledby="forecast"] svg')!;
    const paths = [...forecast.querySelectorAll('path.seg')].map((p) => p.getAttribute('class'));
    assert.ok(paths.length >= 1 && paths.length <= 3 && new Set(paths).size === paths.length, paths.join(', '));
    assert.equal(forecast.querySelectorAll('rect').length, 0);
    assert.match(app().textContent ?? '', /9\.0 s per answer/);
    const fills = [...app().querySelectorAll<HTMLElement>('.bar .fill')].map((f) => f.style.width);
    assert.ok(fills.includes('40%') && fills.includes('0%'), `bar widths set through the CSSOM: ${fills.join(', ')}`);
    assert.equal(app().querySelectorAll('[style]').length, fills.length * 2, 'no style attribute but the CSSOM-set sizes');
  });

  it('renders names from the banks as text, never as markup', () => {
    assert.equal(app().querySelectorAll('script, img').length, 0);
    assert.match(app().textContent ?? '', /<script>alert\(1\)<\/script>/);
  });

  it('starts a quiz on the weakest topic of a domain', () => {
    const link = [...app().querySelectorAll('button.link')].find((b) => /Storage/.test(b.textContent ?? '')) as HTMLButtonElement;
    link.click();
    assert.deepEqual(posted.at(-1), { type: 'studyTopic', topicId: 't1' });
  });

  it('accepts only protocol messages from the webview, stripped to their fields', () => {
    assert.deepEqual(parseStatsMessage({ type: 'studyTopic', topicId: 't1', extra: 'x'.repeat(10) }), { type: 'studyTopic', topicId: 't1' });
    assert.equal(parseStatsMessage({ type: 'studyTopic', topicId: 5 }), undefined);
    assert.equal(parseStatsMessage({ type: 'openLink', url: 'https://evil.example' }), undefined);
    assert.equal(parseStatsMessage(null), undefined);
  });
});

describe('the statistics page as the host writes it', () => {
  const webview = { cspSource: 'https://resource.test', asWebviewUri: (u: vscode.Uri) => u } as unknown as vscode.Webview;
  const dist = vscode.Uri.file('/ext/dist');
  const view = learnerView();
  const page = (inline?: { script: string; style: string }) => new JSDOM(webviewHtml(webview, dist, {
    title: 'Statistics', script: 'stats.js', style: 'stats.css', strings: { title: 'Statistics' }, data: { [STATS_DATA_ID]: view }, inline, codicons: false,
  })).window.document;

  it('carries its first figures as JSON the page reads back whole, names with markup included', () => {
    const doc = page();
    assert.deepEqual(embeddedView(doc), view);
    assert.match(JSON.stringify(embeddedView(doc)), /Data <script>alert\(1\)<\/script>/);
    // The names' markup stayed in the data: the page has the two data blocks and the bundle, nothing more.
    assert.deepEqual([...doc.querySelectorAll('script')].map((s) => s.getAttribute('type') ?? s.getAttribute('src')?.replace(/^.*\/dist\//, '')), ['application/json', 'application/json', 'webview/stats.js']);
    assert.equal(doc.querySelectorAll('img').length, 0);
  });

  it('keeps the strict CSP: scripts and an inline style only by nonce, no codicons where unused', () => {
    const doc = page({ script: 'document.body.dataset.x = "1";', style: 'body { color: red; }' });
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
    assert.ok(nonce, csp);
    assert.match(csp, /^default-src 'none'; style-src https:\/\/resource\.test 'nonce-[^']+'; font-src https:\/\/resource\.test; img-src https:\/\/resource\.test; script-src 'nonce-[^']+'$/);
    assert.ok([...doc.querySelectorAll('script, style')].every((e) => e.getAttribute('nonce') === nonce), 'every script and style has the nonce');
    assert.equal(doc.querySelectorAll('link').length, 0, 'nothing linked: script and style are in the page');
    assert.equal(doc.querySelector('script:not([type])')?.textContent, 'document.body.dataset.x = "1";');
    assert.equal(doc.querySelector('style')?.textContent, 'body { color: red; }');
  });

  it('draws the newer of its own figures and those a reload of the tab saved', () => {
    const older = { ...view, at: '2026-12-01T10:00:00.000Z' };
    const newer = { ...view, at: '2026-12-02T10:00:00.000Z' };
    assert.equal(firstView(older, newer), newer);
    assert.equal(firstView(newer, older), newer);
    assert.equal(firstView(undefined, older), older);
    assert.equal(firstView(older, undefined), older);
    assert.equal(embeddedView(new JSDOM('<p>no data</p>').window.document), undefined);
  });
});
