import { AppError } from '../../core/http/errors';

/** Where a person sets up a provider; every "needs a model" answer says so. */
export const SETTINGS_HINT =
  'An admin of this workspace can add one in Settings → AI; whoever runs this Crowsnest can also set one for every workspace.';

/** The workspace has no AI provider, and the operator set no default. */
export class AiNotConfigured extends AppError {
  readonly status = 409;
  readonly slug = 'ai-not-configured';
  readonly title = 'No AI provider configured';
  constructor(what = 'This needs an AI model') {
    super(`${what}, and none is configured. ${SETTINGS_HINT}`);
  }
}

/** The month's token budget is spent; calls resume at the start of next month (UTC). */
export class AiBudgetSpent extends AppError {
  readonly status = 429;
  readonly slug = 'ai-budget-spent';
  readonly title = 'AI token budget spent';
  constructor(
    readonly budget: number,
    readonly resetsAt: Date,
  ) {
    super(
      `This workspace has used its ${budget.toLocaleString('en')} AI tokens for this month. Calls resume on ${resetsAt.toISOString().slice(0, 10)}; an admin can raise monthlyTokenBudget in Settings → AI.`,
    );
    this.headers['Retry-After'] = String(Math.max(1, Math.ceil((resetsAt.getTime() - Date.now()) / 1000)));
  }
}

export interface Attempt {
  provider: string;
  model: string;
  outcome: string;
  error: string | null;
}

/** Every provider in the chain failed; what each said is in the detail. */
export class AiUnavailable extends AppError {
  readonly status = 503;
  readonly slug = 'ai-unavailable';
  readonly title = 'No AI provider answered';
  constructor(readonly attempts: Attempt[]) {
    super(
      `Every configured provider failed: ${attempts.map((a) => `${a.provider} (${a.model}): ${a.error ?? a.outcome}`).join('; ')}.`,
    );
    const waits = attempts.map((a) => a.outcome).includes('rate_limited');
    if (waits) this.headers['Retry-After'] = '60';
  }
}
