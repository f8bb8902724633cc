import { Sparkles } from 'lucide-react';
import { useState } from 'react';
import { PLATFORMS } from '../../../../worker/contracts';
import type { ContentDetail, GenerationPlatform } from '../../api/types';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { GenerationPanel } from '../create/generation-panel';
import { headline } from './headline';

/** Articles and pages are turned into posts; posts get a sibling on the same platform. */
function startingPoint(item: ContentDetail): { kind: 'repurpose' | 'post'; platform: GenerationPlatform } {
  const platform = PLATFORMS.find((p) => p === item.platform) ?? 'linkedin';
  const longForm = item.platform === 'feed' || item.platform === 'web' || item.platform === 'youtube';
  return { kind: longForm ? 'repurpose' : 'post', platform };
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
