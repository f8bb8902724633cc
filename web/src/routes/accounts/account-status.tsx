import type { Account } from '../../api/types';
import { Badge, type Tone } from '../../components/badge';

const STATES: Record<Account['status'], { label: string; tone: Tone }> = {
  active: { label: 'Connected', tone: 'success' },
  reauth_required: { label: 'Reconnect needed', tone: 'danger' },
  disabled: { label: 'Paused', tone: 'warning' },
};

export function AccountStatusBadge({ status }: { status: Account['status'] }) {
  const { label, tone } = STATES[status];
  return <Badge tone={tone}>{label}</Badge>;
}
