/**
 * Charts of the engine's figures: a <figure> with a chart.js canvas, a one-sentence
 * summary as its caption and the same figures as a real table. chart.js is loaded
 * with import(), never at the menu: in idle time once a case is under way, or the
 * first time a chart is drawn. The figure, its summary and its table are in the page
 * at once; the canvases are drawn one at a time afterwards (the ones in view first),
 * each in a task of its own, so the click that opens a screen does not wait for them.
 * chart.js draws the axes; this module only hands it the figures and the words.
 */
import { html, nothing, type ElementPart, type TemplateResult } from 'lit-html';
import { AsyncDirective, PartType, directive, type PartInfo } from 'lit-html/async-directive.js';
import { noChange } from 'lit-html';
import type { Chart, ChartConfiguration, ChartDataset } from 'chart.js';
import { currentLang, formatDecimal, formatMoney, localeOf, t } from '../services/i18n';
import { scrollRegion } from './dom';

/** How a chart's values read: money in cents, or a plain number with the given decimals. */
export type ChartUnit = { readonly type: 'money' } | { readonly type: 'number'; readonly digits: number };

/** One series of a bar or line chart: a value per category (money in cents). */
export interface ChartSeries {
  readonly label: string;
  readonly values: readonly number[];
}

/** One point of a scatter chart. */
export interface ChartPoint {
  readonly label: string;
  readonly x: number;
  readonly y: number;
}

interface ChartBase {
  /** The figure's id; the canvas and the table derive theirs from it. */
  readonly id: string;
  readonly title: string;
  /** One sentence that says what the chart shows (the figure's caption). */
  readonly summary: string;
}

/** Grouped bars or lines over the same categories. */
export interface SeriesChart extends ChartBase {
  readonly kind: 'bar' | 'line';
  /** The categories along the horizontal axis (payers, months). */
  readonly categories: readonly string[];
  /** The header over the categories in the data table. */
  readonly categoryLabel: string;
  readonly series: readonly ChartSeries[];
  readonly unit: ChartUnit;
  readonly yLabel?: string;
}

/** Points, each named, on two axes. */
export interface ScatterChart extends ChartBase {
  readonly kind: 'scatter';
  readonly pointLabel: string;
  readonly points: readonly ChartPoint[];
  readonly xLabel: string;
  readonly yLabel: string;
  readonly xUnit: ChartUnit;
  readonly yUnit: ChartUnit;
}

export type ChartSpec = SeriesChart | ScatterChart;

/** A value in words, as the data table and the tooltips show it. */
export function formatValue(value: number, unit: ChartUnit): string {
  return unit.type === 'money' ? formatMoney(value) : formatDecimal(value, unit.digits);
}

/** Chart.js gets euros, not cents: its axes then count in euros. */
const plotted = (value: number, unit: ChartUnit): number => (unit.type === 'money' ? value / 100 : value);

const tick = (value: number, unit: ChartUnit): string =>
  unit.type === 'money' ? formatMoney(Math.round(value * 100), { whole: true }) : formatDecimal(value, unit.digits);

const FONT_FAMILY = "'Atkinson Hyperlegible', system-ui, sans-serif";
const INK = '#1f2a44';

type ChartJs = typeof import('chart.js');

let chartJs: Promise<ChartJs> | undefined;
/** chart.js once it is loaded and registered. */
let loaded: ChartJs | undefined;

/** Loads chart.js once, with only the parts these charts use. */
function loadChartJs(): Promise<ChartJs> {
  chartJs ??= import('chart.js').then((mod) => {
    mod.Chart.register(
      mod.BarController,
      mod.LineController,
      mod.ScatterController,
      mod.BarElement,
      mod.LineElement,
      mod.PointElement,
      mod.CategoryScale,
      mod.LinearScale,
      mod.Legend,
      mod.Tooltip,
    );
    // Axes, legends and tooltips in the game's typeface.
    mod.Chart.defaults.font.family = FONT_FAMILY;
    mod.Chart.defaults.font.size = 13;
    mod.Chart.defaults.color = INK;
    loaded = mod;
    return mod;
  });
  return chartJs;
}

