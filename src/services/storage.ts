/**
 * Saves in the browser's localStorage, one key per case, so a broken entry can be
 * reported and removed without touching the others.
 */
const PREFIX = 'wijkteam-kostenspel:save:';
const SETTINGS = 'wijkteam-kostenspel:settings';

export interface StoredEntry {
  readonly key: string;
  readonly data?: unknown;
  readonly broken?: boolean;
}

function store(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** How a write went: stored, refused because storage is full, or no storage at all (blocked or private mode). */
export type WriteResult = 'saved' | 'full' | 'unavailable';

/** True for the error a browser throws when its storage quota is used up (the name differs per engine). */
function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException) && !(error instanceof Error)) return false;
  const { name } = error;
  const code = error instanceof DOMException ? error.code : 0;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** Writes a save; says whether it was stored, and why not when it was not. */
export function writeSave(slot: string, data: unknown): WriteResult {
  const s = store();
  if (!s) return 'unavailable';
  try {
    s.setItem(PREFIX + slot, JSON.stringify(data));
    return 'saved';
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'unavailable';
  }
}

/** The save of one slot as stored, parsed; undefined when there is none or it cannot be read. */
export function readSave(slot: string): unknown {
  try {
    const raw = store()?.getItem(PREFIX + slot);
    return raw ? (JSON.parse(raw) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** How many characters a save takes in storage, to tell the player what removing it frees. */
export function saveSize(slot: string): number {
  try {
    return store()?.getItem(PREFIX + slot)?.length ?? 0;
  } catch {
    return 0;
  }
}

/** Every save, each parsed on its own; unreadable ones are marked broken. */
export function readSaves(): StoredEntry[] {
  const s = store();
  if (!s) return [];
  const out: StoredEntry[] = [];
  for (let i = 0; i < s.length; i += 1) {
    const key = s.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    const raw = s.getItem(key);
    try {
      out.push({ key: key.slice(PREFIX.length), data: JSON.parse(raw ?? '') as unknown });
    } catch {
      out.push({ key: key.slice(PREFIX.length), broken: true });
    }
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

/** Removes one save. */
export function removeSave(slot: string): void {
  store()?.removeItem(PREFIX + slot);
}

export interface Settings {
  readonly lang?: 'nl' | 'en';
  readonly muted?: boolean;
  /** The first-visit tutorial was played, skipped or declined: it is no longer offered. */
  readonly coachSeen?: boolean;
  /** The tutorial is being coached and has come to this step: after a reload the coach carries on there. */
  readonly coachStep?: number;
}

/** The player's settings (language, sound). */
export function readSettings(): Settings {
  try {
    const parsed = JSON.parse(store()?.getItem(SETTINGS) ?? '{}') as unknown;
    if (!parsed || typeof parsed !== 'object') return {};
    const p = parsed as Record<string, unknown>;
    return {
      ...(p.lang === 'nl' || p.lang === 'en' ? { lang: p.lang } : {}),
      ...(typeof p.muted === 'boolean' ? { muted: p.muted } : {}),
      ...(p.coachSeen === true ? { coachSeen: true } : {}),
      ...(typeof p.coachStep === 'number' && Number.isInteger(p.coachStep) && p.coachStep >= 0 ? { coachStep: p.coachStep } : {}),
    };
  } catch {
    return {};
  }
}

/** Stores settings, keeping what is not given, and dropping the ones named in `drop`. */
export function writeSettings(patch: Settings, drop: readonly (keyof Settings)[] = []): void {
  try {
    const next: Record<string, unknown> = { ...readSettings(), ...patch };
    for (const key of drop) delete next[key];
    store()?.setItem(SETTINGS, JSON.stringify(next));
  } catch {
    // Storage may be full or blocked; settings then last for this visit only.
  }
}
