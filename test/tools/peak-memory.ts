/**
 * Preloaded into a command under test (node --import): on exit it writes the
 * process's peak resident memory in kilobytes to the file named by PEAK_MEMORY_FILE.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.PEAK_MEMORY_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
