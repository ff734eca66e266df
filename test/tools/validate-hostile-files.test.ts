import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../tools/files';

const dir = mkdtempSync(join(tmpdir(), 'validate-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const isPosix = process.platform !== 'win32';
const NOBODY = 65534;

/** Runs the real validate command; a hang fails the test through the timeout instead of blocking it. */
function validate(args: string[], options: SpawnSyncOptions = {}) {
  const peakFile = join(dir, `peak-${Math.random().toString(36).slice(2)}`);
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--import', join(ROOT, 'test', 'tools', 'peak-memory.ts'), join(ROOT, 'tools', 'validate.ts'), ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 30_000,
      // A command run as another user cannot write into this folder, so it is not measured.
      env: options.uid === undefined ? { ...process.env, PEAK_MEMORY_FILE: peakFile } : process.env,
      ...options,
    },
  );
  let peakKilobytes = Number.NaN;
  try {
    peakKilobytes = Number(readFileSync(peakFile, 'utf8'));
  } catch {
    // The command did not exit normally; the status check reports it.
  }
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr), peakKilobytes };
}

/** What every hostile file must get: exit code 1, one message line with a position, no Node error. */
function expectRefused(result: ReturnType<typeof validate>, file: string, message: RegExp): void {
  expect(result.status).toBe(1);
  const lines = result.stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^\S+:\d+:\d+ {2}\S+ {2}.+/);
  expect(lines[0]?.startsWith(`${file}:`)).toBe(true);
  expect(lines[0]).toMatch(message);
  expect(result.stdout + result.stderr).not.toMatch(/\n\s+at |E[A-Z]{3,}:|Error:|Cannot /);
}

describe('validate refuses hostile files with a message, exit code 1 and little memory', { timeout: 60_000 }, () => {
  it('a folder given as the file', () => {
    expectRefused(validate([dir]), dir, /dit is een map, geen bestand/);
    expectRefused(validate(['--lang', 'en', dir]), dir, /this is a folder, not a file/);
  });

  it.skipIf(!isPosix)('a device that never ends (/dev/zero) and one that is empty (/dev/null)', () => {
    expectRefused(validate(['/dev/zero']), '/dev/zero', /geen gewoon bestand/);
    expectRefused(validate(['--lang', 'en', '/dev/null']), '/dev/null', /not an ordinary file/);
  });

  it.skipIf(!isPosix)('a named pipe that nobody writes to does not hang', () => {
    const fifo = join(dir, 'pipe.json');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expectRefused(validate([fifo]), fifo, /geen gewoon bestand/);
  });

  it('a sparse file of 600 MB: the size limit, without reading it, in little memory', () => {
    const file = join(dir, 'huge.json');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 600_000_000);
    closeSync(fd);
    const result = validate([file]);
    expectRefused(result, file, /het bestand is te groot: 600 MB, terwijl de grens 2 MB is/);
    expectRefused(validate(['--lang', 'en', file]), file, /the file is too large: 600 MB, while the limit is 2 MB/);
    // Reading the file would take at least 600 MB; refusing it costs what starting the tool costs.
    expect(result.peakKilobytes).toBeGreaterThan(0);
    expect(result.peakKilobytes).toBeLessThan(250_000);
  });

  it('a file one byte over the limit is refused; one at the limit is read', () => {
    const over = join(dir, 'over.json');
    writeFileSync(over, `{}${' '.repeat(2_000_000 - 1)}`);
    expectRefused(validate([over]), over, /te groot: 2001 kB, terwijl de grens 2 MB is/);
    const at = join(dir, 'at-limit.json');
    writeFileSync(at, `{}${' '.repeat(2_000_000 - 2)}`);
    const result = validate([at]);
    expect(result.status).toBe(1);
    expect(result.stdout).not.toMatch(/te groot/);
    expect(result.stdout).toMatch(/verplicht veld ontbreekt/);
  });

  it('a file that does not exist', () => {
    const missing = join(dir, 'bestaat-niet.json');
    expectRefused(validate([missing]), missing, /bestand niet gevonden \(hint: controleer de naam en de map\)/);
    expectRefused(validate(['--lang', 'en', missing]), missing, /file not found/);
  });

  it('a missing tariff file is a problem like any other', () => {
    const missing = join(dir, 'geen-tarieven.json');
    const result = validate(['--tariff', missing, join(ROOT, 'scenarios', 'eerste-huisbezoek.json')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${missing}:1:1  (root)  bestand niet gevonden`);
  });

  // chmod does not stop root from reading, so as root the command runs as the user "nobody".
  const asRoot = isPosix && process.getuid?.() === 0;
  const nobodyCanRun =
    !asRoot || spawnSync(process.execPath, ['--import', 'tsx', '-e', ''], { cwd: ROOT, uid: NOBODY, gid: NOBODY }).status === 0;
  it.skipIf(!isPosix || !nobodyCanRun)('a file without read permission', () => {
    const file = join(dir, 'geheim.json');
    writeFileSync(file, '{}');
    chmodSync(file, 0o000);
    chmodSync(dir, 0o755);
    const result = validate([file], asRoot ? { uid: NOBODY, gid: NOBODY } : {});
    expectRefused(result, file, /je hebt geen toestemming om dit bestand te lezen/);
  });

  it('the bytes of a PNG image', () => {
    const png = join(dir, 'foto.json');
    const header = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52];
    writeFileSync(png, Buffer.from([...header, ...Array.from({ length: 200 }, (_, i) => (i * 37) % 256)]));
    expectRefused(validate([png]), png, /dit is geen tekstbestand/);
    expectRefused(validate(['--lang', 'en', png]), png, /this is not a text file/);
  });

  it('random bytes without a single NUL are no text either', () => {
    const noise = join(dir, 'ruis.json');
    let x = 12345;
    const bytes = Array.from({ length: 4000 }, () => {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      return 1 + (x % 255);
    });
    writeFileSync(noise, Buffer.from(bytes));
    const result = validate([noise]);
    expectRefused(result, noise, /dit is geen tekstbestand/);
    expect(result.stdout).not.toMatch(/hint: (staat er|ontbreekt er)/);
  });

  it('a number too large to be finite, at its line and column', () => {
    const file = join(dir, 'oneindig.json');
    writeFileSync(file, '{\n  "id": "x",\n  "months": 1e999\n}\n');
    expectRefused(validate([file]), file, /:3:13 {2}months {2}het getal 1e999 is te groot: dat is geen eindig getal/);
    expectRefused(validate(['--lang', 'en', file]), file, /:3:13 {2}months {2}the number 1e999 is too large: it is not a finite number/);
  });

  it('a wrong command line gets a message and the usage, with exit code 2', () => {
    const unknown = validate(['--bogus']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('onbekende optie --bogus');
    expect(unknown.stderr).not.toMatch(/\n\s+at |ERR_/);
    const english = validate(['--lang', 'en', '--tariff']);
    expect(english.status).toBe(2);
    expect(english.stderr).toContain('usage: npm run validate');
  });
});
