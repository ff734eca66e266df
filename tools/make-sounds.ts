/**
 * Synthesises the game's sound effects with plain math and writes them as 16-bit PCM mono WAV
 * files into assets/audio/. The output is deterministic: running it twice gives identical bytes.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SAMPLE_RATE = 22050;
const PEAK_DBFS = -6;
const OUTPUT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../assets/audio');

type Wave = 'sine' | 'triangle';

/** One decaying note: a linear attack followed by an exponential decay and a short release. */
interface Tone {
  /** Start time in seconds. */
  readonly start: number;
  /** Fundamental frequency in Hz. */
  readonly frequency: number;
  /** How long the note lasts in seconds, including its release. */
  readonly duration: number;
  /** Attack time in seconds. */
  readonly attack: number;
  /** Decay time constant in seconds (time to fall to about 37 %). */
  readonly decay: number;
  readonly gain: number;
  readonly wave: Wave;
  /** Extra sine partials as [frequency ratio, relative gain]. */
  readonly partials?: readonly (readonly [number, number])[];
  /** Start the pitch this fraction higher and glide down quickly, for a knock-like attack. */
  readonly pitchDrop?: number;
}

/** A burst of low-passed noise, used for the soft "tap" part of clicks and knocks. */
interface NoiseBurst {
  readonly start: number;
  readonly duration: number;
  readonly decay: number;
  readonly gain: number;
  /** One-pole low-pass coefficient in (0, 1]; smaller is darker and softer. */
  readonly smoothing: number;
  readonly seed: number;
}

/** Returns a seeded mulberry32 generator so any noise is identical on every run. */
function createRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x100000000;
  };
}

/** Allocates a silent buffer for the given length in seconds. */
function silence(seconds: number): Float64Array {
  return new Float64Array(Math.round(seconds * SAMPLE_RATE));
}

/** Evaluates one waveform at a phase measured in cycles, both starting at zero. */
function oscillator(wave: Wave, phase: number): number {
  if (wave === 'sine') return Math.sin(2 * Math.PI * phase);
  return 1 - 4 * Math.abs(((((phase + 0.25) % 1) + 1) % 1) - 0.5);
}

/** Gives the gain of a note envelope at time t, so notes start and end without clicks. */
function envelope(t: number, attack: number, decay: number, duration: number): number {
  const release = Math.min(0.01, duration / 4);
  const rise = attack > 0 && t < attack ? t / attack : 1;
  const fall = Math.exp(-Math.max(0, t - attack) / decay);
  const tail = duration - t < release ? 0.5 - 0.5 * Math.cos((Math.PI * (duration - t)) / release) : 1;
  return rise * fall * tail;
}

/** Mixes a tone into the buffer so notes can be layered and sequenced. */
function addTone(buffer: Float64Array, tone: Tone): void {
  const first = Math.round(tone.start * SAMPLE_RATE);
  const count = Math.min(Math.round(tone.duration * SAMPLE_RATE), buffer.length - first);
  const partials = tone.partials ?? [];
  const drop = tone.pitchDrop ?? 0;
  let phase = 0;
  for (let i = 0; i < count; i += 1) {
    const t = i / SAMPLE_RATE;
    let sample = oscillator(tone.wave, phase);
    for (const [ratio, gain] of partials) sample += gain * Math.sin(2 * Math.PI * phase * ratio);
    const level = tone.gain * envelope(t, tone.attack, tone.decay, tone.duration);
    buffer[first + i] = (buffer[first + i] ?? 0) + level * sample;
    phase += (tone.frequency * (1 + drop * Math.exp(-t / 0.008))) / SAMPLE_RATE;
  }
}