/**
 * Runs work in a task after the next frame: the page has then laid out what the
 * screen just added, and a chart that measures its box does not pay for that layout.
 */
function afterNextFrame(work: () => void): void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    work();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
  // A page out of view draws no frames: the work then runs all the same.
  setTimeout(once, 100);
}

/** Runs work when the page is idle (or soon, where the browser cannot tell). */
function whenIdle(work: () => void, timeout: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout });
  else setTimeout(work, 0);
}

/**
 * Loads chart.js in idle time, then draws one small chart of each kind off screen,
 * each in an idle moment of its own: the first chart of a kind costs several times
 * what the next one does (the browser compiles chart.js's drawing code on first use),
 * and that first one is then not the one the player waits for.
 */
export function preloadCharts(): void {
  if (chartJs) return;
  whenIdle(
    () =>
      void loadChartJs().then((mod) => {
        const kinds: ChartSpec['kind'][] = ['bar', 'line', 'scatter'];
        const next = (): void => {
          const kind = kinds.shift();
          if (kind)
            whenIdle(() => {
              warmUp(mod, kind);
              next();
            }, 2000);
        };
        next();
      }, forgetFailedLoad),
    2000,
  );
}

/** A load that failed (the network went away) is tried again by the next chart that needs it. */
function forgetFailedLoad(): void {
  chartJs = undefined;
}

/** The kinds of chart drawn at least once on this page. */
const drawnKinds = new Set<ChartSpec['kind']>();

/** Figures that only exercise a chart of the given kind: never shown, drawn and removed in the same task. */
function warmUpSpec(kind: ChartSpec['kind']): ChartSpec {
  const base = { id: 'chart-warm-up', title: '', summary: '' };
  if (kind === 'scatter') {
    const unit = { type: 'money' } as const;
    const points = [0, 1, 2].map((k) => ({ label: String(k), x: k * 100_00, y: k }));
    return { ...base, kind, pointLabel: '', points, xLabel: 'x', yLabel: 'y', xUnit: unit, yUnit: { type: 'number', digits: 2 } };
  }
  const series = [0, 1, 2].map((k) => ({ label: String(k), values: [k * 100_00, 50_00, 0] }));
  return { ...base, kind, categories: ['a', 'b', 'c'], categoryLabel: '', series, unit: { type: 'money' }, yLabel: 'y' };
}

function warmUp(mod: ChartJs, kind: ChartSpec['kind']): void {
  if (drawnKinds.has(kind) || typeof document === 'undefined') return;
  drawnKinds.add(kind);
  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.style.cssText = 'position:fixed;left:-10000px;top:0;width:480px;height:240px;visibility:hidden';
  const canvas = document.createElement('canvas');
  box.append(canvas);
  document.body.append(box);
  try {
    new mod.Chart(canvas, configOf(warmUpSpec(kind), canvas)).destroy();
  } finally {
    box.remove();
  }
}

/** The phases of a case before its outcome: time enough to load chart.js before the charts are shown. */
const CASE_PHASES = new Set(['intake', 'plan', 'run', 'decision', 'review']);

/** Preloads chart.js once the page says a case is under way (its data-phase), never at the menu. */
function preloadWhenACaseRuns(): void {
  if (typeof document === 'undefined' || typeof MutationObserver !== 'function') return;
  const root = document.documentElement;
  const observer = new MutationObserver(() => check());
  const check = (): void => {
    if (!CASE_PHASES.has(root.dataset.phase ?? '')) return;
    observer.disconnect();
    preloadCharts();
  };
  observer.observe(root, { attributes: true, attributeFilter: ['data-phase'] });
  check();
}
preloadWhenACaseRuns();

/** Colours from the game's palette, each series also told apart by a pattern, a dash or a point shape. */
const PALETTE = ['#1f7a70', '#c8553d', '#e9c46a', '#0b5cad', '#6a994e', '#4d5670'] as const;
const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot'] as const;
const DASHES: readonly number[][] = [[], [8, 4], [2, 3], [12, 3, 2, 3], [4, 4], [1, 1]];

const colour = (k: number): string => PALETTE[k % PALETTE.length] ?? '#1f2a44';

