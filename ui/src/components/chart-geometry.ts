// Where a chart's numbers sit in SVG units: bars in even slots or points along a line over a baseline at zero, and a
// thread's trend on axes of years and values, with the period each value covers.

export type ChartBox = { width: number; height: number; padding: number };

/** One number a command returned, with the letter's date when it is followed over time. */
export type ChartValue = { value: number; date: string | null };

/** A value with the words that name it, shown as its mark's tooltip. */
export type CaptionedValue = ChartValue & { caption: string };

export type ChartPoint = { x: number; y: number };

export type ChartBar = { x: number; y: number; width: number; height: number };

/** The thinnest a bar for a value other than zero is drawn, so a small count never looks like none. */
const MIN_BAR_HEIGHT = 2;

/** Days since the epoch of a `YYYY-MM-DD` date, or null when there is none or it does not read. */
function dayOf(date: string | null): number | null {
  if (date === null) return null;
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(time) ? null : time / 86_400_000;
}

/**
 * The height of each value: the range always takes in zero, so a small change does not look like a
 * collapse and bars stand on a true baseline; when every value is zero they all lie on the bottom.
 */
function heightScale(values: ChartValue[], box: ChartBox): (value: number) => number {
  const numbers = values.map((point) => point.value);
  const low = Math.min(0, ...numbers);
  const high = Math.max(0, ...numbers);
  const bottom = box.height - box.padding;
  const innerHeight = box.height - 2 * box.padding;
  return (value) => (high === low ? bottom : bottom - ((value - low) / (high - low)) * innerHeight);
}

/** Where zero is drawn: the line bars stand on and the axis runs along. */
export function baselineY(values: ChartValue[], box: ChartBox): number {
  return heightScale(values, box)(0);
}

/**
 * Places each value for a line: x spreads the response dates over the width (evenly by position if
 * any date is missing), y runs up from zero to the highest value.
 */
export function chartPoints(values: ChartValue[], box: ChartBox): ChartPoint[] {
  if (values.length === 0) return [];
  const innerWidth = box.width - 2 * box.padding;
  const days = values.map((point) => dayOf(point.date));
  const allDated = days.every((day) => day !== null);
  const firstDay = allDated ? Math.min(...(days as number[])) : 0;
  const lastDay = allDated ? Math.max(...(days as number[])) : 0;
  const xOf = (index: number): number => {
    if (values.length === 1) return box.padding + innerWidth / 2;
    if (allDated && lastDay > firstDay) {
      return box.padding + (((days[index] as number) - firstDay) / (lastDay - firstDay)) * innerWidth;
    }
    return box.padding + (index / (values.length - 1)) * innerWidth;
  };
  const yOf = heightScale(values, box);
  return values.map((point, index) => ({ x: xOf(index), y: yOf(point.value) }));
}

/**
 * Places each value as a bar in its own slot, in order and `gap` apart (the slots are the periods
 * the command counted, so they stand evenly), from the baseline up, or down for a value below zero.
 */
export function chartBars(values: ChartValue[], box: ChartBox, gap: number): ChartBar[] {
  if (values.length === 0) return [];
  const slot = (box.width - 2 * box.padding + gap) / values.length;
  const yOf = heightScale(values, box);
  const baseline = yOf(0);
  return values.map((point, index) => {
    const drawn = point.value === 0 ? 0 : Math.max(MIN_BAR_HEIGHT, Math.abs(baseline - yOf(point.value)));
    return {
      x: box.padding + index * slot,
      y: point.value < 0 ? baseline : baseline - drawn,
      width: Math.max(1, slot - gap),
      height: drawn,
    };
  });
}

