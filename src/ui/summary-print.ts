/**
 * Printing opens what the screen keeps folded: every closed <details> (the what-ifs,
 * the figures under a chart) is opened just before the browser prints and closed
 * again afterwards, so paper shows everything and the screen is left as it was.
 */
import './print.css';

/** Listens for printing on this window; returns the function that stops listening. */
export function startPrintSupport(win: Window = window): () => void {
  let opened: HTMLDetailsElement[] = [];
  const before = (): void => {
    // A second beforeprint (the browser's own after a script's) adds to the list; it never forgets what it opened.
    const closed = [...win.document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    for (const details of closed) details.open = true;
    opened = [...opened, ...closed];
  };
  const after = (): void => {
    for (const details of opened) details.open = false;
    opened = [];
  };
  win.addEventListener('beforeprint', before);
  win.addEventListener('afterprint', after);
  return () => {
    win.removeEventListener('beforeprint', before);
    win.removeEventListener('afterprint', after);
  };
}
