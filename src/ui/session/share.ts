/**
 * Handing a link to the room: the link as text, a copy button, and a QR code drawn
 * by the qrcode library as an image (never as markup), loaded only when a trainer
 * asks for a session.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { t } from '../../services/i18n';
import type { ScreenContext } from '../screens/context';

/** Starts drawing the QR code for a link once; the screen is redrawn when it is there. */
function qrFor(ctx: ScreenContext, text: string): string {
  const cache = ctx.state.session.qr;
  const known = cache.get(text);
  if (known !== undefined) return known;
  cache.set(text, '');
  import('qrcode')
    .then((qrcode) => qrcode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 2, width: 480 }))
    .then((url) => cache.set(text, url))
    .catch(() => cache.set(text, 'failed'))
    .finally(() => ctx.rerender());
  return '';
}

/** The QR code of a link as an image, named for what it opens. */
export function qrImage(ctx: ScreenContext, text: string, label: string): TemplateResult {
  const url = qrFor(ctx, text);
  if (url === 'failed') return html`<p class="muted">${t('session.qrFailed')}</p>`;
  if (url === '') return html`<p class="muted qr-waiting">${t('session.qrDrawing')}</p>`;
  return html`<img class="qr" src=${url} alt=${label} width="240" height="240" />`;
}

/** Selects the text of an element, for a browser that does not let the page write to the clipboard. */
function selectText(id: string): boolean {
  const el = document.getElementById(id);
  const selection = window.getSelection();
  if (!el || !selection) return false;
  selection.selectAllChildren(el);
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

async function copy(ctx: ScreenContext, id: string, text: string): Promise<void> {
  let copied: boolean;
  try {
    await navigator.clipboard.writeText(text);
    copied = true;
  } catch {
    copied = selectText(id);
  }
  ctx.state.session.copied = copied ? id : `${id}:selected`;
  if (!copied) selectText(id);
  ctx.announce(copied ? t('session.copied') : t('session.selected'));
  ctx.rerender();
}

/** A link in a box with its copy button and the message that says it was copied. */
export function linkBox(ctx: ScreenContext, options: { id: string; text: string; label: string }): TemplateResult {
  const { id, text, label } = options;
  const copied = ctx.state.session.copied;
  return html`<div class="link-box">
    <p class="link-label" id="${id}-label">${label}</p>
    <output id=${id} class="code" aria-labelledby="${id}-label">${text}</output>
    <div class="actions">
      <button type="button" id="${id}-copy" @click=${() => void copy(ctx, id, text)}>${t('session.copy')}</button>
      ${
        copied === id
          ? html`<span class="copied">${t('session.copied')}</span>`
          : copied === `${id}:selected`
            ? html`<span class="copied">${t('session.selected')}</span>`
            : nothing
      }
    </div>
  </div>`;
}