/** Bars after the first carry stripes or dots, so the series differ without colour too. */
function barFill(k: number, canvas: HTMLCanvasElement): string | CanvasPattern {
  const base = colour(k);
  if (k === 0) return base;
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const g = tile.getContext('2d');
  if (!g) return base;
  g.fillStyle = base;
  g.fillRect(0, 0, 8, 8);
  g.strokeStyle = '#ffffff';
  g.fillStyle = '#ffffff';
  g.lineWidth = 2;
  if (k % 2 === 1) {
    g.beginPath();
    g.moveTo(0, 8);
    g.lineTo(8, 0);
    g.stroke();
  } else {
    g.beginPath();
    g.arc(4, 4, 1.5, 0, Math.PI * 2);
    g.fill();
  }
  return canvas.getContext('2d')?.createPattern(tile, 'repeat') ?? base;
}

function configOf(spec: ChartSpec, canvas: HTMLCanvasElement): ChartConfiguration {
  const ink = INK;
  const font = { family: FONT_FAMILY, size: 13 };
  const common = {
    responsive: true,
    maintainAspectRatio: false,
    // Charts appear as they are, without growing in: the same picture, for everyone, without a frame of work per moment.
    animation: false as const,
    locale: localeOf(),
    color: ink,
  };
  const axisTitle = (text: string | undefined) => (text ? { display: true, text, color: ink, font } : { display: false });
  if (spec.kind === 'scatter') {
    const data = spec.points.map((p) => ({ x: plotted(p.x, spec.xUnit), y: plotted(p.y, spec.yUnit) }));
    const datasets: ChartDataset<'scatter'>[] = spec.points.map((p, k) => ({
      label: p.label,
      data: data.slice(k, k + 1),
      backgroundColor: colour(k),
      borderColor: ink,
      pointStyle: POINT_STYLES[k % POINT_STYLES.length],
      pointRadius: 8,
      pointHoverRadius: 10,
    }));
    return {
      type: 'scatter',
      data: { datasets },
      options: {
        ...common,
        plugins: {
          legend: { labels: { usePointStyle: true, color: ink, font } },
          tooltip: {
            callbacks: {
              label: (item) => {
                const p = spec.points[item.datasetIndex];
                return p ? `${p.label}: ${formatValue(p.x, spec.xUnit)}, ${formatValue(p.y, spec.yUnit)}` : '';
              },
            },
          },
        },
        scales: {
          // Room around the points, so none sits on the edge of the plot.
          x: {
            type: 'linear',
            grace: '8%',
            title: axisTitle(spec.xLabel),
            ticks: { color: ink, callback: (v) => tick(Number(v), spec.xUnit) },
          },
          y: {
            type: 'linear',
            grace: '8%',
            title: axisTitle(spec.yLabel),
            ticks: { color: ink, callback: (v) => tick(Number(v), spec.yUnit) },
          },
        },
      },
    };
  }
  const labels = [...spec.categories];
  const tooltip = {
    callbacks: {
      label: (item: { datasetIndex: number; dataIndex: number }) => {
        const s = spec.series[item.datasetIndex];
        const v = s?.values[item.dataIndex];
        return s && v !== undefined ? `${s.label}: ${formatValue(v, spec.unit)}` : '';
      },
    },
  };
  const y = {
    type: 'linear' as const,
    title: axisTitle(spec.yLabel),
    ticks: { color: ink, callback: (v: number | string) => tick(Number(v), spec.unit) },
  };
  const x = { type: 'category' as const, ticks: { color: ink, autoSkip: true, maxRotation: 45 } };
  if (spec.kind === 'bar') {
    const datasets: ChartDataset<'bar'>[] = spec.series.map((s, k) => ({
      label: s.label,
      data: s.values.map((v) => plotted(v, spec.unit)),
      backgroundColor: barFill(k, canvas),
      borderColor: colour(k),
      borderWidth: 1,
    }));
    return {
      type: 'bar',
      data: { labels, datasets },
      options: { ...common, plugins: { legend: { labels: { color: ink, font } }, tooltip }, scales: { x, y } },
    };
  }
  const datasets: ChartDataset<'line'>[] = spec.series.map((s, k) => ({
    label: s.label,
    data: s.values.map((v) => plotted(v, spec.unit)),
    borderColor: colour(k),
    backgroundColor: colour(k),
    borderDash: DASHES[k % DASHES.length] ?? [],
    pointStyle: POINT_STYLES[k % POINT_STYLES.length],
    pointRadius: 4,
    borderWidth: 3,
    tension: 0,
  }));
  return {
    type: 'line',
    data: { labels, datasets },
    options: {
      ...common,
      plugins: { legend: { labels: { usePointStyle: true, color: ink, font } }, tooltip },
      scales: { x, y },
    },
  };
}

