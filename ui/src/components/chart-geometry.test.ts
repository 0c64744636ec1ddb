// Tests where a small chart's numbers land: dates spread over the width, values up from a zero baseline, bars in even slots.
import { describe, expect, it } from 'vitest';
import { baselineY, chartBars, chartPoints, niceTicks, polylinePoints, tickLabel, trendLayout } from './chart-geometry';

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

describe('trend axes', () => {
  const plot = { width: 300, height: 140, left: 40, right: 10, top: 10, bottom: 30 };
  const yearly = (from: number, to: number, value: number) => ({ value, date: `${to + 1}-02-01`, periodFrom: from, periodTo: to });

  it('rounds value ticks from zero to at least the highest value', () => {
    expect(niceTicks(0, 31, 6), 'steps of ten cover 31 in four ticks').toEqual([0, 10, 20, 30, 40]);
    expect(niceTicks(0, 468250, 6), 'large sums step by round hundreds of thousands').toEqual([0, 100000, 200000, 300000, 400000, 500000]);
    expect(niceTicks(0, 0, 6), 'all zeros still get an axis').toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(-5, 12, 6), 'a value below zero takes the axis below zero').toEqual([-5, 0, 5, 10, 15]);
  });

  it('labels ticks as a reader expects them for the unit', () => {
    expect(tickLabel(400000, 'pounds'), 'sums of money in thousands with the pound sign').toBe('£400k');
    expect(tickLabel(20, 'percent'), 'percentages with their sign').toBe('20 %');
    expect(tickLabel(1500000, 'count'), 'millions shortened').toBe('1.5m');
    expect(tickLabel(30, 'count'), 'small counts as they are').toBe('30');
  });

  it('puts years along the bottom and each yearly value in the middle of its year', () => {
    const layout = trendLayout([yearly(2021, 2021, 12), yearly(2022, 2022, 19), yearly(2023, 2023, 31)], plot);
    expect(layout.xTicks.map((tick) => tick.label), 'one tick per year, from the first period to the end of the last').toEqual([
      '2021',
      '2022',
      '2023',
      '2024',
    ]);
    const [first, second] = layout.xTicks;
    expect(layout.points[0].x, "2021's value sits halfway across 2021").toBeCloseTo((first.position + second.position) / 2);
    expect(layout.yTicks.map((tick) => tick.label), 'values from zero in round steps').toEqual(['0', '10', '20', '30', '40']);
    expect(layout.yTicks[0].position, 'zero is at the bottom of the plot').toBeCloseTo(110);
    expect(layout.yTicks[layout.yTicks.length - 1].position, 'the top tick at the top of the plot').toBeCloseTo(10);
    expect(layout.periodsOverlap, 'one year each, side by side').toBe(false);
    expect(layout.periodBars.every((bar) => bar === null), 'no bars when a line reads truly').toBe(true);
  });

  it('draws each period as a bar when periods overlap, so a five-year total is not read as one year', () => {
    const layout = trendLayout([yearly(2018, 2022, 120), yearly(2022, 2022, 31)], plot);
    expect(layout.periodsOverlap, '2018–2022 takes in 2022').toBe(true);
    const [long, short] = layout.periodBars;
    expect(long, 'the five-year value has a bar').not.toBeNull();
    expect(short, 'the one-year value has a bar').not.toBeNull();
    expect(long!.width / short!.width, 'a five-year period is five times as wide as one year').toBeCloseTo(5);
    expect(long!.x + long!.width, 'both periods end with 2022').toBeCloseTo(short!.x + short!.width);
    expect(long!.y, 'the bar sits at its value').toBeCloseTo(layout.points[0].y);
    expect(layout.points[0].x, 'the value is drawn at the middle of its period').toBeCloseTo(long!.x + long!.width / 2);
  });

  it('places values by their letters when some have neither period nor date, each labelled', () => {
    const layout = trendLayout(
      [
        { value: 4, date: '2022-05-01', periodFrom: null, periodTo: null },
        { value: 6, date: null, periodFrom: null, periodTo: null },
      ],
      plot,
    );
    expect(layout.xTicks.map((tick) => tick.label), "each letter's year, or undated").toEqual(['2022', 'undated']);
    expect(layout.points[0].x, 'in turn, left to right').toBeLessThan(layout.points[1].x);
  });

  it('places a dated value without a period at its date', () => {
    const layout = trendLayout(
      [
        { value: 1, date: '2022-01-01', periodFrom: null, periodTo: null },
        { value: 2, date: '2024-01-01', periodFrom: null, periodTo: null },
      ],
      plot,
    );
    expect(layout.xTicks.map((tick) => tick.label), 'the years the dates run over').toEqual(['2022', '2023', '2024']);
    expect(layout.points[0].x, 'the first date starts the axis').toBeCloseTo(layout.xTicks[0].position);
    expect(layout.points[1].x, 'the last date ends it').toBeCloseTo(layout.xTicks[2].position);
  });
});
