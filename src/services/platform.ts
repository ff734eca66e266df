/**
 * Reporting to learning platforms, as this build was configured: xAPI statements to a
 * learning record store, a SCORM 1.2 session with the LMS that frames the game, or
 * neither (the default: then nothing leaves the browser). The footer that tells the
 * player which (mountFooter in notices.ts) is shown by the page from the start.
 */
import type { CaseHub } from '../engine';
import { caseOutcomeOf, platformScore } from './case-result';
import { watchCases } from './case-watch';
import { platformSettings, type PlatformSettings } from './platform-config';
import { findScormApi, ScormSession } from './scorm';
import { xapiReporter } from './xapi-reporter';

/** Starts what this build reports; returns the function that stops listening. */
export function startPlatformReporting(hub: CaseHub, settings: PlatformSettings = platformSettings()): () => void {
  const stops: (() => void)[] = [];
  if (settings.xapi) {
    const xapi = xapiReporter(settings.xapi);
    stops.push(watchCases(hub, (moment) => xapi.report(moment)));
  }
  if (settings.scorm) {
    const api = findScormApi(window);
    const session = api ? new ScormSession(api, Date.now()) : undefined;
    if (session?.start()) {
      stops.push(
        watchCases(hub, (moment) => {
          if (moment.type === 'completed') session.outcome(platformScore(caseOutcomeOf(moment.view)));
        }),
      );
      window.addEventListener('pagehide', () => session.finish(Date.now()));
    }
  }
  return () => stops.forEach((stop) => stop());
}
