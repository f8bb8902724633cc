import type { ServiceContext } from '../worker/core/context';
import type { JobReporter } from './reporter';
import { analyzeHandlers } from './analyze';
import { ingestHandlers } from './ingest';
import type { MessageKind, MessageOf } from './contracts';
import { reportsHandlers } from './reports';

export type JobHandler<K extends MessageKind> = (
  ctx: ServiceContext,
  message: MessageOf<K>,
  report: JobReporter,
) => Promise<unknown>;

/** One handler per message kind; the type makes a kind without a handler a compile error. */
export const HANDLERS: { [K in MessageKind]: JobHandler<K> } = {
  ...ingestHandlers,
  ...analyzeHandlers,
  ...reportsHandlers,
};
