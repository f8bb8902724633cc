import { Cpu, Sparkles } from 'lucide-react';
import { providerLabel } from '../lib/ai-providers';
import { Badge } from './badge';

/**
 * Who wrote a piece of AI output: "Local engine" for Crowsnest's built-in one (no provider,
 * nothing leaves the server), else the provider and model.
 */
export function EngineBadge({ provider, model }: { provider: string | null; model?: string | null }) {
  if (provider === null || provider === 'local') {
    return (
      <Badge tone="neutral" className="max-w-full">
        <Cpu className="size-3 shrink-0" aria-hidden />
        <span title="Crowsnest’s built-in engine: runs on the server, no AI provider involved">Local engine</span>
      </Badge>
    );
  }
  return (
    <Badge tone="accent" className="max-w-full">
      <Sparkles className="size-3 shrink-0" aria-hidden />
      <span className="truncate" title={model ? `${providerLabel(provider)} · ${model}` : providerLabel(provider)}>
        {providerLabel(provider)}
        {model && <span className="font-normal opacity-80"> · {model}</span>}
      </span>
    </Badge>
  );
}
