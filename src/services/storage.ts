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

/** Writes a save; returns false when storage is full or unavailable. */
export function writeSave(slot: string, data: unknown): boolean {
  try {
    store()?.setItem(PREFIX + slot, JSON.stringify(data));
    return store() !== undefined;
  } catch {
    return false;
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
    };
  } catch {
    return {};
  }
}

/** Stores settings, keeping what is not given. */
export function writeSettings(patch: Settings): void {
  try {
    store()?.setItem(SETTINGS, JSON.stringify({ ...readSettings(), ...patch }));
  } catch {
    // Storage may be full or blocked; settings then last for this visit only.
  }
}
