import { FileText, X } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../components/button';
import { Field } from '../../components/field';
import { Textarea } from '../../components/textarea';
import { ContentPicker } from '../content/content-picker';
import { headline } from '../content/headline';

export interface WriteSource {
  topic: string;
  /** A content item to build on. */
  item: { id: string; title: string } | null;
}

/** What "Write" writes from: a topic, a collected item from Content, or both (the topic as an angle). */
export function AiPanelSource({
  value,
  error,
  onChange,
}: {
  value: WriteSource;
  error: string | null;
  onChange: (value: WriteSource) => void;
}) {
  const [picking, setPicking] = useState(false);
  return (
    <div className="space-y-3">
      <Field
        label="Topic"
        optional={value.item !== null}
        error={error ?? undefined}
        hint={value.item ? 'Optional: an angle on what you build on.' : undefined}
      >
        <Textarea
          rows={2}
          value={value.topic}
          placeholder="Our winter rye is back"
          onChange={(event) => onChange({ ...value, topic: event.target.value })}
        />
      </Field>
      {value.item ? (
        <div className="flex items-start gap-2 rounded-lg bg-zinc-50 p-2.5 text-sm ring-1 ring-zinc-200">
          <FileText className="mt-0.5 size-4 shrink-0 text-zinc-400" aria-hidden />
          <p className="min-w-0 flex-1">
            <span className="block text-xs font-medium text-zinc-500">Building on</span>
            <span className="line-clamp-2 font-medium text-zinc-900">{value.item.title}</span>
          </p>
          <button
            type="button"
            onClick={() => onChange({ ...value, item: null })}
            className="rounded p-0.5 text-zinc-400 hover:text-zinc-600 focus-visible:outline-2 focus-visible:outline-accent-600"
            aria-label="Do not build on this"
          >
            <X className="size-4" />
          </button>
        </div>
      ) : (
        <Button size="sm" variant="ghost" icon={<FileText className="size-3.5" />} onClick={() => setPicking(!picking)}>
          {picking ? 'Close Content' : 'Build on something from Content'}
        </Button>
      )}
      {picking && !value.item && (
        <ContentPicker
          selected={new Set()}
          max={1}
          label="Content to build on"
          onToggle={(item) => {
            onChange({ ...value, item: { id: item.id, title: headline(item) } });
            setPicking(false);
          }}
        />
      )}
    </div>
  );
}
