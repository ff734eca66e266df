/** npm run new-scenario -- <id>: writes scenarios/<id>.json, a valid starting file, and lists it in index.json. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { starterScenario } from '../src/scenario/starter';
import { SCENARIO_DIR } from './files';

function main(argv: readonly string[]): number {
  const id = argv[0];
  if (!id || !/^[a-z0-9][a-z0-9-]*$/.test(id)) {
    process.stderr.write('usage: npm run new-scenario -- <id>   (id: lower-case letters, digits and dashes)\n');
    return 2;
  }
  const file = join(SCENARIO_DIR, `${id}.json`);
  if (existsSync(file)) {
    process.stderr.write(`new-scenario: ${file} already exists\n`);
    return 2;
  }
  writeFileSync(file, starterScenario(id));
  const indexFile = join(SCENARIO_DIR, 'index.json');
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as { scenarios: string[] };
  if (!index.scenarios.includes(`${id}.json`)) index.scenarios.push(`${id}.json`);
  writeFileSync(indexFile, `${JSON.stringify(index, null, 2)}\n`);
  process.stdout.write(`wrote scenarios/${id}.json and added it to scenarios/index.json\nnext: npm run validate -- scenarios/${id}.json\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
