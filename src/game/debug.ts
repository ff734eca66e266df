/**
 * A read-only window onto what the canvas draws, for tests and tools that cannot read
 * pixels: the texts it shows, the state of the home, the buildings in fog, and whether
 * the loop sleeps. The scene writes it; nothing reads it to play.
 */
export interface StageState {
  readonly lang: string;
  readonly heading: string;
  /** Every text drawn from a locale key (building names, legend). */
  readonly labels: readonly string[];
  readonly buildings: readonly string[];
  readonly fogged: readonly string[];
  /** Each building's running total as written under it. */
  readonly totals: Readonly<Record<string, string>>;
  /** Where the household lives ('menu' when no case runs). */
  readonly dwelling: string;
  readonly homeTexture: string;
  readonly post: number;
  readonly letters: readonly string[];
  readonly moods: readonly number[];
  readonly evicted: boolean;
  /** Money streams drawn for the last month. */
  readonly streams: number;
  readonly reducedMotion: boolean;
  /** How long drawing the last change took, in ms. */
  readonly drawMs: number;
  readonly size: { readonly width: number; readonly height: number };
}

export interface StageLive {
  readonly tweens: number;
  readonly sleeping: boolean;
  /** True while a change waits for the next frame to be drawn. */
  readonly dirty: boolean;
}

declare global {
  interface Window {
    /** What the neighbourhood canvas shows now (read-only). */
    readonly wieBetaaltStage?: Readonly<StageState & StageLive>;
  }
}

/** Publishes the canvas's state on `window.wieBetaaltStage`, with the loop's live figures read when asked. */
export function publishStage(state: StageState, live: () => StageLive): void {
  const frozen = Object.freeze({ ...state });
  Object.defineProperty(window, 'wieBetaaltStage', {
    configurable: true,
    enumerable: false,
    get: () => Object.freeze({ ...frozen, ...live() }),
  });
}
