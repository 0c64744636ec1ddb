// Tests where a trend's values land in its chart: dates spread over the width, values up the height.
import { describe, expect, it } from 'vitest';
import { chartPoints, polylinePoints } from './chart-geometry';

const box = { width: 200, height: 100, padding: 10 };

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
});
