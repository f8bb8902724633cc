import { Sparkles } from 'lucide-react';
import { useState } from 'react';
import { GENERATION_PLATFORMS, platformSpec } from '../../../../worker/contracts';
import type { ContentDetail, GenerationPlatform } from '../../api/types';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { GenerationPanel } from '../create/generation-panel';
import { headline } from './headline';

/**
 * Long-form items (articles, videos) are turned into posts; posts get a sibling on the same
 * platform where AI writing targets it, else on LinkedIn.
 */
function startingPoint(item: ContentDetail): { kind: 'repurpose' | 'post'; platform: GenerationPlatform } {
  const platform = GENERATION_PLATFORMS.find((p) => p === item.platform) ?? 'linkedin';
  const items = platformSpec(item.platform)?.read?.items;
  return { kind: items === 'articles' || items === 'videos' ? 'repurpose' : 'post', platform };
}

/** "Write something like this": the generation panel, building on the item. */
export function WriteLikeThis({ item }: { item: ContentDetail }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<Sparkles className="size-4" />} onClick={() => setOpen(true)}>
        Write something like this
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        size="xl"
        title="Write something like this"
        description="Your AI providers write new posts building on this one, in your brand voice if you pick one."
      >
        {open && <GenerationPanel source={{ id: item.id, title: headline(item) }} defaults={startingPoint(item)} />}
      </Dialog>
    </>
  );
}
