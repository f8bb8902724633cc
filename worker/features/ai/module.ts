import { eq } from 'drizzle-orm';
import { CRONS } from '../../core/crons';
import { pagedRows } from '../../core/export-section';
import { type FeatureModule, mount, WORKSPACE } from '../../core/module';
import { aiSettings } from '../../db/schema/ai-settings';
import { aiUsage } from '../../db/schema/ai-usage';
import { AI_AUDIT_ACTIONS } from './audit';
import { purgeAiRecords } from './purge';
import { aiRoutes } from './routes';

/** The workspace's AI providers, usage and budget, and generation. */
export const ai = {
  name: 'ai',
  routes: mount(`${WORKSPACE}/ai`, aiRoutes),
  crons: { [CRONS.daily]: [purgeAiRecords] },
  auditActions: AI_AUDIT_ACTIONS,
  exports: [
    {
      key: 'aiSettings',
      tables: ['ai_settings'],
      // Providers without their keys: sealed keys only open with this deployment's ENCRYPTION_KEYS.
      read: async (ctx, workspaceId) => {
        const [settings] = await ctx.db.select().from(aiSettings).where(eq(aiSettings.workspaceId, workspaceId));
        return settings
          ? {
              providers: settings.providers.map(({ sealedKey: _sealed, ...provider }) => provider),
              monthlyTokenBudget: settings.monthlyTokenBudget,
            }
          : null;
      },
    },
    {
      key: 'aiUsage',
      tables: ['ai_usage'],
      read: (ctx, workspaceId) => pagedRows(ctx, aiUsage, 'id', eq(aiUsage.workspaceId, workspaceId)),
    },
  ],
  notExported: {
    ai_cache: 'A cache of provider answers, expiring on its own; everything it was computed from is exported.',
  },
} satisfies FeatureModule;
