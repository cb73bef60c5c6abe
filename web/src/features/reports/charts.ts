import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartOptions,
  type Plugin,
} from 'chart.js';
import { onScopeDispose, ref, type Ref } from 'vue';

/** Only what the dashboard draws is registered, so the chunk carries only those parts of Chart.js. */
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

declare module 'chart.js' {
  interface PluginOptionsByType<TType> {
    /** Writes each bar's value at its end, so a printout needs no tooltip. */
    valueLabels?: { format: (value: number) => string } | false;
  }
}

export const COLORS = {
  participation: '#0b4f6c',
  completion: '#c77d00',
  literacy: '#1d6b3a',
  target: '#a4161a',
  grid: '#d8dee6',
  ink: '#1a2330',
} as const;

/** One colour per generation, oldest darkest, apart enough for colour-blind readers and in print. */
export const GENERATION_COLORS: Record<string, string> = {
  BOOMER: '#0b4f6c', GEN_X: '#3f88a8', GEN_Y: '#c77d00', GEN_Z: '#e3b448', GEN_ALPHA: '#7a5195',
};

/** Prints the value of every bar (and every line point with a value) above or beside it. */
export const valueLabels: Plugin = {
  id: 'valueLabels',
  afterDatasetsDraw(chart, _args, options: { format?: (v: number) => string } | false) {
    if (!options || !options.format) return;
    const { ctx } = chart;
    const horizontal = (chart.options as { indexAxis?: string }).indexAxis === 'y';
    ctx.save();
    ctx.fillStyle = COLORS.ink;
    ctx.font = '600 13px system-ui, sans-serif';
    chart.data.datasets.forEach((dataset, i) => {
      const meta = chart.getDatasetMeta(i);
      if (meta.hidden || (dataset as { valueLabels?: boolean }).valueLabels === false) return;
      meta.data.forEach((element, j) => {
        const raw = dataset.data[j];
        if (typeof raw !== 'number') return;
        const text = options.format!(raw);
        const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
        if (horizontal) {
          ctx.textAlign = 'left';
          ctx.textBaseline = 'middle';
          ctx.fillText(text, x + 4, y);
        } else {
          ctx.textAlign = 'center';
          ctx.textBaseline = 'bottom';
          ctx.fillText(text, x, y - 3);
        }
      });
    });
    ctx.restore();
  },
};

/**
 * Options every dashboard chart shares: no animation (print and reduced motion),
 * sharp on paper, percentages 0–100 % on the value axis.
 */
export function baseOptions(percent: (share: number) => string, horizontal = false): ChartOptions<'bar'> {
  const valueAxis = {
    min: 0,
    max: 1,
    ticks: { callback: (v: string | number) => percent(Number(v)), stepSize: 0.2, color: COLORS.ink },
    grid: { color: COLORS.grid },
  };
  const categoryAxis = { ticks: { color: COLORS.ink, autoSkip: false }, grid: { display: false } };
  return {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    devicePixelRatio: Math.max(2, globalThis.devicePixelRatio ?? 1),
    indexAxis: horizontal ? 'y' : 'x',
    layout: { padding: { top: 18, right: horizontal ? 48 : 8 } },
    scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
    plugins: {
      legend: { position: 'bottom', labels: { color: COLORS.ink, boxWidth: 16, font: { size: 13 } } },
      tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${percent(Number(c.raw))}` } },
      valueLabels: { format: percent },
    },
  };
}

/** True on a phone-wide screen, where bars run sideways so their labels and values fit. */
export function useNarrow(): Ref<boolean> {
  const query = window.matchMedia('screen and (max-width: 760px)');
  const narrow = ref(query.matches);
  const update = () => (narrow.value = query.matches);
  query.addEventListener('change', update);
  onScopeDispose(() => query.removeEventListener('change', update));
  return narrow;
}
