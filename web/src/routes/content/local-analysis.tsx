import { type ReactNode, useId } from 'react';
import type { ContentAnalysis } from '../../api/types';
import { Badge } from '../../components/badge';
import { EngineBadge } from '../../components/engine-badge';

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const signed = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
const languages = new Intl.DisplayNames(undefined, { type: 'language' });

function languageName(code: string): string {
  try {
    return languages.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Flesch reading ease, in words (the usual bands). */
function easeLabel(score: number): string {
  if (score >= 80) return 'easy';
  if (score >= 60) return 'plain';
  if (score >= 50) return 'fairly difficult';
  if (score >= 30) return 'difficult';
  return 'very difficult';
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="rounded-lg bg-zinc-50 p-3 ring-1 ring-zinc-200/70">
      <dt className="text-xs font-medium text-zinc-500">{label}</dt>
      <dd className="mt-1 text-sm text-zinc-900">{children}</dd>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <h4 className="mb-1.5 text-xs font-medium text-zinc-500">{title}</h4>
      {children}
    </div>
  );
}

function Chips({ items, label }: { items: string[]; label: string }) {
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label={label}>
      {items.map((item) => (
        <li key={item} className="max-w-full">
          <Badge className="max-w-full truncate">{item}</Badge>
        </li>
      ))}
    </ul>
  );
}

/**
 * What Crowsnest's built-in engine read in the text: language, sentiment, readability,
 * keyphrases, a summary, the hook's features, hashtags and mentions. Always there, with or
 * without an AI provider, and labelled as the local engine's.
 */
export function LocalAnalysis({ analysis }: { analysis: ContentAnalysis }) {
  // An analysis stored before the local engine read text has none of these.
  const keyphrases = analysis.keyphrases ?? [];
  const summary = analysis.summary ?? [];
  const hashtags = analysis.hashtags ?? [];
  const mentions = analysis.mentions ?? [];
  const hook = analysis.hook?.text ? analysis.hook : null;
  const { language, sentiment, readability } = analysis;
  const headingId = useId();
  const empty =
    !language && !sentiment && !readability && !hook && keyphrases.length + summary.length + hashtags.length === 0;

  return (
    <section aria-labelledby={headingId} className="space-y-4" data-testid="local-analysis">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="text-sm font-semibold text-zinc-900">
          Text analysis
        </h3>
        <EngineBadge provider="local" />
      </div>
      {empty ? (
        <p className="text-sm text-zinc-500">Too little text to analyse.</p>
      ) : (
        <>
          {(language || sentiment || readability) && (
            <dl className="grid gap-3 sm:grid-cols-3">
              {language && (
                <Fact label="Language">
                  {languageName(language.code)}{' '}
                  <span className="text-xs text-zinc-500">({percent.format(language.confidence)} sure)</span>
                </Fact>
              )}
              {sentiment && (
                <Fact label="Sentiment">
                  <span className="capitalize">{sentiment.label}</span>{' '}
                  <span className="text-xs text-zinc-500 tabular-nums">({signed.format(sentiment.score)})</span>
                </Fact>
              )}
              {readability && (
                <Fact label="Readability">
                  {decimal.format(readability.fleschReadingEase)}{' '}
                  <span className="text-xs text-zinc-500">
                    ({easeLabel(readability.fleschReadingEase)}, grade {decimal.format(readability.gradeLevel)})
                  </span>
                  <span className="mt-0.5 block text-xs text-zinc-500">
                    {readability.words.toLocaleString()} words, {readability.sentences.toLocaleString()} sentences
                  </span>
                </Fact>
              )}
            </dl>
          )}
          {keyphrases.length > 0 && (
            <Section title="Keyphrases">
              <Chips items={keyphrases.map((k) => k.phrase)} label="Keyphrases" />
            </Section>
          )}
          {summary.length > 0 && (
            <Section title="Summary">
              <ul className="space-y-1.5 border-l-4 border-zinc-200 pl-3 text-sm text-zinc-700">
                {summary.map((sentence) => (
                  <li key={sentence} className="break-words">
                    {sentence}
                  </li>
                ))}
              </ul>
            </Section>
          )}
          {hook && (
            <Section title="Hook">
              <p className="text-sm font-medium break-words text-zinc-900">“{hook.text}”</p>
              <ul className="mt-1.5 flex flex-wrap gap-1.5 text-xs" aria-label="Hook features">
                <li>
                  <Badge>
                    {hook.words} words, {hook.characters} characters
                  </Badge>
                </li>
                {hook.question && (
                  <li>
                    <Badge tone="info">Asks a question</Badge>
                  </li>
                )}
                {hook.number && (
                  <li>
                    <Badge tone="info">Has a number</Badge>
                  </li>
                )}
                {hook.emoji && (
                  <li>
                    <Badge tone="info">Has an emoji</Badge>
                  </li>
                )}
                {hook.addressesReader && (
                  <li>
                    <Badge tone="info">Speaks to the reader</Badge>
                  </li>
                )}
              </ul>
            </Section>
          )}
          {(hashtags.length > 0 || mentions.length > 0) && (
            <div className="grid gap-4 sm:grid-cols-2">
              {hashtags.length > 0 && (
                <Section title="Hashtags">
                  <Chips items={hashtags.map((tag) => `#${tag}`)} label="Hashtags" />
                </Section>
              )}
              {mentions.length > 0 && (
                <Section title="Mentions">
                  <Chips items={mentions.map((handle) => `@${handle}`)} label="Mentions" />
                </Section>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}
