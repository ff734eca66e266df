/**
 * JSON Schema files generated from the zod schemas, so editors offer completion and
 * help on hover. Generated, never written by hand: a test fails when they are stale.
 */
import { z } from 'zod';
import { catalogueSchema, scenarioSchema, tariffSchema } from './schema';

/** The JSON Schema (draft-07) of one format, as text with a trailing newline. */
function render(schema: z.ZodType, id: string, title: string): string {
  const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'any', reused: 'ref' }) as Record<string, unknown>;
  return `${JSON.stringify({ $id: id, title, ...json }, null, 2)}\n`;
}

/** Every generated schema file, by path relative to the project root. */
export function generatedSchemas(): Record<string, string> {
  return {
    'scenarios/scenario.schema.json': render(scenarioSchema, 'scenario.schema.json', 'Wie betaalt? scenario — scenario'),
    'scenarios/catalogue/catalogue.schema.json': render(
      catalogueSchema,
      'catalogue.schema.json',
      'Wie betaalt? prijscatalogus — price catalogue',
    ),
    'scenarios/tariff.schema.json': render(tariffSchema, 'tariff.schema.json', 'Wie betaalt? tarieven van de gemeente — municipal tariffs'),
  };
}

/** Property paths in a JSON Schema that lack a description (for the completeness test). */
export function undescribedProperties(schema: unknown, path = ''): string[] {
  const out: string[] = [];
  if (Array.isArray(schema)) {
    schema.forEach((s, i) => out.push(...undescribedProperties(s, `${path}[${i}]`)));
    return out;
  }
  if (!schema || typeof schema !== 'object') return out;
  const node = schema as Record<string, unknown>;
  const props = node.properties;
  if (props && typeof props === 'object') {
    for (const [name, child] of Object.entries(props as Record<string, unknown>)) {
      const described = (c: unknown): boolean => {
        if (!c || typeof c !== 'object') return false;
        const r = c as Record<string, unknown>;
        if (typeof r.description === 'string') return true;
        if (typeof r.$ref === 'string') return true;
        return (Array.isArray(r.anyOf) && r.anyOf.some(described)) || (Array.isArray(r.allOf) && r.allOf.some(described));
      };
      if (!described(child)) out.push(`${path}.${name}`);
    }
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'description') continue;
    out.push(...undescribedProperties(value, key === 'properties' ? path : `${path}/${key}`));
  }
  return out;
}
