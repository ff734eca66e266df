/**
 * A tiny element builder. Text is always set with textContent, never as HTML, so
 * nothing a trainer writes can run as code.
 */
type Child = Node | string | number | false | null | undefined;
type Attrs = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

/** Creates an element with attributes, listeners (onclick…) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

/** Appends children, turning strings into text nodes. */
export function append(el: HTMLElement, children: readonly Child[]): void {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    el.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces an element's content. */
export function replace(el: HTMLElement, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/**
 * Makes every captioned table scroll box under root reachable by keyboard and named
 * after the caption, so a wide table can be scrolled without a mouse (WCAG 2.1.1).
 */
export function labelScrollRegions(root: HTMLElement): void {
  for (const wrap of root.querySelectorAll<HTMLElement>('.table-wrap')) {
    const caption = wrap.querySelector('caption')?.textContent?.trim();
    if (!caption) continue;
    wrap.tabIndex = 0;
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('aria-label', caption);
  }
}
