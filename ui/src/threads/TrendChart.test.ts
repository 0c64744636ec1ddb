// Tests a thread's figure: drawn on axes of years and values, periods as bars where they overlap, a larger view in a dialog on click, the values listed beside it.
import { fireEvent, render } from '@testing-library/svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { TrendPointView, TrendSeries } from '../api/bindings';
import TrendChart from './TrendChart.svelte';

const point = (document_id: number, date: string, period: string, from: number, to: number, value: number): TrendPointView => ({
  document_id,
  reference: `FC/FOI/${date.slice(2, 4)}/0001`,
  date,
  period,
  period_from: from,
  period_to: to,
  value,
  display: String(value),
  passage: `${value} officers`,
  read_by_ocr: false,
});

const yearly: TrendSeries = {
  label: 'officers',
  unit: 'count',
  periods_differ: false,
  points: [point(1, '2022-02-01', '2021', 2021, 2021, 12), point(2, '2023-02-01', '2022', 2022, 2022, 19), point(3, '2024-02-01', '2023', 2023, 2023, 31)],
};

const overlapping: TrendSeries = {
  label: 'officers',
  unit: 'count',
  periods_differ: true,
  points: [point(1, '2023-02-01', '2018–2022', 2018, 2022, 120), point(2, '2023-03-01', '2022', 2022, 2022, 31)],
};

beforeAll(() => {
  // jsdom has no modal dialogs; the real window does. Opening one here only needs the open attribute.
  if (!HTMLDialogElement.prototype.showModal) {
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
      this.removeAttribute('open');
    };
  }
});

describe('TrendChart', () => {
  it('marks a value read by OCR as one to check against the scan, and only that one', () => {
    const scanned: TrendSeries = { ...yearly, points: [yearly.points[0], { ...yearly.points[1], read_by_ocr: true }, yearly.points[2]] };
    const { getAllByTestId } = render(TrendChart, { series: scanned, onOpenDocument: vi.fn() });
    const rows = getAllByTestId('trend-value');
    const marked = rows.map((row) => row.querySelector('[data-testid=trend-ocr-mark]')?.textContent?.trim() ?? null);
    expect(marked, 'digits are where OCR errs: the reviewer must see which value to check').toEqual([
      null,
      'read by OCR — check the scan',
      null,
    ]);
  });

  it('draws the values on axes of years and values, joined by a line, with the numbers beside it', () => {
    const { getByTestId, getAllByTestId } = render(TrendChart, { series: yearly, onOpenDocument: vi.fn() });
    const plot = getByTestId('trend-plot');
    const years = [...plot.querySelectorAll('[data-testid=x-axis] text')].map((label) => label.textContent);
    expect(years, 'the years the periods cover, to the end of the last').toEqual(['2021', '2022', '2023', '2024']);
    const values = [...plot.querySelectorAll('[data-testid=y-axis] text')].map((label) => label.textContent);
    expect(values, 'round values from zero past the highest').toEqual(['0', '10', '20', '30', '40']);
    expect(plot.querySelector('polyline'), 'yearly values side by side read as a line').not.toBeNull();
    expect(plot.querySelectorAll('[data-testid=period-bar]'), 'no period bars when periods do not overlap').toHaveLength(0);
    expect(getAllByTestId('trend-value'), 'every value is listed beside the chart').toHaveLength(3);
  });

  it('draws each period as a bar and no line when periods overlap', () => {
    const { getByTestId } = render(TrendChart, { series: overlapping, onOpenDocument: vi.fn() });
    const plot = getByTestId('trend-plot');
    expect(plot.querySelectorAll('[data-testid=period-bar]'), 'one bar per period').toHaveLength(2);
    expect(plot.querySelector('polyline'), 'a line from a five-year total to one year would mislead').toBeNull();
    expect(getByTestId('periods-differ').textContent, 'the reader is warned in words too').toContain('different lengths');
  });

  it('opens a larger view in a dialog on click and closes it', async () => {
    const { getByTestId } = render(TrendChart, { series: yearly, onOpenDocument: vi.fn() });
    const dialog = getByTestId('trend-dialog');
    expect(dialog.hasAttribute('open'), 'the larger view waits for a click').toBe(false);
    await fireEvent.click(getByTestId('trend-enlarge'));
    expect(dialog.hasAttribute('open'), 'a click on the chart opens the larger view').toBe(true);
    const large = getByTestId('trend-plot-large');
    expect(Number(large.getAttribute('width')), 'the larger view is larger').toBeGreaterThan(Number(getByTestId('trend-plot').getAttribute('width')));
    expect(dialog.textContent, 'the numbers stay beside the larger chart').toContain('31');
    await fireEvent.click(getByTestId('trend-dialog-close'));
    expect(dialog.hasAttribute('open'), 'Close closes it').toBe(false);
  });
});
