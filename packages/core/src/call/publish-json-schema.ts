import { z } from 'zod';

/** A zod schema as the JSON Schema published for integrators and editors, with its id and title. */
export function publishJsonSchema(
  schema: z.ZodType,
  meta: { id: string; title: string; description: string },
): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...json,
    $id: `https://callqa.dev/schema/${meta.id}`,
    title: meta.title,
    description: meta.description,
  };
}
