import type { Job } from '../../db/schema/jobs';

export function presentJob(job: Job) {
  return {
    id: job.id,
    kind: job.kind,
    subject: job.subjectType && job.subjectId ? { type: job.subjectType, id: job.subjectId } : null,
    status: job.status,
    progress: job.progress,
    message: job.message,
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