/** What a spec draws, in a string: a render with the same figures and words leaves the chart alone. */
const fingerprint = (spec: ChartSpec): string => JSON.stringify([spec, currentLang()]);

/**
 * The charts waiting to be drawn, each drawn in a task of its own: the ones in view
 * (or about to be) first, the others when the page is idle. Drawing one chart is a
 * short task; drawing them all at once, with the screen, would be one long one.
 */
const waiting = new Set<ChartDirective>();
const inView = new WeakSet<Element>();
let visibility: IntersectionObserver | undefined;
let pumping = false;

function watchVisibility(canvas: HTMLCanvasElement): void {
  if (typeof IntersectionObserver !== 'function') return;
  visibility ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) inView.add(entry.target);
        else inView.delete(entry.target);
      }
      pump();
    },
    { rootMargin: '200px 0px' },
  );
  visibility.observe(canvas);
}

function unwatchVisibility(canvas: HTMLCanvasElement): void {
  visibility?.unobserve(canvas);
  inView.delete(canvas);
}

/** The next chart to draw: one in view if any, else the first in line (undefined when none waits). */
function nextWaiting(): ChartDirective | undefined {
  for (const chart of waiting) if (chart.visible()) return chart;
  return waiting.values().next().value;
}

/** Draws the waiting charts one per task until none waits. */
function pump(): void {
  if (pumping || waiting.size === 0) return;
  pumping = true;
  const step = (): void => {
    const next = nextWaiting();
    if (!next) {
      pumping = false;
      return;
    }
    if (!loaded) {
      // chart.js is evaluated in a task of its own; the first chart is drawn after it.
      loadChartJs().then(
        () => afterNextFrame(step),
        () => {
          // The tables show the figures meanwhile.
          forgetFailedLoad();
          pumping = false;
        },
      );
      return;
    }
    waiting.delete(next);
    next.drawNow(loaded);
    if (waiting.size === 0) {
      pumping = false;
      return;
    }
    // A chart in view is drawn after the next frame; the others wait until the page is idle.
    if (nextWaiting()?.visible()) afterNextFrame(step);
    else whenIdle(step, 1000);
  };
  afterNextFrame(step);
}

/** Paper shows every chart: the ones still waiting are drawn before printing. */
function drawAllNow(): void {
  if (!loaded) return;
  for (const chart of [...waiting]) {
    waiting.delete(chart);
    chart.drawNow(loaded);
  }
}
if (typeof window !== 'undefined') window.addEventListener('beforeprint', drawAllNow);

