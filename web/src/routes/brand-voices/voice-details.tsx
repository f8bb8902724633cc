import { Check, X } from 'lucide-react';
import type { BrandVoice } from '../../api/types';

function Rules({ title, rules, good }: { title: string; rules: string[]; good: boolean }) {
  if (rules.length === 0) return null;
  const Icon = good ? Check : X;
  return (
    <div>
      <h4 className="text-xs font-medium text-zinc-500">{title}</h4>
      <ul className="mt-1 space-y-1">
        {rules.map((rule, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a static list, and two rules may read the same
          <li key={i} className="flex items-start gap-1.5 text-sm text-zinc-700">
            <Icon
              className={good ? 'mt-0.5 size-3.5 shrink-0 text-emerald-600' : 'mt-0.5 size-3.5 shrink-0 text-red-500'}
              aria-hidden
            />
            <span className="min-w-0 break-words">{rule}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A voice's description, rules and examples (the examples folded away). */
export function VoiceDetails({ voice }: { voice: BrandVoice }) {
  return (
    <div className="space-y-4">
      <p className="text-sm whitespace-pre-line break-words text-zinc-700">{voice.description}</p>
      {(voice.dos.length > 0 || voice.donts.length > 0) && (
        <div className="grid gap-4 sm:grid-cols-2">
          <Rules title="Do" rules={voice.dos} good />
          <Rules title="Don’t" rules={voice.donts} good={false} />
        </div>
      )}
      {voice.examples.length > 0 && (
        <details className="group">
          <summary className="cursor-pointer text-sm font-medium text-accent-600 hover:text-accent-700">
            {voice.examples.length === 1 ? '1 example' : `${voice.examples.length} examples`}
          </summary>
          <ul className="mt-2 space-y-2">
            {voice.examples.map((example, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a static list, and two examples may read the same
              <li key={i}>
                <blockquote className="border-l-4 border-zinc-200 pl-3 text-sm whitespace-pre-line break-words text-zinc-600">
                  {example}
                </blockquote>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
