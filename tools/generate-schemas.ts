/** npm run schemas: writes the JSON Schema files generated from the zod schemas. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedSchemas } from '../src/scenario/json-schema';
import { ROOT } from './files';

for (const [path, text] of Object.entries(generatedSchemas())) {
  writeFileSync(join(ROOT, path), text);
  console.log(`wrote ${path}`);
}
