import type { RunnerContext } from './context';
import type { JobContract, MessageOf } from './contracts';
import { PermanentFailure } from './errors';
import type { JobReporter } from './reporter';

/** A kind of job with its handler, as a feature module declares it. */
export interface JobDefinition<Ctx extends RunnerContext> {
  contract: JobContract;
  /** Checks the message against the contract, then runs the handler. */
  run(ctx: Ctx, body: unknown, report: JobReporter): Promise<unknown>;
}

/** Pairs a contract with the handler of its messages. A message that fails the contract is never retried. */
export function defineJob<Ctx extends RunnerContext, C extends JobContract>(
  contract: C,
  handler: (ctx: Ctx, message: MessageOf<C>, report: JobReporter) => Promise<unknown>,
): JobDefinition<Ctx> {
  return {
    contract,
    run(ctx, body, report) {
      const schema: C['schema'] = contract.schema;
      const parsed = schema.safeParse(body);
      if (!parsed.success) throw new PermanentFailure(`The job message is malformed: ${parsed.error.message}`);
      return handler(ctx, parsed.data, report);
    },
  };
}
