import { describe, expect, it } from 'vitest';
import { findScormApi, lessonStatus, scormTimespan, ScormSession, type Scorm12Api } from '../../src/services/scorm';

/** A SCORM 1.2 API that keeps its data model in a map and logs every call. */
function fakeApi(initial: Record<string, string> = {}): Scorm12Api & { readonly data: Map<string, string>; readonly calls: string[] } {
  const data = new Map(Object.entries({ 'cmi.core.lesson_status': 'not attempted', 'cmi.student_data.mastery_score': '', ...initial }));
  const calls: string[] = [];
  return {
    data,
    calls,
    LMSInitialize: () => (calls.push('LMSInitialize'), 'true'),
    LMSFinish: () => (calls.push('LMSFinish'), 'true'),
    LMSGetValue: (element) => data.get(element) ?? '',
    LMSSetValue: (element, value) => (calls.push(`${element}=${value}`), data.set(element, value), 'true'),
    LMSCommit: () => (calls.push('LMSCommit'), 'true'),
    LMSGetLastError: () => '0',
  };
}

/** A chain of windows: the game's, then its parents up to the top. */
function windows(depth: number, api: unknown, at: number): Window {
  const top: Record<string, unknown> = {};
  top.parent = top;
  if (at === depth) top.API = api;
  let current = top;
  for (let level = depth - 1; level >= 0; level -= 1) {
    const child: Record<string, unknown> = { parent: current };
    if (level === at) child.API = api;
    current = child;
  }
  return current as unknown as Window;
}

describe('SCORM 1.2', () => {
  it('finds the API in this window or a parent, up to seven levels up, as the run-time discovery says', () => {
    const api = fakeApi();
    expect(findScormApi(windows(3, api, 0))).toBe(api);
    expect(findScormApi(windows(3, api, 2))).toBe(api);
    expect(findScormApi(windows(7, api, 7))).toBe(api);
    expect(findScormApi(windows(9, api, 9))).toBeUndefined();
    expect(findScormApi(windows(3, { LMSInitialize: 'no' }, 1))).toBeUndefined();
  });

  it('a parent of another origin is skipped, not an error', () => {
    const api = fakeApi();
    const blocked = {
      get API(): unknown {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
      get parent(): unknown {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    };
    const game = { parent: blocked, opener: { API: api, parent: null } };
    expect(findScormApi(game as unknown as Window)).toBe(api);
  });

  it('starts incomplete, reports passed or failed with the score, and finishes once with the session time', () => {
    const api = fakeApi();
    const session = new ScormSession(api, 0);
    expect(session.start()).toBe(true);
    expect(api.data.get('cmi.core.lesson_status')).toBe('incomplete');
    session.outcome({ raw: 40, min: 0, max: 100, success: false });
    expect(api.data.get('cmi.core.lesson_status')).toBe('failed');
    session.outcome({ raw: 75, min: 0, max: 100, success: true });
    expect(api.data.get('cmi.core.lesson_status')).toBe('passed');
    expect(api.data.get('cmi.core.score.raw')).toBe('75');
    // A passed course stays passed.
    session.outcome({ raw: 10, min: 0, max: 100, success: false });
    expect(api.data.get('cmi.core.score.raw')).toBe('75');
    session.finish(3_723_040);
    session.finish(4_000_000);
    expect(api.data.get('cmi.core.session_time')).toBe('0001:02:03.04');
    expect(api.data.get('cmi.core.exit')).toBe('');
    expect(api.calls.filter((c) => c === 'LMSFinish')).toHaveLength(1);
  });

  it("uses the platform's mastery score when it sets one", () => {
    expect(lessonStatus({ raw: 60, min: 0, max: 100, success: false }, '50')).toBe('passed');
    expect(lessonStatus({ raw: 60, min: 0, max: 100, success: true }, '80')).toBe('failed');
    expect(lessonStatus({ raw: 60, min: 0, max: 100, success: true }, '')).toBe('passed');
  });

  it('an unfinished course is suspended on leaving', () => {
    const api = fakeApi();
    const session = new ScormSession(api, 0);
    session.start();
    session.finish(1000);
    expect(api.data.get('cmi.core.exit')).toBe('suspend');
    expect(scormTimespan(0)).toBe('0000:00:00.00');
  });
});
