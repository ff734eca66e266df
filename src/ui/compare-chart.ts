/**
 * The comparison's scatter chart: society's cost against the ZRM gain, every team as
 * one series of the same shape and each landmark route as its own series with its
 * own shape and a name beside its point, so a room tells them apart without colour.
 * chart.js is loaded with import() when the chart is first drawn; the figures are
 * also in a table and the chart is summed up in one sentence.
 */
import { html, type TemplateResult } from 'lit-html';
import { ref } from 'lit-html/directives/ref.js';
import type { Chart, ChartConfiguration, Plugin } from 'chart.js';
import { currentLang, formatDecimal, formatMoney, localeOf, t } from '../services/i18n';
import { scrollRegion } from './dom';

/** One point: a team or a landmark route, with the engine's figures. */
export interface ComparePoint {
  readonly label: string;
  readonly landmark: boolean;
  /** Society's cost in cents. */
  readonly cost: number;
  readonly gain: number;
}

export interface CompareChartSpec {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly points: readonly ComparePoint[];
}

let chartJs: Promise<typeof import('chart.js')> | undefined;

function loadChartJs(): Promise<typeof import('chart.js')> {
  chartJs ??= import('chart.js').then((mod) => {
    mod.Chart.register(mod.ScatterController, mod.PointElement, mod.LinearScale, mod.Legend, mod.Tooltip);
    return mod;
  });
  return chartJs;
}

const INK = '#1f2a44';
const LANDMARK_STYLES = [
  { pointStyle: 'triangle', colour: '#c8553d' },
  { pointStyle: 'rectRot', colour: '#e9c46a' },
  { pointStyle: 'star', colour: '#0b5cad' },
] as const;

const signed = (v: number): string => `${v > 0 ? '+' : ''}${formatDecimal(v, 2)}`;

/** Writes each landmark's name beside its point: on a projector a legend alone is too far away. */
const landmarkNames: Plugin<'scatter'> = {
  id: 'landmarkNames',
  afterDatasetsDraw(chart) {
    const g = chart.ctx;
    g.save();
    g.font = "bold 13px 'Atkinson Hyperlegible', system-ui, sans-serif";
    g.fillStyle = INK;
    chart.data.datasets.forEach((dataset, i) => {
      if (i === 0) return;
      const point = chart.getDatasetMeta(i).data[0];
      if (!point) return;
      const text = String(dataset.label ?? '');
      // Near the right edge the name goes to the left of its point, so it is never cut off.
      const width = g.measureText(text).width;
      const x = point.x + 14 + width > chart.chartArea.right ? point.x - 14 - width : point.x + 14;
      g.fillText(text, x, point.y - 10);
    });
    g.restore();
  },
};

