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

/**
 * Starts the canvas in the given parent element. The canvas takes the parent's size
 * (tall beside the screens, a strip on a phone); the loop runs at most 30 frames a
 * second and sleeps while nothing moves.
 */
export function startGame(options: GameOptions): Phaser.Game {
  const game = new Phaser.Game({
    type: Phaser.CANVAS,
    parent: options.parent,
    width: Math.max(1, options.parent.clientWidth),
    height: Math.max(1, options.parent.clientHeight),
    backgroundColor: '#fbf7ef',
    scale: { mode: Phaser.Scale.RESIZE },
    fps: { limit: 30 },
    scene: [BootScene, NeighbourhoodScene],
    banner: false,
    audio: { noAudio: true },
    render: { powerPreference: 'low-power' },
    callbacks: {
      preBoot: (g) => {
        g.registry.set('hub', options.hub);
        g.registry.set('stage', options.parent);
        g.registry.set('reducedMotion', options.reducedMotion);
      },
    },
  });
  // The player may ask for less motion while playing: the scene follows the setting from then on.
  window
    .matchMedia('(prefers-reduced-motion: reduce)')
    .addEventListener('change', (event) => game.registry.set('reducedMotion', event.matches));
  return game;
}
