import { z } from '@hono/zod-openapi';
import { JOB_STATUSES } from '../../db/schema/jobs';
import { serviceContext } from '../context';
import { createRouter, json, problemResponse, WorkspaceParams, workspaceRoute } from '../http/router';
import { Id, PageQuery, page, Timestamp } from '../http/schemas';
import { presentJob } from './present';
import { getJob, listJobs } from './read';
import { retryJob } from './retry';

export const JobSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    subject: z
      .object({ type: z.string(), id: z.string() })
      .nullable()
      .openapi({ description: 'What the job is about, e.g. the source a read is of' }),
    status: z.enum(JOB_STATUSES),
    progress: z.number().int().min(0).max(100),
    message: z.string().nullable(),
    result: z.unknown().nullable(),
    error: z.object({ message: z.string(), code: z.string().optional() }).nullable(),
    attempts: z.number().int(),
    parked: z.boolean().openapi({ description: 'True when the job ran out of retries and waits for a manual retry' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    startedAt: Timestamp.nullable(),
    finishedAt: Timestamp.nullable(),
  })
  .openapi('Job');

const JobParams = WorkspaceParams.extend({ jobId: Id });

/** The jobs routes, over the kinds of job the features declare (composed by the entry). */
export function jobRoutes(kinds: readonly [string, ...string[]]) {
  return createRouter()
    .openapi(
      workspaceRoute('viewer', {
        method: 'get',
        path: '/',
        tags: ['Jobs'],
        summary: 'Background jobs, newest first',
        request: {
          params: WorkspaceParams,
          query: PageQuery.extend({
            status: z.enum(JOB_STATUSES).optional(),
            kind: z.enum(kinds).optional(),
            subjectId: Id.optional().openapi({ description: 'Only jobs about this thing (e.g. a source id)' }),
          }),
        },
        responses: { 200: json(page(JobSchema), 'A page of jobs') },
      }),
      async (c) => c.json(await listJobs(serviceContext(c), c.get('access').workspaceId, c.req.valid('query')), 200),
    )
    .openapi(
      workspaceRoute('viewer', {
        method: 'get',
        path: '/{jobId}',
        tags: ['Jobs'],
        summary: 'Status, progress and outcome of a job',
        request: { params: JobParams },
        responses: { 200: json(JobSchema, 'The job') },
      }),
      async (c) => {
        const job = await getJob(serviceContext(c), c.get('access').workspaceId, c.req.valid('param').jobId);
        return c.json(presentJob(job), 200);
      },
    )
    .openapi(
      workspaceRoute('editor', {
        method: 'post',
        path: '/{jobId}/retry',
        tags: ['Jobs'],
        summary: 'Run a failed job again',
        request: { params: JobParams },
        responses: {
          202: json(z.object({ jobId: z.string() }), 'Queued again'),
          409: problemResponse('The job has not failed'),
        },
      }),
      async (c) => {
        const job = await retryJob(serviceContext(c), c.get('access').workspaceId, c.req.valid('param').jobId);
        return c.json({ jobId: job.id }, 202);
      },
    );
}
