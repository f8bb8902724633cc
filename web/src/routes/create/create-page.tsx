import { PageHeader } from '../../components/page-header';
import { GenerationPanel } from './generation-panel';

/** "Create": the generation panel on a page of its own. */
export function CreatePage() {
  return (
    <>
      <PageHeader
        title="Create"
        description="Write posts, captions, threads, hashtags, articles and newsletters with your AI providers, in your brand voice."
      />
      <GenerationPanel />
    </>
  );
}
