/**
 * Rendering helpers over lit-html. Every value goes in through lit's text and
 * attribute bindings, never as HTML, so nothing a trainer writes can run as code.
 */
import { html, type TemplateResult } from 'lit-html';

/**
 * A wide table in a scroll box that a keyboard can reach and that is named after the
 * table's caption, so it can be scrolled without a mouse (WCAG 2.1.1).
 */
export function scrollRegion(caption: string, table: TemplateResult): TemplateResult {
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${caption}>${table}</div>`;
}
