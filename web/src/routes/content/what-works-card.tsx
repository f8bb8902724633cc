import { Lightbulb, Sparkles } from 'lucide-react';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import type { ContentInsights, InsightAggregate } from '../../api/types';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { EmptyState } from '../../components/empty-state';
import { EngineBadge } from '../../components/engine-badge';
import { ErrorState } from '../../components/error-state';
import { SkeletonRows } from '../../components/skeleton';
import { Table, TBody, Td, THead, Th, Tr } from '../../components/table';
import { useWorkspace } from '../../shell/workspace-context';
import { type InsightsFilter, useContentInsights } from './use-content';

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

const PROVIDERS_BADGE = (
  <Badge tone="accent">
    <Sparkles className="size-3" aria-hidden />
    AI providers
  </Badge>
);

function AggregateTable({ label, column, rows }: { label: string; column: string; rows: InsightAggregate[] }) {
  return (
    <Table label={label} dense>
      <THead>
        <Th>{column}</Th>
        <Th className="text-right">Items</Th>
        <Th className="text-right" title="Median times the author's usual">
          Outlier
        </Th>
        <Th className="text-right">Engagement</Th>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={row.name}>
            <Td className="max-w-64 font-medium break-words text-zinc-900">{row.name}</Td>
            <Td className="text-right tabular-nums">{row.items.toLocaleString()}</Td>
            <Td className="text-right tabular-nums">
              {row.medianOutlierScore === null ? '—' : `×${decimal.format(row.medianOutlierScore)}`}
            </Td>
            <Td className="text-right tabular-nums">
              {row.medianEngagementRate === null ? '—' : percent.format(row.medianEngagementRate)}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

/** Past this many rows a group folds the rest behind "Show all". */
const FOLD_AFTER = 10;

function Group({
  title,
  column,
  badge,
  rows,
  empty,
}: {
  title: string;
  column: string;
  badge: ReactNode;
  rows: InsightAggregate[];
  empty: ReactNode;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, FOLD_AFTER);
  return (
    <div className="min-w-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-5 pb-2">
        <h3 className="text-sm font-semibold text-zinc-900">{title}</h3>
        {badge}
      </div>
      {rows.length > 0 ? (
        <>
          <AggregateTable label={title} column={column} rows={shown} />
          {rows.length > FOLD_AFTER && (
            <div className="border-t border-zinc-100 px-5 pt-2">
              <Button size="sm" variant="ghost" aria-expanded={all} onClick={() => setAll(!all)}>
                {all ? 'Show fewer' : `Show all ${rows.length}`}
              </Button>
            </div>
          )}
        </>
      ) : (
        <p className="px-5 pb-2 text-sm text-zinc-500">{empty}</p>
      )}
    </div>
  );
}

function Insights({ insights }: { insights: ContentInsights }) {
  const workspace = useWorkspace();
  const noInsight =
    insights.itemsWithInsight === 0 ? (
      <>
        Topics and formats come from an AI provider’s analysis; none of these items has one yet.
        {workspace.can('admin') && (
          <>
            {' '}
            <Link to={`/w/${workspace.id}/settings/ai`} className="font-medium text-accent-600 hover:text-accent-700">
              Add a provider
            </Link>
            , then analyse items again.
          </>
        )}
      </>
    ) : (
      'None of the analysed items named one.'
    );
  return (
    <div className="space-y-6 py-5">
      <p className="px-5 text-sm text-zinc-500">
        {insights.items.toLocaleString()} analysed {insights.items === 1 ? 'item' : 'items'}
        {insights.itemsWithInsight > 0
          ? `, ${insights.itemsWithInsight.toLocaleString()} of them by an AI provider`
          : ', none by an AI provider yet'}
        . Each group shows its items’ median outlier score (×1 is the author’s usual) and engagement rate.
      </p>
      <div className="grid gap-6 xl:grid-cols-2">
        <Group title="Topics" column="Topic" badge={PROVIDERS_BADGE} rows={insights.topics} empty={noInsight} />
        <Group title="Formats" column="Format" badge={PROVIDERS_BADGE} rows={insights.formats} empty={noInsight} />
      </div>
      <Group
        title="Keyphrases"
        column="Keyphrase"
        badge={<EngineBadge provider="local" />}
        rows={insights.keyphrases}
        empty="No keyphrase recurs across these items yet."
      />
    </div>
  );
}

/** "What works": topics, formats and keyphrases across the items of a source (or an author, a platform). */
export function WhatWorksCard({ filter, description }: { filter: InsightsFilter; description: string }) {
  const workspace = useWorkspace();
  const insights = useContentInsights(workspace.id, filter);
  return (
    <Card title="What works" description={description} flush>
      {insights.isPending ? (
        <SkeletonRows rows={3} />
      ) : insights.isError ? (
        <ErrorState error={insights.error} onRetry={() => insights.refetch()} />
      ) : insights.data.items === 0 ? (
        <EmptyState
          icon={<Lightbulb />}
          title="Nothing analysed yet"
          description="What works shows once items have been read and analysed; that happens shortly after each read."
        />
      ) : (
        <Insights insights={insights.data} />
      )}
    </Card>
  );
}
