import { z } from 'zod';
import type { BrandVoice, BrandVoiceInput } from '../../api/types';
import { nameField } from '../../lib/schemas';

/**
 * The brand voice form, with the API's limits. Lists are arrays of `{ value }` (what
 * react-hook-form's field arrays need) and go to the API as plain strings, in the same
 * order, so a server complaint about `dos.2` lands on the third rule.
 */

export const LIMITS = { rules: 20, examples: 10 } as const;

const entry = (max: number, what: string) =>
  z.object({
    value: z
      .string()
      .trim()
      .min(1, `Write the ${what}, or remove it.`)
      .max(max, `Use at most ${max.toLocaleString()} characters.`),
  });

export const voiceSchema = z.object({
  name: nameField,
  description: z
    .string()
    .trim()
    .min(1, 'Describe the voice in a sentence or two.')
    .max(2000, 'Use at most 2,000 characters.'),
  dos: z.array(entry(300, 'rule')).max(LIMITS.rules),
  donts: z.array(entry(300, 'rule')).max(LIMITS.rules),
  examples: z.array(entry(3000, 'example')).max(LIMITS.examples),
});

export type VoiceValues = z.input<typeof voiceSchema>;
export type VoiceListName = 'dos' | 'donts' | 'examples';

const wrap = (items: string[]) => items.map((value) => ({ value }));
const unwrapValues = (items: { value: string }[]) => items.map((item) => item.value.trim());

export function toVoiceValues(voice: BrandVoice | null): VoiceValues {
  return {
    name: voice?.name ?? '',
    description: voice?.description ?? '',
    dos: wrap(voice?.dos ?? []),
    donts: wrap(voice?.donts ?? []),
    examples: wrap(voice?.examples ?? []),
  };
}

export function toVoiceInput(values: z.output<typeof voiceSchema>): BrandVoiceInput {
  return {
    name: values.name,
    description: values.description,
    dos: unwrapValues(values.dos),
    donts: unwrapValues(values.donts),
    examples: unwrapValues(values.examples),
  };
}
