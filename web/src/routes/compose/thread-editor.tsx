import { Plus, Trash2 } from 'lucide-react';
import type { ReactNode } from 'react';
import type { Account } from '../../api/types';
import { Button } from '../../components/button';
import { Field } from '../../components/field';
import { Textarea } from '../../components/textarea';
import { TargetCounters } from './length-counter';

/** The parts after the first: add, edit, remove; each with its counters and the server's complaints. */
export function ThreadEditor({
  parts,
  accounts,
  blockedBy,
  errors,
  onChange,
  onRemove,
  media,
}: {
  parts: string[];
  accounts: Account[];
  /** Chosen accounts without threads: while there are any, no part can be added. */
  blockedBy: Account[];
  errors: Record<string, string[]>;
  onChange: (parts: string[]) => void;
  /** Removes a part (and what goes with it, its files). */
  onRemove: (index: number) => void;
  /** A part's files. */
  media: (index: number) => ReactNode;
}) {
  const set = (index: number, text: string) => onChange(parts.map((part, i) => (i === index ? text : part)));
  return (
    <div className="space-y-3">
      {parts.map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a part's place is its identity
        <div key={index} className="space-y-1.5 border-l-2 border-zinc-200 pl-3">
          <Field label={`Part ${index + 2}`} error={errors[`thread.${index}`]?.join(' ')}>
            <Textarea rows={3} value={part} onChange={(event) => set(index, event.target.value)} />
          </Field>
          {media(index)}
          <div className="flex flex-wrap items-center justify-between gap-2">
            <TargetCounters id={`thread-counters-${index}`} text={part} accounts={accounts} />
            <Button size="sm" variant="ghost" icon={<Trash2 className="size-3.5" />} onClick={() => onRemove(index)}>
              Remove part {index + 2}
            </Button>
          </div>
        </div>
      ))}
      <div className="flex flex-wrap items-center gap-3">
        <Button
          size="sm"
          icon={<Plus className="size-3.5" />}
          disabled={blockedBy.length > 0 || accounts.length === 0 || parts.length >= 24}
          onClick={() => onChange([...parts, ''])}
        >
          Add to thread
        </Button>
        {blockedBy.length > 0 && (
          <p className="text-xs text-zinc-500">
            {blockedBy.map((a) => a.name).join(', ')} {blockedBy.length === 1 ? 'takes' : 'take'} no threads.
          </p>
        )}
        {accounts.length === 0 && <p className="text-xs text-zinc-500">Choose an account to write a thread.</p>}
      </div>
    </div>
  );
}
