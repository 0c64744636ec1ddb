// Where a small chart's numbers sit in SVG units: bars in even slots or points along a line, over a baseline at zero.

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
