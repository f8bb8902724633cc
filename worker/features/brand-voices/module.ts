import { eq } from 'drizzle-orm';
import { type FeatureModule, mount, WORKSPACE } from '../../core/module';
import { brandVoices as brandVoiceTable } from '../../db/schema/brand-voices';
import { BRAND_VOICE_AUDIT_ACTIONS } from './audit';
import { brandVoiceRoutes } from './routes';

/** How the workspace writes: voices described, or learned from its own posts. */
export const brandVoices = {
  name: 'brand-voices',
  routes: mount(`${WORKSPACE}/brand-voices`, brandVoiceRoutes),
  auditActions: BRAND_VOICE_AUDIT_ACTIONS,
  exports: [
    {
      key: 'brandVoices',
      tables: ['brand_voices'],
      read: (ctx, workspaceId) =>
        ctx.db.select().from(brandVoiceTable).where(eq(brandVoiceTable.workspaceId, workspaceId)),
    },
  ],
} satisfies FeatureModule;
