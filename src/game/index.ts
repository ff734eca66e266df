/** The Phaser layer: draws the case from the hub's snapshots; it holds no rules. */
import Phaser from 'phaser';
import type { CaseHub } from '../engine';
import { BootScene } from './scenes/boot';
import { NeighbourhoodScene } from './scenes/neighbourhood';

export interface GameOptions {
  /** The element the canvas is drawn in; the scene also notes there which language its labels are in. */
  readonly parent: HTMLElement;
  readonly hub: CaseHub;
  readonly reducedMotion: boolean;
}

/** Starts the canvas in the given parent element. */
export function startGame(options: GameOptions): Phaser.Game {
  return new Phaser.Game({
    type: Phaser.AUTO,
    parent: options.parent,
    width: 960,
    height: 540,
    backgroundColor: '#fbf7ef',
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_HORIZONTALLY },
    scene: [BootScene, NeighbourhoodScene],
    banner: false,
    audio: { noAudio: true },
    callbacks: {
      preBoot: (g) => {
        g.registry.set('hub', options.hub);
        g.registry.set('stage', options.parent);
        g.registry.set('reducedMotion', options.reducedMotion);
      },
    },
  });
}
