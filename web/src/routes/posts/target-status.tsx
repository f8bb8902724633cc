import type { TargetStatus } from '../../api/types';
import { Badge, type Tone } from '../../components/badge';

/** Each state of a post's target, as people say it, and how loud it is. */
export const TARGET_STATES: Record<TargetStatus, { label: string; tone: Tone; means: string }> = {
  draft: { label: 'Draft', tone: 'neutral', means: 'Not scheduled yet.' },
  scheduled: { label: 'Scheduled', tone: 'info', means: 'Waits for its time.' },
  queued: { label: 'Queued', tone: 'accent', means: 'Its time has come; it publishes in a moment.' },
  publishing: { label: 'Publishing', tone: 'accent', means: 'Being sent now.' },
  published: { label: 'Published', tone: 'success', means: 'It is out.' },
  failed: { label: 'Failed', tone: 'danger', means: 'The platform refused it; fix what it says and retry.' },
  unconfirmed: {
    label: 'Unconfirmed',
    tone: 'warning',
    means: 'The platform’s answer was lost; Crowsnest looks it up before trying again, so it never posts twice.',
  },
  held: {
    label: 'Held',
    tone: 'warning',
    means: 'Its account is paused or needs reconnecting; it publishes once the account is active again.',
  },
};

export function TargetStatusBadge({ status }: { status: TargetStatus }) {
  const { label, tone } = TARGET_STATES[status];
  return <Badge tone={tone}>{label}</Badge>;
}

/** Targets in these states can be tried again (POST …/retry). */
export function canRetry(status: TargetStatus): boolean {
  return status === 'failed' || status === 'unconfirmed';
}
