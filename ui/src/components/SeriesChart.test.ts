// Tests that the one chart draws the numbers it is given as bars or as a line, each mark titled, and describes the series for screen readers.
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import SeriesChart from './SeriesChart.svelte';

const box = { width: 120, height: 40, padding: 2 };

const values = [
  { value: 27, date: '2023-02-20', caption: '27 officers' },
  { value: 31, date: '2024-02-15', caption: '31 officers' },
  { value: 0, date: '2025-02-10', caption: 'none' },
];

describe('SeriesChart', () => {
  it('draws one bar per value, in order, with its value and caption', () => {
    const { getByTestId } = render(SeriesChart, { values, shape: 'bars', box, label: 'officers per year', testid: 'chart' });
    const chart = getByTestId('chart');
    const bars = Array.from(chart.querySelectorAll('rect'));
    expect(bars.map((bar) => bar.getAttribute('data-value')), 'one bar per number the command returned').toEqual(['27', '31', '0']);
    expect(bars.map((bar) => bar.textContent), 'each bar names its value for a tooltip').toEqual(['27 officers', '31 officers', 'none']);
    expect(chart.querySelector('polyline'), 'bars are not joined by a line').toBeNull();
    expect(chart.getAttribute('aria-label'), 'screen readers hear the series as words').toBe('officers per year');
    expect(chart.getAttribute('role'), 'the chart is announced as one picture').toBe('img');
  });

  it('draws a line through one dot per value', () => {
    const { container } = render(SeriesChart, { values, shape: 'line', box, label: 'officers' });
    expect(container.querySelectorAll('svg polyline'), 'the values are joined by one line').toHaveLength(1);
    const dots = Array.from(container.querySelectorAll('circle'));
    expect(dots.map((dot) => dot.getAttribute('data-value')), 'one dot per value, in order').toEqual(['27', '31', '0']);
    expect(container.querySelectorAll('rect'), 'a line chart draws no bars').toHaveLength(0);
  });

  it('draws a lone value as a dot without a line', () => {
    const { container } = render(SeriesChart, { values: values.slice(0, 1), shape: 'line', box, label: 'officers' });
    expect(container.querySelectorAll('polyline'), 'a line needs two values').toHaveLength(0);
    expect(container.querySelectorAll('circle'), 'the one value is still shown').toHaveLength(1);
  });
});
