import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { signUp } from '../../../test/factories';
import { snapshot } from '../../../test/world';
import { needsKey, operatorConfigs } from '../../ai/providers';
import type { AiBinding } from '../../ai/providers/workers-ai';
import { systemContext } from '../../core/context';
import { ValidationFailed } from '../../core/http/errors';
import { putAiSettings, setupProblem } from './settings';

// The double covers the one method Workers AI calls, not the whole Ai class; tests have no AI binding.
const AI: AiBinding = { run: async () => ({ response: 'OK' }) };
const bound = { ...env, AI: AI as unknown as Ai };

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationFailed);
  return error instanceof ValidationFailed ? (error.errors ?? []) : [];
}

describe('what a provider needs, by its kind', () => {
  it('asks for a key where the kind needs one: always, or for OpenAI unless it points at a server of its own', () => {
    expect(needsKey('gemini', null)).toBe(true);
    // A proxy in front of Gemini or Anthropic still wants the vendor's key.
    expect(needsKey('anthropic', 'https://proxy.example.com')).toBe(true);
    expect(needsKey('openai', null)).toBe(true);
    expect(needsKey('openai', 'http://ollama.example.com:11434/v1')).toBe(false);
    expect(needsKey('workers-ai', null)).toBe(false);
  });

  it('wants the binding of a kind that runs on one, and nothing else', () => {
    expect(setupProblem(env, { kind: 'workers-ai' }, 2, false)).toEqual({
      path: 'providers.2.kind',
      message: 'Workers AI is not bound to this deployment: add an [ai] binding named "AI" to wrangler.toml.',
    });
    expect(setupProblem(bound, { kind: 'workers-ai' }, 2, false)).toBeNull();
    expect(setupProblem(bound, { kind: 'gemini' }, 0, false)?.path).toBe('providers.0.apiKey');
    expect(setupProblem(bound, { kind: 'openai', baseUrl: 'http://ollama.example.com/v1/' }, 0, false)).toBeNull();
  });

  it('saves Workers AI where it is bound, and refuses it a key or a base URL without changing anything', async () => {
    const owner = await signUp();
    const ctx = systemContext(bound, () => {});
    const before = await snapshot();
    for (const provider of [
      { kind: 'workers-ai' as const, apiKey: 'sk-not-wanted' },
      { kind: 'workers-ai' as const, baseUrl: 'https://example.com/v1' },
    ]) {
      expect(await refusal(putAiSettings(ctx, owner.workspaceId, { providers: [provider] }, owner.id))).toEqual([
        { path: 'providers.0', message: 'Workers AI takes neither a key nor a base URL.' },
      ]);
    }
    expect(await snapshot()).toBe(before);
    const saved = await putAiSettings(ctx, owner.workspaceId, { providers: [{ kind: 'workers-ai' }] }, owner.id);
    expect(saved.providers).toMatchObject([{ kind: 'workers-ai', baseUrl: null, hasKey: false }]);
  });

  it("gives the operator's providers from the deployment's secrets and binding, in the registry's order", () => {
    expect(operatorConfigs({ ...env, GEMINI_API_KEY: undefined, OPENAI_API_KEY: undefined })).toEqual([]);
    expect(
      operatorConfigs({
        ...bound,
        ANTHROPIC_API_KEY: 'sk-ant-operator',
        ANTHROPIC_MODEL: 'claude-sonnet-4-5',
        OPENAI_BASE_URL: 'http://ollama.example.com/v1',
        // A model without its key sets nothing up.
        GEMINI_MODEL: 'gemini-2.5-pro',
      }),
    ).toEqual([
      { kind: 'openai', model: 'gpt-4o-mini', apiKey: null, baseUrl: 'http://ollama.example.com/v1' },
      { kind: 'anthropic', model: 'claude-sonnet-4-5', apiKey: 'sk-ant-operator' },
      { kind: 'workers-ai', model: '@cf/meta/llama-3.1-8b-instruct-fast' },
    ]);
  });
});