/** The SVG polyline `points` attribute for placed values. */
export function polylinePoints(points: ChartPoint[]): string {
  return points.map((point) => `${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(' ');
}

/** A plot with room around it for the axes' labels, in SVG units. */
export type PlotBox = { width: number; height: number; left: number; right: number; top: number; bottom: number };

/** One value of a trend: its letter's date and, when the question names one, the years its period covers (both included). */
export type TrendValue = { value: number; date: string | null; periodFrom: number | null; periodTo: number | null };

export type AxisTick = { position: number; label: string };

/** A value's period drawn as a horizontal bar at its height, from the period's first year to the end of its last. */
export type PeriodBar = { x: number; width: number; y: number };

export type TrendLayout = {
  points: ChartPoint[];
  /** One per value that names a period, drawn only when periods overlap (else null in its place). */
  periodBars: (PeriodBar | null)[];
  /** True when two values' periods share a year: a line between them would mislead, the bars show why. */
  periodsOverlap: boolean;
  /** Along the bottom: years, or each letter in turn when some value has neither date nor period. */
  xTicks: AxisTick[];
  /** Up the side: round values from zero (or the lowest value, if below) to at least the highest. */
  yTicks: AxisTick[];
  /** The y of zero. */
  baseline: number;
};

/** The first round step (1, 2 or 5 times a power of ten) that covers `span` in at most `maxSteps` steps. */
function roundStep(span: number, maxSteps: number): number {
  const rough = span / Math.max(1, maxSteps);
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const multiple of [1, 2, 5, 10]) {
    if (multiple * power >= rough) return multiple * power;
  }
  return 10 * power;
}

/**
 * Round tick values for an axis from `low` to `high`: the first at or below `low`, the last at or
 * above `high`, at most `maxTicks` of them; a single value gets ticks around it.
 */
export function niceTicks(low: number, high: number, maxTicks: number): number[] {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return [];
  if (high < low) [low, high] = [high, low];
  if (high === low) high = low === 0 ? 1 : low + Math.abs(low);
  const step = roundStep(high - low, Math.max(1, maxTicks - 1));
  const first = Math.floor(low / step) * step;
  const ticks: number[] = [];
  // Rounded to the step's precision, so 0.1 + 0.2 is printed as 0.3.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  for (let index = 0; ; index += 1) {
    const tick = Number((first + index * step).toFixed(decimals));
    ticks.push(tick);
    if (tick >= high) break;
  }
  return ticks;
}

/** A tick's number as a reader expects it beside a value of `unit`: "£20k", "40 %", "1.5m". */
export function tickLabel(value: number, unit: string): string {
  const size = Math.abs(value);
  const short =
    size >= 1_000_000
      ? `${Number((value / 1_000_000).toFixed(1))}m`
      : size >= 10_000
        ? `${Number((value / 1000).toFixed(1))}k`
        : `${Number(value.toFixed(2))}`;
  if (unit === 'pounds') return value < 0 ? `−£${short.slice(1)}` : `£${short}`;
  if (unit === 'percent') return `${short} %`;
  return short;
}

/** The year of a date as a fraction: 1 July 2022 is about 2022.5. */
function fractionalYear(date: string | null): number | null {
  const day = dayOf(date);
  if (day === null || date === null) return null;
  const year = Number(date.slice(0, 4));
  const start = Date.UTC(year, 0, 1) / 86_400_000;
  const end = Date.UTC(year + 1, 0, 1) / 86_400_000;
  return year + (day - start) / (end - start);
}

/** True when two of the periods share at least one year. */
function anyOverlap(spans: { from: number; to: number }[]): boolean {
  const sorted = [...spans].sort((a, b) => a.from - b.from || a.to - b.to);
  for (let index = 1; index < sorted.length; index += 1) {
    if (sorted[index].from <= sorted[index - 1].to) return true;
  }
  return false;
}

/**
 * Lays a thread's trend out on axes. Each value sits at the middle of the period it covers (a
 * year's value across that year), else at its letter's date; when some value has neither, the
 * values stand in turn and each is labelled by its letter's year or "undated". Values run up from
 * zero on round ticks labelled for `unit`; overlapping periods are drawn as bars so the reader sees what each covers.
 */
export function trendLayout(values: TrendValue[], box: PlotBox, unit = 'count', maxTicks = 6): TrendLayout {
  const innerLeft = box.left;
  const innerRight = box.width - box.right;
  const innerTop = box.top;
  const innerBottom = box.height - box.bottom;
  const spans = values.map((point) =>
    point.periodFrom !== null && point.periodTo !== null
      ? { from: Math.min(point.periodFrom, point.periodTo), to: Math.max(point.periodFrom, point.periodTo) }
      : null,
  );
  const dated = values.map((point) => fractionalYear(point.date));
  const places = values.map((_, index) => {
    const span = spans[index];
    return span !== null ? (span.from + span.to + 1) / 2 : dated[index];
  });
  const onYears = values.length > 0 && places.every((place) => place !== null);

  const numbers = values.map((point) => point.value);
  const yTickValues = niceTicks(Math.min(0, ...numbers), Math.max(0, ...numbers), maxTicks);
  const low = yTickValues[0] ?? 0;
  const high = yTickValues[yTickValues.length - 1] ?? 1;
  const yOf = (value: number): number =>
    high === low ? innerBottom : innerBottom - ((value - low) / (high - low)) * (innerBottom - innerTop);
  const yTicks = yTickValues.map((tick) => ({ position: yOf(tick), label: tickLabel(tick, unit) }));

  let xOf: (place: number) => number;
  let xTicks: AxisTick[];
  if (onYears) {
    const starts = values.map((_, index) => spans[index]?.from ?? (places[index] as number));
    const ends = values.map((_, index) => (spans[index] ? (spans[index] as { to: number }).to + 1 : (places[index] as number)));
    let first = Math.floor(Math.min(...starts));
    let last = Math.ceil(Math.max(...ends));
    if (last <= first) last = first + 1;
    const step = Math.max(1, Math.ceil((last - first + 1) / maxTicks));
    first = Math.floor(first / step) * step;
    xOf = (place) => innerLeft + ((place - first) / (last - first)) * (innerRight - innerLeft);
    xTicks = [];
    for (let year = first; year <= last; year += step) xTicks.push({ position: xOf(year), label: String(year) });
  } else {
    const slots = Math.max(1, values.length);
    xOf = (index) => innerLeft + ((index + 0.5) / slots) * (innerRight - innerLeft);
    xTicks = values.map((point, index) => ({ position: xOf(index), label: point.date?.slice(0, 4) ?? 'undated' }));
  }

  const periodsOverlap = anyOverlap(spans.filter((span): span is { from: number; to: number } => span !== null));
  const points = values.map((point, index) => ({
    x: onYears ? xOf(places[index] as number) : xOf(index),
    y: yOf(point.value),
  }));
  const periodBars = values.map((point, index) => {
    const span = spans[index];
    if (!periodsOverlap || !onYears || span === null) return null;
    const x = xOf(span.from);
    return { x, width: Math.max(1, xOf(span.to + 1) - x), y: yOf(point.value) };
  });
  return { points, periodBars, periodsOverlap, xTicks, yTicks, baseline: yOf(0) };
}
