/**
 * Sound effects through howler. Howler itself loads at the first user gesture (the menu
 * never waits for it), nothing plays before that gesture, and the mute setting is
 * remembered.
 */
import type { Howl } from 'howler';
import click from '../../assets/audio/click.wav?url';
import coin from '../../assets/audio/coin.wav?url';
import month from '../../assets/audio/month.wav?url';
import success from '../../assets/audio/success.wav?url';
import warning from '../../assets/audio/warning.wav?url';
import { readSettings, writeSettings } from './storage';

const FILES = { click, coin, month, success, warning } as const;
export type SoundName = keyof typeof FILES;

type HowlerModule = typeof import('howler');

let unlocked = false;
let muted = readSettings().muted ?? false;
/** Howler, once loaded: sounds asked for before then are skipped, never queued to play late. */
let howler: HowlerModule | undefined;
const howls = new Map<SoundName, Howl>();

/** Allows sound from now on and loads howler: call from a user gesture. */
export function unlockSound(): void {
  if (unlocked) return;
  unlocked = true;
  import('howler').then(
    (module) => {
      // Howler is CommonJS: depending on the bundler its exports arrive as named or as the default export.
      const loaded = module.Howl ? module : (module as unknown as { default: HowlerModule }).default;
      howler = loaded;
      loaded.Howler.mute(muted);
    },
    // Without howler the game is silent, and nothing else changes.
    () => undefined,
  );
}

/** Plays a sound if allowed, loaded and not muted. */
export function play(name: SoundName): void {
  if (!unlocked || muted || !howler) return;
  let howl = howls.get(name);
  if (!howl) {
    howl = new howler.Howl({ src: [FILES[name]], volume: name === 'warning' ? 0.5 : 0.7, preload: true });
    howls.set(name, howl);
  }
  howl.play();
}

/** Whether sound is muted. */
export function isMuted(): boolean {
  return muted;
}

/** Mutes or unmutes, and remembers it. */
export function setMuted(value: boolean): void {
  muted = value;
  howler?.Howler.mute(value);
  writeSettings({ muted: value });
}