/** Mixes a decaying burst of smoothed noise into the buffer for a soft percussive edge. */
function addNoise(buffer: Float64Array, burst: NoiseBurst): void {
  const random = createRng(burst.seed);
  const first = Math.round(burst.start * SAMPLE_RATE);
  const count = Math.min(Math.round(burst.duration * SAMPLE_RATE), buffer.length - first);
  let smoothed = 0;
  for (let i = 0; i < count; i += 1) {
    const t = i / SAMPLE_RATE;
    smoothed += burst.smoothing * (random() * 2 - 1 - smoothed);
    const level = burst.gain * envelope(t, 0.001, burst.decay, burst.duration);
    buffer[first + i] = (buffer[first + i] ?? 0) + level * smoothed;
  }
}

/** Applies raised-cosine fades at both ends so every file starts and stops at silence. */
function applyFades(buffer: Float64Array, fadeIn: number, fadeOut: number): void {
  const inCount = Math.round(fadeIn * SAMPLE_RATE);
  const outCount = Math.round(fadeOut * SAMPLE_RATE);
  for (let i = 0; i < inCount; i += 1) {
    buffer[i] = (buffer[i] ?? 0) * (0.5 - 0.5 * Math.cos((Math.PI * i) / inCount));
  }
  for (let i = 0; i < outCount; i += 1) {
    const index = buffer.length - 1 - i;
    buffer[index] = (buffer[index] ?? 0) * (0.5 - 0.5 * Math.cos((Math.PI * i) / outCount));
  }
}

/** Scales the buffer so its loudest sample sits exactly at the target peak level. */
function normalise(buffer: Float64Array, peakDbfs: number): void {
  let peak = 0;
  for (const sample of buffer) peak = Math.max(peak, Math.abs(sample));
  if (peak === 0) return;
  const scale = 10 ** (peakDbfs / 20) / peak;
  for (let i = 0; i < buffer.length; i += 1) buffer[i] = (buffer[i] ?? 0) * scale;
}

/** Encodes samples in [-1, 1] as a 16-bit PCM mono WAV file with a hand-written RIFF header. */
function encodeWav(samples: Float64Array): Buffer {
  const dataBytes = samples.length * 2;
  const file = Buffer.alloc(44 + dataBytes);
  file.write('RIFF', 0, 'ascii');
  file.writeUInt32LE(36 + dataBytes, 4);
  file.write('WAVE', 8, 'ascii');
  file.write('fmt ', 12, 'ascii');
  file.writeUInt32LE(16, 16); // fmt chunk size
  file.writeUInt16LE(1, 20); // PCM
  file.writeUInt16LE(1, 22); // mono
  file.writeUInt32LE(SAMPLE_RATE, 24);
  file.writeUInt32LE(SAMPLE_RATE * 2, 28); // byte rate
  file.writeUInt16LE(2, 32); // block align
  file.writeUInt16LE(16, 34); // bits per sample
  file.write('data', 36, 'ascii');
  file.writeUInt32LE(dataBytes, 40);
  samples.forEach((sample, i) => {
    const clamped = Math.max(-1, Math.min(1, sample));
    file.writeInt16LE(Math.round(clamped * 32767), 44 + i * 2);
  });
  return file;
}

/** Builds the soft card-choice click: a brief dull tap with a quickly falling pitch. */
function makeClick(): Float64Array {
  const buffer = silence(0.04);
  addTone(buffer, {
    start: 0,
    frequency: 1100,
    duration: 0.04,
    attack: 0.001,
    decay: 0.006,
    gain: 1,
    wave: 'sine',
    pitchDrop: 0.3,
  });
  addNoise(buffer, { start: 0, duration: 0.02, decay: 0.003, gain: 0.5, smoothing: 0.25, seed: 7 });
  applyFades(buffer, 0.001, 0.008);
  normalise(buffer, PEAK_DBFS);
  return buffer;
}

