/**
 * What the completion summary needs beside the case itself, kept in the case's save:
 * when the player started and finished, and the reflection they typed. Read from
 * untrusted storage, so every field is checked and a wrong one is left out.
 */
import { readSave, writeSave, type WriteResult } from '../services/storage';

export interface PortfolioNotes {
  /** When the case was started (ISO 8601). */
  readonly startedAt?: string;
  /** When the outcome was first reached (ISO 8601). */
  readonly finishedAt?: string;
  /** The player's own reflection, shown as text. */
  readonly reflection?: string;
}

/** Reflections longer than this are cut: a save stays small. */
export const REFLECTION_MAX = 4000;

const isTime = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));

/** The notes a stored save holds, each field only when it is what it should be. */
export function notesOf(data: unknown): PortfolioNotes {
  if (!data || typeof data !== 'object') return {};
  const d = data as Record<string, unknown>;
  return {
    ...(isTime(d.startedAt) ? { startedAt: d.startedAt } : {}),
    ...(isTime(d.finishedAt) ? { finishedAt: d.finishedAt } : {}),
    ...(typeof d.reflection === 'string' ? { reflection: d.reflection.slice(0, REFLECTION_MAX) } : {}),
  };
}

/** Stores the reflection in the save of this slot, keeping the rest of the save as it is. */
export function writeReflection(slot: string, reflection: string): WriteResult | 'noSave' {
  const stored = readSave(slot);
  if (!stored || typeof stored !== 'object') return 'noSave';
  return writeSave(slot, { ...stored, reflection: reflection.slice(0, REFLECTION_MAX) });
}
