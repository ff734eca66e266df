/**
 * Sound effects through howler. Nothing is created or played before the first user
 * gesture, and the mute setting is remembered.
 */
import { Howl, Howler } from 'howler';
import click from '../../assets/audio/click.wav?url';
import coin from '../../assets/audio/coin.wav?url';
import month from '../../assets/audio/month.wav?url';
import success from '../../assets/audio/success.wav?url';
import warning from '../../assets/audio/warning.wav?url';
import { readSettings, writeSettings } from './storage';

const FILES = { click, coin, month, success, warning } as const;
export type SoundName = keyof typeof FILES;

let unlocked = false;
let muted = readSettings().muted ?? false;
const howls = new Map<SoundName, Howl>();

/** Allows sound from now on: call from a user gesture. */
export function unlockSound(): void {
  unlocked = true;
  Howler.mute(muted);
}

/** Plays a sound if allowed and not muted. */
export function play(name: SoundName): void {
  if (!unlocked || muted) return;
  let howl = howls.get(name);
  if (!howl) {
    howl = new Howl({ src: [FILES[name]], volume: name === 'warning' ? 0.5 : 0.7, preload: true });
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
  Howler.mute(value);
  writeSettings({ muted: value });
}
