import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tools/files';
import { largeCase } from '../large-case';

describe('npm run simulate -- --route best-society on a large case', { timeout: 120_000 }, () => {
  it('answers within its budget with the best route found so far, and says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'grote-casus-'));
    const file = join(dir, 'grote-casus.json');
    writeFileSync(file, largeCase(59, 4, 60));
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'tools', 'simulate.ts'), file, '--route', 'best-society', '--budget', '1', '--lang', 'en'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('stopped at the 1 s budget: the best route found so far');
  });

  it('refuses a budget that is not a number of seconds', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'tools', 'simulate.ts'), join('scenarios', 'eerste-huisbezoek.json'), '--budget', 'soon'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--budget');
  });
});
