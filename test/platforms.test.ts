/**
 * The platform registry is the one list: the source types the API accepts, the readers, the
 * `platform` of content items, the platforms AI writing targets and the social profile kinds
 * all agree with it — and with the API contract as it stood before the registry.
 */
import { describe, expect, it } from 'vitest';
import {
  CONTENT_PLATFORMS,
  GENERATION_PLATFORMS,
  PLATFORM_LIMITS,
  PLATFORMS,
  PROFILE_PLATFORMS,
  type ProfilePlatform,
  profileUrl,
  SOURCE_TYPES,
  sourceTypeSpec,
} from '../worker/connectors/platforms';
import { READERS } from '../worker/connectors/readers';
import { socialProfile } from '../worker/connectors/readers/web/social-profiles';
import { call, expectProblem, signUp } from './factories';
import { type JsonSchema, openApi, resolve } from './openapi';
import { snapshot } from './world';

const sorted = (values: readonly unknown[] | undefined) => [...(values ?? [])].map(String).sort();

/** The API's values, as they were when the registry replaced the separate lists. */
const CONTRACT = {
  sourceTypes: ['bluesky', 'feed', 'reddit', 'trends', 'web', 'youtube'],
  contentPlatforms: ['bluesky', 'feed', 'reddit', 'trends', 'web', 'youtube'],
  generationLimits: {
    bluesky: { label: 'Bluesky', maxLength: 300, maxHashtags: null },
    x: { label: 'X', maxLength: 280, maxHashtags: null },
    threads: { label: 'Threads', maxLength: 500, maxHashtags: 1 },
    instagram: { label: 'Instagram', maxLength: 2200, maxHashtags: 30 },
    linkedin: { label: 'LinkedIn', maxLength: 3000, maxHashtags: null },
    facebook: { label: 'Facebook', maxLength: 63_206, maxHashtags: null },
    tiktok: { label: 'TikTok', maxLength: 4000, maxHashtags: null },
    youtube: { label: 'YouTube (description)', maxLength: 5000, maxHashtags: 15 },
    blog: { label: 'Blog', maxLength: null, maxHashtags: null },
    newsletter: { label: 'Newsletter', maxLength: null, maxHashtags: null },
  },
  profileKinds: ['bluesky', 'facebook', 'instagram', 'linkedin', 'threads', 'tiktok', 'x', 'youtube'],
};

/** A handle of the form each platform's profiles take. */
const HANDLES: Record<ProfilePlatform, string> = {
  bluesky: 'harbour.bsky.social',
  x: 'harbourbakery',
  threads: 'harbour.bakery',
  instagram: 'harbour.bakery',
  linkedin: 'jane-doe-123',
  facebook: 'HarbourBakery',
  tiktok: 'harbour.bakery',
  youtube: 'HarbourBakery',
};

describe('the platform registry', () => {
  it('names each platform once', () => {
    const ids = PLATFORMS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(SOURCE_TYPES).size).toBe(SOURCE_TYPES.length);
  });

  it('is the list of source types the API accepts and shows', async () => {
    const doc = await openApi();
    const schema = (name: string) => resolve(doc, doc.components.schemas[name] ?? {});
    const property = (name: string, key: string): JsonSchema => resolve(doc, schema(name).properties?.[key] ?? {});
    expect(sorted(SOURCE_TYPES)).toEqual(CONTRACT.sourceTypes);
    expect(sorted(property('SourceCreate', 'type').enum)).toEqual(CONTRACT.sourceTypes);
    expect(sorted(property('Source', 'type').enum)).toEqual(CONTRACT.sourceTypes);
    const filter = doc.paths['/api/v1/workspaces/{workspaceId}/sources']?.get?.parameters?.find(
      (p) => p.name === 'type',
    );
    expect(sorted(resolve(doc, filter?.schema ?? {}).enum)).toEqual(CONTRACT.sourceTypes);
  });

  it('refuses a platform that is not read as a source type, and changes nothing', async () => {
    const owner = await signUp();
    const before = await snapshot();
    for (const type of ['mastodon', 'x', 'blog', 'newsletter']) {
      const problem = await expectProblem(
        await call(`/api/v1/workspaces/${owner.workspaceId}/sources`, {
          token: owner.token,
          body: { type, url: 'https://example.com/' },
        }),
        400,
      );
      expect(problem.errors?.map((e) => e.path)).toContain('type');
    }
    expect(await snapshot()).toBe(before);
  });

  it('has a reader for each source type, writing the platform the registry says it reads', () => {
    expect(sorted(Object.keys(READERS))).toEqual(sorted(SOURCE_TYPES));
    for (const type of SOURCE_TYPES) {
      expect(READERS[type].type, type).toBe(type);
      expect(READERS[type].platform, type).toBe(sourceTypeSpec(type).platform);
    }
    expect(sorted(CONTENT_PLATFORMS)).toEqual(CONTRACT.contentPlatforms);
    // Every platform that is read has a reader writing its items.
    expect(sorted([...new Set(Object.values(READERS).map((reader) => reader.platform))])).toEqual(
      sorted(CONTENT_PLATFORMS),
    );
  });

  it('is the list of platforms AI writing takes, with the same limits', async () => {
    expect(PLATFORM_LIMITS).toEqual(CONTRACT.generationLimits);
    expect(sorted(GENERATION_PLATFORMS)).toEqual(sorted(Object.keys(CONTRACT.generationLimits)));
    const doc = await openApi();
    const request = resolve(doc, doc.components.schemas.GenerateRequest ?? {});
    expect(sorted(resolve(doc, request.properties?.platform ?? {}).enum)).toEqual(sorted(GENERATION_PLATFORMS));
  });

  it('gives profile addresses that the web reader recognises as those accounts', () => {
    expect(sorted(PROFILE_PLATFORMS)).toEqual(CONTRACT.profileKinds);
    for (const platform of PROFILE_PLATFORMS) {
      const url = profileUrl(platform, HANDLES[platform]);
      expect(socialProfile(url), url).toEqual({ platform, handle: HANDLES[platform], url });
    }
  });
});
