/**
 * The game's Content-Security-Policy, in one place for the <meta> the build writes into
 * index.html and for the header a web server sends (docs/deployment.md). Everything
 * comes from the game's own origin; connections also go to the learning record store,
 * and only when the deployment configured one.
 */

export interface CspOptions {
  /** Origins the game may connect to besides its own: the configured learning record store. */
  readonly connect?: readonly string[];
  /** 'meta' leaves out what a <meta> element cannot carry (frame-ancestors). */
  readonly delivery: 'meta' | 'header';
  /** Who may frame the game (header only): its own origin unless a learning platform frames it. */
  readonly frameAncestors?: readonly string[];
}

/** The policy's directives in the order they are written. */
export function cspDirectives(options: CspOptions): [string, string[]][] {
  const directives: [string, string[]][] = [
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    // Phaser reads each SVG as a blob and decodes it through a blob: URL, and boots its
    // built-in textures (__DEFAULT, __MISSING, __WHITE) from data: URIs.
    ['img-src', ["'self'", 'blob:', 'data:']],
    ['font-src', ["'self'"]],
    ['media-src', ["'self'"]],
    ['connect-src', ["'self'", ...(options.connect ?? [])]],
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'none'"]],
  ];
  if (options.delivery === 'header') directives.push(['frame-ancestors', [...(options.frameAncestors ?? ["'self'"])]]);
  return directives;
}

/** The policy as one header or meta value. */
export function contentSecurityPolicy(options: CspOptions): string {
  return cspDirectives(options)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** The other headers a deployment should send with every response (docs/deployment.md). */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
} as const;
