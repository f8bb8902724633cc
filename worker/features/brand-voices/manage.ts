import { and, eq, inArray } from 'drizzle-orm';
import { LOCAL_ENGINE } from '../../ai/local/engine-label';
import { learnVoicePrompt, type VoiceInput } from '../../ai/prompts/generate';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import { InvalidRequest, ResourceNotFound } from '../../core/http/errors';
import { newestFirst } from '../../core/newest-first';
import { type BrandVoice, brandVoices } from '../../db/schema/brand-voices';
import { contentItems } from '../../db/schema/content-items';
import { newId } from '../../lib/ids';
import { generateObject } from '../ai/client';
import { AiNotConfigured } from '../ai/errors';
import { describeVoiceLocally } from './local-voice';

export function presentVoice(voice: BrandVoice) {
  return {
    id: voice.id,
    name: voice.name,
    description: voice.description,
    dos: voice.dos,
    donts: voice.donts,
    examples: voice.examples,
    origin: voice.origin,
    learnedFrom: voice.learnedFrom ?? [],
    createdAt: voice.createdAt.toISOString(),
    updatedAt: voice.updatedAt.toISOString(),
  };
}

export async function getVoice(ctx: ServiceContext, workspaceId: string, voiceId: string) {
  const [voice] = await ctx.db
    .select()
    .from(brandVoices)
    .where(and(eq(brandVoices.id, voiceId), eq(brandVoices.workspaceId, workspaceId)));
  if (!voice) throw new ResourceNotFound('The brand voice');
  return voice;
}

export function listVoices(
  ctx: ServiceContext,
  workspaceId: string,
  filter: { limit: number; cursor?: string | undefined },
) {
  return newestFirst(ctx, brandVoices, workspaceId, filter, presentVoice);
}

async function insertVoice(
  ctx: ServiceContext,
  workspaceId: string,
  input: VoiceInput,
  userId: string | null,
  learnedFrom: string[] | null,
  metadata: Record<string, unknown> = {},
) {
  const now = new Date();
  const voice: BrandVoice = {
    id: newId('bv', now.getTime()),
    workspaceId,
    ...input,
    origin: learnedFrom ? 'learned' : 'manual',
    learnedFrom,
    createdBy: userId,
    createdAt: now,
    updatedAt: now,
  };
  await commitWithAudit(ctx, [ctx.db.insert(brandVoices).values(voice)], {
    workspaceId,
    action: 'brand_voice.created',
    targetType: 'brand_voice',
    targetId: voice.id,
    metadata: { name: voice.name, origin: voice.origin, ...metadata },
  });
  return voice;
}

export function createVoice(ctx: ServiceContext, workspaceId: string, input: VoiceInput, userId: string | null) {
  return insertVoice(ctx, workspaceId, input, userId, null);
}

export async function updateVoice(
  ctx: ServiceContext,
  workspaceId: string,
  voiceId: string,
  patch: Partial<VoiceInput>,
) {
  const voice = await getVoice(ctx, workspaceId, voiceId);
  const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<VoiceInput>;
  const updated = { ...voice, ...changes, updatedAt: new Date() };
  await commitWithAudit(
    ctx,
    [
      ctx.db
        .update(brandVoices)
        .set({ ...changes, updatedAt: updated.updatedAt })
        .where(eq(brandVoices.id, voiceId)),
    ],
    {
      workspaceId,
      action: 'brand_voice.updated',
      targetType: 'brand_voice',
      targetId: voiceId,
      metadata: { fields: Object.keys(changes) },
    },
  );
  return updated;
}

export async function deleteVoice(ctx: ServiceContext, workspaceId: string, voiceId: string) {
  const voice = await getVoice(ctx, workspaceId, voiceId);
  await commitWithAudit(ctx, [ctx.db.delete(brandVoices).where(eq(brandVoices.id, voiceId))], {
    workspaceId,
    action: 'brand_voice.deleted',
    targetType: 'brand_voice',
    targetId: voiceId,
    metadata: { name: voice.name },
  });
}

/**
 * "Learn from my posts": derives a voice from content items of the workspace. A provider
 * describes it when one is configured; otherwise the local engine does, from measurable
 * habits (sentence length, person, emoji, hashtags, questions). The posts become its examples.
 */
export async function learnVoice(
  ctx: ServiceContext,
  workspaceId: string,
  input: { contentIds: string[]; name?: string | undefined },
  userId: string | null,
) {
  const items = await ctx.db
    .select({ id: contentItems.id, title: contentItems.title, text: contentItems.text })
    .from(contentItems)
    .where(and(eq(contentItems.workspaceId, workspaceId), inArray(contentItems.id, input.contentIds)));
  const missing = input.contentIds.filter((id) => !items.some((item) => item.id === id));
  if (missing.length > 0) throw new ResourceNotFound(`Content item ${missing[0]}`);
  const posts = items.map((item) => item.text?.trim() || item.title?.trim() || '').filter(Boolean);
  if (posts.length === 0) throw new InvalidRequest('None of these items has any text to learn a voice from.');
  let learned: Omit<VoiceInput, 'examples'>;
  let engine: string;
  let model: string;
  try {
    const answer = await generateObject(ctx, workspaceId, learnVoicePrompt, { posts });
    learned = answer.value;
    engine = answer.provider;
    model = answer.model;
  } catch (error) {
    if (!(error instanceof AiNotConfigured)) throw error;
    learned = describeVoiceLocally(posts);
    ({ provider: engine, model } = LOCAL_ENGINE);
  }
  const voice = await insertVoice(
    ctx,
    workspaceId,
    { ...learned, name: input.name?.trim() || learned.name, examples: posts.slice(0, 5).map((p) => p.slice(0, 1000)) },
    userId,
    items.map((item) => item.id),
    { engine },
  );
  return { voice, engine, model };
}