/** Keeps one chart.js chart on its canvas: drawn in its turn, updated when the figures or words change, destroyed when gone. */
class ChartDirective extends AsyncDirective {
  private chart: Chart | undefined;
  private canvas: HTMLCanvasElement | undefined;
  private spec: ChartSpec | undefined;
  private drawn = '';

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('chart() belongs on a <canvas> element');
  }

  render(spec: ChartSpec): unknown {
    void spec;
    return noChange;
  }

  override update(part: ElementPart, [spec]: [ChartSpec]): unknown {
    const canvas = part.element as HTMLCanvasElement;
    if (canvas !== this.canvas) {
      if (this.canvas) unwatchVisibility(this.canvas);
      this.canvas = canvas;
      watchVisibility(canvas);
    }
    this.spec = spec;
    if (fingerprint(spec) !== this.drawn) this.schedule();
    return noChange;
  }

  /** True when the canvas is in view or close to it. */
  visible(): boolean {
    return this.canvas !== undefined && inView.has(this.canvas);
  }

  private schedule(): void {
    waiting.add(this);
    pump();
  }

  /** Draws or updates the chart now, with chart.js loaded. */
  drawNow({ Chart }: ChartJs): void {
    const { canvas, spec } = this;
    if (!canvas || !spec || !this.isConnected) return;
    const print = fingerprint(spec);
    if (print === this.drawn && this.chart) return;
    this.drawn = print;
    const config = configOf(spec, canvas);
    if (this.chart && this.chart.canvas === canvas && (this.chart.config as { type?: string }).type === config.type) {
      this.chart.data = config.data;
      if (config.options) this.chart.options = config.options;
      this.chart.update('none');
    } else {
      this.chart?.destroy();
      this.chart = new Chart(canvas, config);
    }
    drawnKinds.add(spec.kind);
    canvas.dataset.drawn = 'true';
  }

  protected override disconnected(): void {
    waiting.delete(this);
    if (this.canvas) unwatchVisibility(this.canvas);
    // The canvas has left the page: the chart is taken down when the page is idle, not in the click that left.
    const gone = this.chart;
    if (gone) whenIdle(() => gone.destroy(), 1000);
    this.chart = undefined;
    this.drawn = '';
  }

  protected override reconnected(): void {
    if (this.canvas) watchVisibility(this.canvas);
    this.schedule();
  }
}

const chartOn = directive(ChartDirective);

function seriesTable(spec: SeriesChart): TemplateResult {
  return html`<table class="data chart-data" id=${`${spec.id}-table`}>
    <caption>
      ${spec.title}
    </caption>
    <thead>
      <tr>
        <th scope="col">${spec.categoryLabel}</th>
        ${spec.series.map((s) => html`<th scope="col" class="num">${s.label}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${spec.categories.map(
        (c, i) =>
          html`<tr>
            <th scope="row">${c}</th>
            ${spec.series.map((s) => {
              const v = s.values[i] ?? 0;
              return html`<td class="num" data-label=${s.label} data-value=${String(v)}>${formatValue(v, spec.unit)}</td>`;
            })}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function scatterTable(spec: ScatterChart): TemplateResult {
  return html`<table class="data chart-data" id=${`${spec.id}-table`}>
    <caption>
      ${spec.title}
    </caption>
    <thead>
      <tr>
        <th scope="col">${spec.pointLabel}</th>
        <th scope="col" class="num">${spec.xLabel}</th>
        <th scope="col" class="num">${spec.yLabel}</th>
      </tr>
    </thead>
    <tbody>
      ${spec.points.map(
        (p) =>
          html`<tr>
            <th scope="row">${p.label}</th>
            <td class="num" data-label=${spec.xLabel} data-value=${String(p.x)}>${formatValue(p.x, spec.xUnit)}</td>
            <td class="num" data-label=${spec.yLabel} data-value=${String(p.y)}>${formatValue(p.y, spec.yUnit)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * A chart as a figure: its title, the canvas (named by the title and the summary for
 * a screen reader), the one-sentence summary as caption, and the figures in a table
 * under "Cijfers bij de grafiek". Renders again in the current language with the screen.
 */
export function chartFigure(spec: ChartSpec, extra?: TemplateResult): TemplateResult {
  const table = spec.kind === 'scatter' ? scatterTable(spec) : seriesTable(spec);
  return html`<figure class="chart chart-${spec.kind}" id=${spec.id} aria-labelledby=${`${spec.id}-title`}>
    <h4 class="chart-title" id=${`${spec.id}-title`}>${spec.title}</h4>
    <div class="chart-box">
      <canvas id=${`${spec.id}-canvas`} role="img" aria-label=${`${spec.title}. ${spec.summary}`} ${chartOn(spec)}></canvas>
    </div>
    <figcaption class="chart-summary">${spec.summary}</figcaption>
    ${extra ?? nothing}
    <details class="chart-figures">
      <summary>${t('charts.figures')}</summary>
      ${scrollRegion(spec.title, table)}
    </details>
  </figure>`;
}