/** Builds the payment "ting": two quick bright bell notes, B5 then E6. */
function makeCoin(): Float64Array {
  const buffer = silence(0.25);
  const bell = [
    [2, 0.25],
    [3, 0.08],
  ] as const;
  addTone(buffer, {
    start: 0,
    frequency: 987.77,
    duration: 0.08,
    attack: 0.002,
    decay: 0.04,
    gain: 0.7,
    wave: 'sine',
    partials: bell,
  });
  addTone(buffer, {
    start: 0.065,
    frequency: 1318.51,
    duration: 0.185,
    attack: 0.002,
    decay: 0.06,
    gain: 1,
    wave: 'sine',
    partials: bell,
  });
  applyFades(buffer, 0.002, 0.02);
  normalise(buffer, PEAK_DBFS);
  return buffer;
}

/** Builds the month-passing "tick/tock": two soft low wooden knocks. */
function makeMonth(): Float64Array {
  const buffer = silence(0.15);
  const wood = [[2.57, 0.2]] as const;
  addTone(buffer, {
    start: 0,
    frequency: 480,
    duration: 0.06,
    attack: 0.001,
    decay: 0.015,
    gain: 0.8,
    wave: 'sine',
    partials: wood,
    pitchDrop: 0.15,
  });
  addTone(buffer, {
    start: 0.07,
    frequency: 360,
    duration: 0.08,
    attack: 0.001,
    decay: 0.02,
    gain: 1,
    wave: 'sine',
    partials: wood,
    pitchDrop: 0.15,
  });
  addNoise(buffer, {
    start: 0,
    duration: 0.01,
    decay: 0.002,
    gain: 0.15,
    smoothing: 0.2,
    seed: 11,
  });
  addNoise(buffer, {
    start: 0.07,
    duration: 0.01,
    decay: 0.002,
    gain: 0.15,
    smoothing: 0.15,
    seed: 13,
  });
  applyFades(buffer, 0.001, 0.015);
  normalise(buffer, PEAK_DBFS);
  return buffer;
}

/** Builds the escalation alert: a gentle descending major third, E5 then C5, on a soft triangle. */
function makeWarning(): Float64Array {
  const buffer = silence(0.35);
  addTone(buffer, {
    start: 0,
    frequency: 659.25,
    duration: 0.17,
    attack: 0.01,
    decay: 0.12,
    gain: 1,
    wave: 'triangle',
  });
  addTone(buffer, {
    start: 0.16,
    frequency: 523.25,
    duration: 0.19,
    attack: 0.01,
    decay: 0.1,
    gain: 1,
    wave: 'triangle',
  });
  applyFades(buffer, 0.003, 0.03);
  normalise(buffer, PEAK_DBFS);
  return buffer;
}

/** Builds the good-outcome chime: a rising C major arpeggio, C5 E5 G5, with a longer last note. */
function makeSuccess(): Float64Array {
  const buffer = silence(0.6);
  const chime = [
    [2, 0.3],
    [3, 0.08],
  ] as const;
  const notes = [
    { start: 0, frequency: 523.25, decay: 0.1 },
    { start: 0.11, frequency: 659.25, decay: 0.1 },
    { start: 0.22, frequency: 783.99, decay: 0.16 },
  ];
  for (const note of notes) {
    addTone(buffer, {
      ...note,
      duration: 0.6 - note.start,
      attack: 0.004,
      gain: 1,
      wave: 'sine',
      partials: chime,
    });
  }
  applyFades(buffer, 0.002, 0.05);
  normalise(buffer, PEAK_DBFS);
  return buffer;
}

/** Generates every sound and writes it into assets/audio/. */
function main(): void {
  const sounds: Readonly<Record<string, () => Float64Array>> = {
    'click.wav': makeClick,
    'coin.wav': makeCoin,
    'month.wav': makeMonth,
    'warning.wav': makeWarning,
    'success.wav': makeSuccess,
  };
  mkdirSync(OUTPUT_DIR, { recursive: true });
  for (const [name, make] of Object.entries(sounds)) {
    const file = encodeWav(make());
    writeFileSync(join(OUTPUT_DIR, name), file);
    console.log(`${name}: ${file.length} bytes`);
  }
}

main();
