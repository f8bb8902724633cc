import type { UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { needsKey as kindNeedsKey } from '../../../../worker/contracts';
import type { AiProviderKind, AiSettings, AiSettingsInput } from '../../api/types';
import { AI_PROVIDER_KINDS, AI_PROVIDERS } from '../../lib/ai-providers';
import { isHttpUrl } from '../../lib/schemas';

/**
 * The Settings → AI form. Its keys are the API's (`providers.0.baseUrl`), so the server's
 * field errors land on the right input. Keys are write-only: a row holds a new key typed
 * here, or says to remove the saved one; otherwise the saved key of its kind and base URL
 * stays, exactly as the API keeps it.
 */

const MAX_PROVIDERS = 8;
const MIN_BUDGET = 1000;
const MAX_BUDGET = 10_000_000_000;

type SavedProvider = AiSettings['providers'][number];

/** The saved provider whose key the API would keep for this kind and base URL. */
export function savedKeyFor(
  saved: SavedProvider[],
  row: { kind: AiProviderKind; baseUrl: string },
): SavedProvider | undefined {
  const baseUrl = normalizeBaseUrl(row.baseUrl);
  return saved.find((p) => p.kind === row.kind && p.baseUrl === baseUrl && p.hasKey);
}

/** As the API stores it: no trailing slashes, null when empty. */
function normalizeBaseUrl(value: string): string | null {
  return value.trim().replace(/\/+$/, '') || null;
}

/** Whether the API would insist on a key (by the same rule): OpenAI itself does, a server of one's own may not. */
export function needsKey(row: { kind: AiProviderKind; baseUrl: string }): boolean {
  return kindNeedsKey(row.kind, normalizeBaseUrl(row.baseUrl));
}

const providerRow = z.object({
  kind: z.enum(AI_PROVIDER_KINDS as [AiProviderKind, ...AiProviderKind[]]),
  model: z.string().trim().max(200, 'Use at most 200 characters.'),
  baseUrl: z
    .string()
    .trim()
    .max(500, 'Use at most 500 characters.')
    .refine((value) => value === '' || isHttpUrl(value), 'Use an http(s) URL, such as http://localhost:11434/v1.'),
  /** A new key, typed here; empty keeps (or, with removeKey, removes) the saved one. */
  apiKey: z.string().trim().max(500, 'Use at most 500 characters.'),
  removeKey: z.boolean(),
});

export type ProviderRow = z.input<typeof providerRow>;

/** The form's schema; it knows the saved providers to tell which rows still have a key. */
export function aiSettingsSchema(saved: SavedProvider[], workersAiAvailable: boolean) {
  return z.object({
    providers: z
      .array(
        providerRow.superRefine((row, ctx) => {
          if (row.kind === 'workers-ai' && !workersAiAvailable)
            ctx.addIssue({ code: 'custom', path: ['kind'], message: 'Workers AI is not bound to this deployment.' });
          const hasKey = row.apiKey !== '' || (!row.removeKey && savedKeyFor(saved, row) !== undefined);
          if (!hasKey && needsKey(row))
            ctx.addIssue({
              code: 'custom',
              path: ['apiKey'],
              message: `${AI_PROVIDERS[row.kind].label} needs an API key.`,
            });
        }),
      )
      .max(MAX_PROVIDERS, `At most ${MAX_PROVIDERS} providers.`),
    monthlyTokenBudget: z
      .string()
      .trim()
      .refine(
        (value) => value === '' || (/^\d+$/.test(value) && Number(value) >= MIN_BUDGET && Number(value) <= MAX_BUDGET),
        `Use a whole number from ${MIN_BUDGET.toLocaleString()} up, or leave it empty for no limit.`,
      ),
  });
}

export type AiSettingsValues = z.input<ReturnType<typeof aiSettingsSchema>>;

/** What the parts of one provider row get: its place in the form, the form, and the saved providers. */
export interface ProviderRowProps {
  index: number;
  form: UseFormReturn<AiSettingsValues>;
  saved: AiSettings['providers'];
}

export { MAX_PROVIDERS };

export function newProviderRow(kind: AiProviderKind): ProviderRow {
  return { kind, model: '', baseUrl: '', apiKey: '', removeKey: false };
}

/** The saved settings as the form shows them (a model equal to the default shows as the placeholder). */
export function toFormValues(settings: AiSettings): AiSettingsValues {
  return {
    providers: settings.providers.map((p) => ({
      kind: p.kind,
      model: p.model === AI_PROVIDERS[p.kind].defaultModel ? '' : p.model,
      baseUrl: p.baseUrl ?? '',
      apiKey: '',
      removeKey: false,
    })),
    monthlyTokenBudget: settings.monthlyTokenBudget === null ? '' : String(settings.monthlyTokenBudget),
  };
}

/** One row as the API takes it: the key only when typed (or null to remove it). */
export function toProviderInput(row: ProviderRow): AiSettingsInput['providers'][number] {
  const baseUrl = row.baseUrl.trim();
  const apiKey = row.apiKey.trim();
  return {
    kind: row.kind,
    ...(row.model.trim() ? { model: row.model.trim() } : {}),
    ...(baseUrl && AI_PROVIDERS[row.kind].baseUrl ? { baseUrl } : {}),
    ...(apiKey ? { apiKey } : row.removeKey ? { apiKey: null } : {}),
  };
}

export function toSettingsInput(values: AiSettingsValues): AiSettingsInput {
  const budget = values.monthlyTokenBudget.trim();
  return {
    providers: values.providers.map(toProviderInput),
    monthlyTokenBudget: budget === '' ? null : Number(budget),
  };
}

/**
 * How "Test connection" can try a row. With a key typed (or none needed) it goes as an
 * unsaved provider. A saved key never comes back to the browser, so a row that relies on
 * one is tested through the saved chain, at the index of the saved provider it matches.
 */
export function testPlan(
  saved: SavedProvider[],
  row: ProviderRow,
): { mode: 'unsaved' } | { mode: 'saved'; index: number } | { mode: 'blocked'; reason: string } {
  const keyKept = row.apiKey.trim() === '' && !row.removeKey && savedKeyFor(saved, row) !== undefined;
  if (!keyKept) {
    if (row.apiKey.trim() === '' && needsKey(row)) return { mode: 'blocked', reason: 'Enter the API key to test.' };
    return { mode: 'unsaved' };
  }
  const model = row.model.trim() || AI_PROVIDERS[row.kind].defaultModel;
  const baseUrl = normalizeBaseUrl(row.baseUrl);
  const index = saved.findIndex((p) => p.kind === row.kind && p.baseUrl === baseUrl && p.model === model);
  if (index === -1)
    return {
      mode: 'blocked',
      reason: 'The saved key is only used by saved settings: save first, or type the key again to test.',
    };
  return { mode: 'saved', index };
}
