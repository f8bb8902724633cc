import { jobSummary } from '../../../queues/reporter';
import type { Job } from '../../db/schema/jobs';

export function presentJob(job: Job) {
  return {
    ...jobSummary(job),
    result: job.result ?? null,
    error: job.error ?? null,
    attempts: job.attempts,
    parked: job.parkedAt !== null,
    createdAt: job.createdAt.toISOString(),
    updatedAt: job.updatedAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
