// Where a trend's values sit in a small chart: x by response date (evenly when undated), y by value, in SVG units.

export type ChartPoint = { x: number; y: number };

export type ChartBox = { width: number; height: number; padding: number };

/** Days since the epoch of a `YYYY-MM-DD` date, or null when there is none or it does not read. */
function dayOf(date: string | null): number | null {
  if (date === null) return null;
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(time) ? null : time / 86_400_000;
}

/**
 * Places each value: x spreads the response dates over the width (evenly by position if any date is
 * missing), y runs from the lowest value at the bottom to the highest at the top, with zero kept in
 * view for counts and amounts so a small change does not look like a collapse.
 */
export function chartPoints(values: { value: number; date: string | null }[], box: ChartBox): ChartPoint[] {
  if (values.length === 0) return [];
  const innerWidth = box.width - 2 * box.padding;
  const innerHeight = box.height - 2 * box.padding;
  const days = values.map((point) => dayOf(point.date));
  const allDated = days.every((day) => day !== null);
  const firstDay = allDated ? Math.min(...(days as number[])) : 0;
  const lastDay = allDated ? Math.max(...(days as number[])) : 0;
  const xOf = (index: number): number => {
    if (values.length === 1) return box.padding + innerWidth / 2;
    if (allDated && lastDay > firstDay) return box.padding + (((days[index] as number) - firstDay) / (lastDay - firstDay)) * innerWidth;
    return box.padding + (index / (values.length - 1)) * innerWidth;
  };
  const numbers = values.map((point) => point.value);
  const low = Math.min(0, ...numbers);
  const high = Math.max(...numbers);
  const yOf = (value: number): number =>
    high === low ? box.padding + innerHeight / 2 : box.padding + (1 - (value - low) / (high - low)) * innerHeight;
  return values.map((point, index) => ({ x: xOf(index), y: yOf(point.value) }));
}

/** The SVG polyline `points` attribute for placed values. */
export function polylinePoints(points: ChartPoint[]): string {
  return points.map((point) => `${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(' ');
}
