// Tests where a small chart's numbers land: dates spread over the width, values up from a zero baseline, bars in even slots.
import { describe, expect, it } from 'vitest';
import { baselineY, chartBars, chartPoints, polylinePoints } from './chart-geometry';

const box = { width: 200, height: 100, padding: 10 };

function undated(...numbers: number[]) {
  return numbers.map((value) => ({ value, date: null }));
}

describe('chartPoints', () => {
  it('spreads response dates over the width and puts the largest value at the top', () => {
    const points = chartPoints(
      [
        { value: 12, date: '2021-02-01' },
        { value: 27, date: '2023-02-01' },
        { value: 19, date: '2024-02-01' },
      ],
      box,
    );
    expect(points[0].x, 'the oldest letter starts the chart').toBeCloseTo(10);
    expect(points[2].x, 'the newest letter ends the chart').toBeCloseTo(190);
    expect(points[1].x, 'a two-year gap takes two thirds of a three-year span').toBeCloseTo(10 + (180 * 731) / 1096, 0);
    expect(points[1].y, 'the largest value is drawn highest').toBeCloseTo(10);
    expect(points[0].y, 'a smaller value sits lower').toBeGreaterThan(points[2].y);
  });

  it('keeps zero in view so a small dip does not look like a collapse', () => {
    const [first, second] = chartPoints(
      [
        { value: 100, date: '2021-01-01' },
        { value: 95, date: '2022-01-01' },
      ],
      box,
    );
    expect(second.y - first.y, 'a 5 % dip moves the line by about 5 % of the height').toBeLessThan(10);
  });

  it('falls back to even spacing when a letter is undated, and centres a single value', () => {
    const points = chartPoints(
      [
        { value: 1, date: null },
        { value: 2, date: '2022-01-01' },
        { value: 3, date: '2023-01-01' },
      ],
      box,
    );
    expect(points.map((point) => Math.round(point.x)), 'positions stand in for the missing date').toEqual([10, 100, 190]);
    expect(chartPoints([{ value: 7, date: '2022-01-01' }], box)[0].x, 'one value sits in the middle').toBe(100);
    expect(polylinePoints([{ x: 1, y: 2.25 }]), 'SVG points are x,y pairs').toBe('1.0,2.3');
  });

  it('lays a series of zeros on the baseline rather than floating it mid-chart', () => {
    const points = chartPoints(undated(0, 0), box);
    expect(points.map((point) => point.y), 'nothing counted is drawn at zero, which is the bottom').toEqual([90, 90]);
    expect(baselineY(undated(0, 0), box), 'the axis runs along zero').toBe(90);
  });
});

describe('chartBars', () => {
  it('gives each period an even slot, the gap apart, filling the width', () => {
    const bars = chartBars(undated(0, 4, 2), { width: 36, height: 28, padding: 0 }, 3);
    expect(bars.map((bar) => bar.x), 'slots of 10 units plus a 3-unit gap').toEqual([0, 13, 26]);
    expect(bars.map((bar) => bar.width), 'every bar is as wide as its slot less the gap').toEqual([10, 10, 10]);
  });

  it('stands bars on the zero baseline, the highest count at full height and none drawn for zero', () => {
    const bars = chartBars(undated(0, 4, 2), box, 3);
    expect(bars[0].height, 'a year with no letters has no bar').toBe(0);
    expect(bars[1].y, 'the highest count reaches the top').toBeCloseTo(10);
    expect(bars[1].y + bars[1].height, 'bars stand on the baseline').toBeCloseTo(baselineY(undated(0, 4, 2), box));
    expect(bars[2].height, 'half the count, half the height').toBeCloseTo(bars[1].height / 2);
  });

  it('keeps a small count visible beside a large one', () => {
    const [small] = chartBars(undated(1, 1000), box, 3);
    expect(small.height, 'one letter must not vanish next to a thousand').toBeGreaterThanOrEqual(2);
  });

  it('draws nothing for an empty series', () => {
    expect(chartBars([], box, 3), 'no periods, no bars').toEqual([]);
    expect(chartPoints([], box), 'no values, no points').toEqual([]);
  });
});
