import { Info } from 'lucide-react';
import { type ReactNode, useId } from 'react';
import type { ContentAnalysis } from '../../api/types';
import { Badge } from '../../components/badge';
import { EngineBadge } from '../../components/engine-badge';

type Insight = NonNullable<ContentAnalysis['insight']>;
type Visual = NonNullable<ContentAnalysis['visual']>;

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-2.5 first:pt-0 last:pb-0 sm:grid-cols-[9rem_minmax(0,1fr)] sm:gap-4">
      <dt className="text-xs font-medium text-zinc-500 sm:pt-0.5">{label}</dt>
      <dd className="text-sm break-words text-zinc-800">{children}</dd>
    </div>
  );
}

function Numbered({ items }: { items: string[] }) {
  return (
    <ol className="list-decimal space-y-1 pl-4">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ol>
  );
}

function Block({
  title,
  badge,
  testId,
  children,
}: {
  title: string;
  badge: ReactNode;
  testId: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="space-y-3" data-testid={testId}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="text-sm font-semibold text-zinc-900">
          {title}
        </h3>
        {badge}
      </div>
      {children}
    </section>
  );
}

function InsightRows({ insight }: { insight: Insight }) {
  return (
    <dl className="divide-y divide-zinc-100">
      <Row label="Why it worked">{insight.whyItWorked}</Row>
      <Row label="Hook">{insight.hook}</Row>
      {insight.topics.length > 0 && (
        <Row label="Topics">
          <ul className="flex flex-wrap gap-1.5" aria-label="Topics">
            {insight.topics.map((topic) => (
              <li key={topic}>
                <Badge tone="accent">{topic}</Badge>
              </li>
            ))}
          </ul>
        </Row>
      )}
      <Row label="Format">{insight.format}</Row>
      <Row label="Tone">{insight.tone}</Row>
      <Row label="Call to action">{insight.callToAction ?? <span className="text-zinc-400">None</span>}</Row>
      {insight.remixIdeas.length > 0 && (
        <Row label="Remix ideas">
          <Numbered items={insight.remixIdeas} />
        </Row>
      )}
    </dl>
  );
}

function VisualRows({ visual }: { visual: Visual }) {
  return (
    <dl className="divide-y divide-zinc-100">
      <Row label="Thumbnail appeal">
        <span className="font-semibold tabular-nums">{visual.thumbnailAppeal.score}/10</span>{' '}
        <span className="text-zinc-600">{visual.thumbnailAppeal.why}</span>
      </Row>
      <Row label="Pacing">{visual.pacing}</Row>
      {visual.scenes.length > 0 && (
        <Row label="Scenes">
          <Numbered items={visual.scenes} />
        </Row>
      )}
      {visual.onScreenText.length > 0 && (
        <Row label="Text on screen">
          <ul className="space-y-1">
            {visual.onScreenText.map((text) => (
              <li key={text}>“{text}”</li>
            ))}
          </ul>
        </Row>
      )}
    </dl>
  );
}

/**
 * An AI provider's reading of the item (hook, topics, format, tone, call to action, why it
 * worked, remix ideas) and of its image, labelled with the provider and model; or, when no
 * provider analysed it, why not.
 */
export function InsightAnalysis({ analysis }: { analysis: ContentAnalysis }) {
  const badge = <EngineBadge provider={analysis.provider} model={analysis.model} />;
  if (!analysis.insight) {
    return (
      <p className="flex items-start gap-2 rounded-lg bg-zinc-50 p-3 text-sm text-zinc-600 ring-1 ring-zinc-200/70">
        <Info className="mt-0.5 size-4 shrink-0 text-zinc-400" aria-hidden />
        <span className="min-w-0 break-words">
          {analysis.note ?? 'No AI provider analysed this item: what follows is the local engine’s reading.'}
        </span>
      </p>
    );
  }
  return (
    <>
      <Block title="Why it performed" badge={badge} testId="provider-insight">
        <InsightRows insight={analysis.insight} />
      </Block>
      {analysis.visual && (
        <Block title="Visuals" badge={badge} testId="provider-visual">
          <VisualRows visual={analysis.visual} />
        </Block>
      )}
    </>
  );
}