function configOf(spec: CompareChartSpec): ChartConfiguration<'scatter'> {
  const font = { family: "'Atkinson Hyperlegible', system-ui, sans-serif", size: 13 };
  const teams = spec.points.filter((p) => !p.landmark);
  const landmarks = spec.points.filter((p) => p.landmark);
  const xy = (p: ComparePoint) => ({ x: p.cost / 100, y: p.gain });
  return {
    type: 'scatter',
    data: {
      datasets: [
        {
          label: t('compare.chart.teams'),
          data: teams.map(xy),
          backgroundColor: 'rgba(31, 122, 112, 0.75)',
          borderColor: INK,
          pointStyle: 'circle',
          pointRadius: 7,
        },
        ...landmarks.map((p, k) => {
          const style = LANDMARK_STYLES[k % LANDMARK_STYLES.length] ?? LANDMARK_STYLES[0];
          return {
            label: p.label,
            data: [xy(p)],
            backgroundColor: style.colour,
            borderColor: INK,
            borderWidth: 2,
            pointStyle: style.pointStyle,
            pointRadius: 12,
          };
        }),
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      // Points that fly in only delay the room: the chart appears at once, and prints as drawn.
      animation: false,
      locale: localeOf(),
      color: INK,
      font,
      plugins: {
        legend: { labels: { usePointStyle: true, color: INK, font } },
        tooltip: {
          callbacks: {
            label: (item) => {
              const p = item.datasetIndex === 0 ? teams[item.dataIndex] : landmarks[item.datasetIndex - 1];
              return p ? `${p.label}: ${formatMoney(p.cost)}, ${signed(p.gain)}` : '';
            },
          },
        },
      },
      scales: {
        x: {
          type: 'linear',
          title: { display: true, text: t('compare.chart.x'), color: INK, font },
          ticks: { color: INK, callback: (v) => formatMoney(Math.round(Number(v) * 100), { whole: true }) },
        },
        y: {
          type: 'linear',
          title: { display: true, text: t('compare.chart.y'), color: INK, font },
          ticks: { color: INK, callback: (v) => formatDecimal(Number(v), 2) },
        },
      },
    },
    plugins: [landmarkNames],
  };
}

/** The chart drawn on each canvas, and what it was drawn from, so an unchanged render leaves it alone. */
const drawn = new WeakMap<HTMLCanvasElement, { chart: Chart<'scatter'>; print: string }>();
/** The charts on the page, so they can be fitted to the paper before printing (chart.js does not do it by itself). */
const live = new Set<Chart<'scatter'>>();
let printListening = false;

function fitForPrint(): void {
  for (const chart of live) {
    if (chart.canvas.isConnected) chart.resize();
    else live.delete(chart);
  }
}

async function draw(canvas: HTMLCanvasElement, spec: CompareChartSpec): Promise<void> {
  const print = JSON.stringify([spec, currentLang()]);
  if (drawn.get(canvas)?.print === print) return;
  const { Chart } = await loadChartJs();
  if (!canvas.isConnected) return;
  const known = drawn.get(canvas);
  if (known?.print === print) return;
  if (known) {
    live.delete(known.chart);
    known.chart.destroy();
  }
  const chart = new Chart(canvas, configOf(spec));
  drawn.set(canvas, { chart, print });
  live.add(chart);
  if (!printListening) {
    printListening = true;
    window.addEventListener('beforeprint', fitForPrint);
    window.addEventListener('afterprint', fitForPrint);
  }
  canvas.dataset.drawn = 'true';
}

function dataTable(spec: CompareChartSpec): TemplateResult {
  return html`<table class="data chart-data" id=${`${spec.id}-table`}>
    <caption>
      ${spec.title}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('compare.team')}</th>
        <th scope="col" class="num">${t('compare.chart.x')}</th>
        <th scope="col" class="num">${t('compare.chart.y')}</th>
      </tr>
    </thead>
    <tbody>
      ${spec.points.map(
        (p) =>
          html`<tr>
            <th scope="row">${p.label}</th>
            <td class="num" data-value=${String(p.cost)}>${formatMoney(p.cost)}</td>
            <td class="num" data-value=${String(p.gain)}>${signed(p.gain)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The chart as a figure: title, canvas named by its summary, the sentence as caption, the figures in a table. */
export function compareChart(spec: CompareChartSpec): TemplateResult {
  const canvasRef = (el: Element | undefined): void => {
    if (el instanceof HTMLCanvasElement) void draw(el, spec);
  };
  return html`<figure class="chart chart-scatter" id=${spec.id} aria-labelledby=${`${spec.id}-title`}>
    <h3 class="chart-title" id=${`${spec.id}-title`}>${spec.title}</h3>
    <div class="chart-box">
      <canvas id=${`${spec.id}-canvas`} role="img" aria-label=${`${spec.title}. ${spec.summary}`} ${ref(canvasRef)}></canvas>
    </div>
    <figcaption class="chart-summary">${spec.summary}</figcaption>
    <details class="chart-figures">
      <summary>${t('compare.chart.figures')}</summary>
      ${scrollRegion(spec.title, dataTable(spec))}
    </details>
  </figure>`;
}
