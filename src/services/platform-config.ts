/**
 * The learning-platform settings this build was made with (tools/deployment-config.ts
 * reads them at build time and Vite writes them in). Nothing here comes from the URL or
 * from storage, so no link can make the game report anywhere else.
 */

/** The learning record store the statements go to; the endpoint is its xAPI base, ending in '/'. */
export interface XapiSettings {
  readonly endpoint: string;
  /** The Authorization header ("Basic …"), when the store asks for one. */
  readonly authorization?: string;
  /** The account homePage for the anonymous actors; the game's own address when not set. */
  readonly homePage?: string;
  /** A label for the team or training group, sent as the statements' context team. */
  readonly team?: string;
}

export interface PlatformSettings {
  /** Set only when the deployment configured a learning record store. */
  readonly xapi?: XapiSettings;
  /** A SCORM 1.2 build: reports to the LMS API of a parent window. */
  readonly scorm: boolean;
}

// Replaced by Vite's define at build time; absent in unit tests and tools, which read no platform.
declare const __WIE_BETAALT_PLATFORM__: PlatformSettings | undefined;

/** The settings of this build: no store and no SCORM unless the deployment configured them. */
export function platformSettings(): PlatformSettings {
  return typeof __WIE_BETAALT_PLATFORM__ === 'undefined' ? { scorm: false } : __WIE_BETAALT_PLATFORM__;
}
