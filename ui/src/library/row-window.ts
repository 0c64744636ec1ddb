// Which rows of a long table are drawn: those in view plus a margin, with the space of the rest
// kept above and below so the scrollbar stays true; no IO, no DOM.

export type RowWindow = {
  /** Index of the first row drawn. */
  first: number;
  /** One past the last row drawn. */
  end: number;
  /** Height in pixels standing in for the rows above `first`. */
  before: number;
  /** Height in pixels standing in for the rows from `end` on. */
  after: number;
};

/** Rows drawn beyond each edge of the view, so a quick scroll or an arrow key finds them ready. */
export const OVERSCAN_ROWS = 30;

/** Rows drawn while the view's height is not known yet (before layout, or with no layout at all). */
export const ROWS_BEFORE_LAYOUT = 120;

export function rowWindow(total: number, scrollTop: number, viewHeight: number, rowHeight: number): RowWindow {
  const height = Math.max(rowHeight, 1);
  const view = viewHeight > 0 ? viewHeight : ROWS_BEFORE_LAYOUT * height;
  const firstInView = Math.floor(Math.max(scrollTop, 0) / height);
  const first = Math.min(Math.max(firstInView - OVERSCAN_ROWS, 0), total);
  const end = Math.min(firstInView + Math.ceil(view / height) + OVERSCAN_ROWS, total);
  return { first, end: Math.max(end, first), before: first * height, after: (total - Math.max(end, first)) * height };
}

/** Where to scroll so row `index` is in view, moving as little as possible. */
export function scrollTopRevealing(index: number, scrollTop: number, viewHeight: number, rowHeight: number, headerHeight: number): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  const visibleHeight = Math.max(viewHeight - headerHeight, rowHeight);
  if (top < scrollTop) return top;
  if (bottom > scrollTop + visibleHeight) return bottom - visibleHeight;
  return scrollTop;
}
