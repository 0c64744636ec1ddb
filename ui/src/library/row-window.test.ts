import { describe, expect, it } from 'vitest';
import { OVERSCAN_ROWS, ROWS_BEFORE_LAYOUT, rowWindow, scrollTopRevealing } from './row-window';

describe('rowWindow', () => {
  it('draws only the rows in view and a margin of a long library', () => {
    const window = rowWindow(10_000, 3_300, 660, 33);
    // Row 100 is at the top of the view, 20 rows fit: 100 - 30 … 120 + 30.
    expect(window.first, 'rows well above the view are not drawn').toBe(100 - OVERSCAN_ROWS);
    expect(window.end, 'rows well below the view are not drawn').toBe(120 + OVERSCAN_ROWS);
    expect(window.before + (window.end - window.first) * 33 + window.after, 'the scrollbar spans every row').toBe(10_000 * 33);
  });

  it('draws everything of a short library', () => {
    expect(rowWindow(12, 0, 660, 33), 'a library that fits needs no stand-ins').toEqual({ first: 0, end: 12, before: 0, after: 0 });
  });

  it('never runs past the end when scrolled to the bottom', () => {
    const window = rowWindow(500, 500 * 33, 660, 33);
    expect(window.end, 'the last drawn row is the last row').toBe(500);
    expect(window.after, 'nothing stands in below the last row').toBe(0);
    expect(window.first, 'the margin above the view is still drawn').toBeLessThan(500);
  });

  it('draws a first screenful before the view has a height', () => {
    const window = rowWindow(10_000, 0, 0, 33);
    expect(window.end, 'without layout a fixed number of rows is drawn').toBe(ROWS_BEFORE_LAYOUT + OVERSCAN_ROWS);
    expect(window.after, 'and the rest is stood in for').toBe((10_000 - ROWS_BEFORE_LAYOUT - OVERSCAN_ROWS) * 33);
  });
});

describe('scrollTopRevealing', () => {
  it('scrolls as little as needed to bring a row into view', () => {
    expect(scrollTopRevealing(5, 0, 660, 33, 33), 'a row already in view does not move the list').toBe(0);
    expect(scrollTopRevealing(100, 0, 660, 33, 33), 'a row below comes up to the bottom edge').toBe(101 * 33 - (660 - 33));
    expect(scrollTopRevealing(10, 3_300, 660, 33, 33), 'a row above comes down to the top edge').toBe(330);
  });
});
