import Phaser from 'phaser';

const svgs = import.meta.glob<string>('../../../assets/svg/*.svg', { query: '?url', import: 'default', eager: true });

/** Loads the hand-drawn SVG art, then starts the neighbourhood. */
export class BootScene extends Phaser.Scene {
  constructor() {
    super('boot');
  }

  preload(): void {
    for (const [path, url] of Object.entries(svgs)) {
      const key = path.replace(/^.*\//, '').replace(/\.svg$/, '');
      const isObject = ['coin', 'car', 'bike', 'taxi', 'letter', 'warning'].includes(key);
      const isPerson = key.startsWith('person-');
      this.load.svg(key, url, isObject ? { width: 48, height: 48 } : isPerson ? { width: 54, height: 72 } : { width: 112, height: 112 });
    }
  }

  create(): void {
    this.scene.start('neighbourhood');
  }
}
