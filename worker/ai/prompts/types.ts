import type { z } from 'zod';

/**
 * A prompt lives in code, with a version and the schema its answer must pass. Changing the
 * wording or the schema means a new version: cached answers and stored analyses name the
 * version they came from, so old and new never mix.
 */
export interface Prompt<Input, Output> {
  id: string;
  version: number;
  schema: z.ZodType<Output>;
  system: string;
  render(input: Input): string;
  maxOutputTokens: number;
  temperature: number;
  /** How long an answer stays in the cache; 0 for never (each call must be fresh, e.g. variants). */
  cacheTtlMs: number;
}

export function promptKey(prompt: Pick<Prompt<unknown, unknown>, 'id' | 'version'>): string {
  return `${prompt.id}@${prompt.version}`;
}

/** Quotes user-supplied text so the model reads it as material, not as instructions. */
export function material(label: string, text: string): string {
  return `<${label}>\n${text.replaceAll(`</${label}>`, '')}\n</${label}>`;
}
