import Phaser from 'phaser';
import manifest from '../../../assets/svg/manifest.json';

const svgs = import.meta.glob<string>('../../../assets/svg/*.svg', { query: '?url', import: 'default', eager: true });

/** One drawing of the art manifest: the key scenes use and the size it was drawn at. */
interface ArtEntry {
  readonly key: string;
  readonly file: string;
  readonly width: number;
  readonly height: number;
}

const ART: readonly ArtEntry[] = manifest;

/**
 * Phaser decodes a data: URL as base64, but a bundler may inline small art as a
 * URL-encoded data: URL; such a URL is re-encoded as base64, a file URL is kept.
 */
export function loadableUrl(url: string): string {
  const encoded = /^data:image\/svg\+xml(;charset=[^,;]+)?,/.exec(url);
  if (!encoded) return url;
  const bytes = new TextEncoder().encode(decodeURIComponent(url.slice(encoded[0].length)));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/** Loads the hand-drawn SVG art, each at the size the manifest gives it, then starts the neighbourhood. */
export class BootScene extends Phaser.Scene {
  constructor() {
    super('boot');
  }

  preload(): void {
    const urls = new Map(Object.entries(svgs).map(([path, url]) => [path.replace(/^.*\//, ''), url]));
    for (const art of ART) {
      const url = urls.get(art.file);
      if (url) this.load.svg(art.key, loadableUrl(url), { width: art.width, height: art.height });
    }
  }

  create(): void {
    this.scene.start('neighbourhood');
  }
}
