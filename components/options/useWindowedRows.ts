import { useLayoutEffect, useRef, useState, type UIEvent } from 'react';

/**
 * Windowing: every row is ROW_HEIGHT pixels high (one line, ellipsis for overflow), so the rows
 * in view follow from the scroll position; only those, plus OVERSCAN above and below, are in the
 * DOM. Two spacers stand in for the rest, so the scroll bar is true to the whole list.
 */
const ROW_HEIGHT = 36;
const OVERSCAN = 8;
/** Used until the scroll box is measured (and in test DOMs, which have no layout). */
const FALLBACK_VIEWPORT = 480;

export function useWindowedRows<T>(rows: readonly T[]) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);

  useLayoutEffect(() => {
    const box = scroller.current;
    if (!box) return;
    const measure = () => setViewport(box.clientHeight || FALLBACK_VIEWPORT);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);
  return {
    /** The scroll box's ref. */
    scroller,
    onScroll: (e: UIEvent<HTMLDivElement>) => setScrollTop(e.currentTarget.scrollTop),
    /** Index of the first rendered row. */
    first,
    visible: rows.slice(first, last),
    /** Heights of the spacers standing in for the rows above and below the rendered ones. */
    spaceAbove: first * ROW_HEIGHT,
    spaceBelow: (rows.length - last) * ROW_HEIGHT,
    /** A new filter or order starts at the top of the list. */
    toTop: () => {
      if (scroller.current) scroller.current.scrollTop = 0;
      setScrollTop(0);
    },
  };
}
