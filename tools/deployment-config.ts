/**
 * What a deployment sets at build time: an optional learning record store (xAPI) and
 * whether the build is a SCORM package. Read from `deployment.config.json` (or the file
 * WIE_BETAALT_CONFIG names) and from WIE_BETAALT_* environment variables, which win.
 * Only the build reads this, never the running game: no link or URL parameter can send
 * results anywhere else.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { PlatformSettings, XapiSettings } from '../src/services/platform-config.ts';

export interface DeploymentConfig extends PlatformSettings {
  /** Whether the build has the offline service worker (never inside a learning platform). */
  readonly serviceWorker: boolean;
  /** Title of the course in the SCORM manifest. */
  readonly scormTitle: string;
}

const isLoopback = (host: string): boolean => host === '127.0.0.1' || host === 'localhost' || host === '[::1]';

const endpoint = z
  .string()
  .url()
  .refine((text) => {
    const url = new URL(text);
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname));
  }, 'the learning record store must use https (plain http only on this computer, for testing)')
  .refine((text) => !new URL(text).search && !new URL(text).hash, 'the endpoint has no query or fragment')
  .transform((text) => (text.endsWith('/') ? text : `${text}/`));

const FileSchema = z
  .object({
    xapi: z
      .object({
        endpoint,
        username: z.string().min(1).optional(),
        password: z.string().optional(),
        homePage: z.string().url().optional(),
        team: z.string().min(1).max(80).optional(),
      })
      .strict()
      .optional(),
    scorm: z
      .object({ title: z.string().min(1).max(200).optional() })
      .strict()
      .optional(),
  })
  .strict();

type FileConfig = z.infer<typeof FileSchema>;

/** The environment variables a deployment may set instead of (or over) the file. */
export const ENV_VARS = {
  config: 'WIE_BETAALT_CONFIG',
  endpoint: 'WIE_BETAALT_XAPI_ENDPOINT',
  username: 'WIE_BETAALT_XAPI_USERNAME',
  password: 'WIE_BETAALT_XAPI_PASSWORD',
  homePage: 'WIE_BETAALT_XAPI_HOMEPAGE',
  team: 'WIE_BETAALT_XAPI_TEAM',
  scormTitle: 'WIE_BETAALT_SCORM_TITLE',
} as const;

function readFile(root: string, env: Readonly<Record<string, string | undefined>>): FileConfig {
  const named = env[ENV_VARS.config];
  const file = resolve(root, named ?? 'deployment.config.json');
  if (!existsSync(file)) {
    if (named) throw new Error(`${ENV_VARS.config} names ${file}, which does not exist`);
    return {};
  }
  const parsed = FileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The deployment's settings for a build in `mode` ('scorm' builds the package for a learning platform). */
export function readDeploymentConfig(options: {
  readonly root: string;
  readonly mode: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}): DeploymentConfig {
  const { env } = options;
  const file = readFile(options.root, env);
  const fromEnv = (name: keyof typeof ENV_VARS): string | undefined => {
    const value = env[ENV_VARS[name]];
    return value === undefined || value === '' ? undefined : value;
  };
  const endpointText = fromEnv('endpoint') ?? file.xapi?.endpoint;
  let xapi: XapiSettings | undefined;
  if (endpointText) {
    const checked = endpoint.safeParse(endpointText);
    if (!checked.success) throw new Error(`xAPI endpoint ${endpointText}: ${z.prettifyError(checked.error)}`);
    const username = fromEnv('username') ?? file.xapi?.username;
    const password = fromEnv('password') ?? file.xapi?.password ?? '';
    const homePage = fromEnv('homePage') ?? file.xapi?.homePage;
    const team = fromEnv('team') ?? file.xapi?.team;
    xapi = {
      endpoint: checked.data,
      ...(username ? { authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` } : {}),
      ...(homePage ? { homePage } : {}),
      ...(team ? { team } : {}),
    };
  }
  const scorm = options.mode === 'scorm';
  return {
    ...(xapi ? { xapi } : {}),
    scorm,
    serviceWorker: !scorm,
    scormTitle: fromEnv('scormTitle') ?? file.scorm?.title ?? 'Wie betaalt? – het kostenspel voor wijkteams',
  };
}

/** The part of the settings the browser gets. */
export function browserSettings(config: DeploymentConfig): PlatformSettings {
  return { ...(config.xapi ? { xapi: config.xapi } : {}), scorm: config.scorm };
}
