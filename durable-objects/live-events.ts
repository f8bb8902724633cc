/**
 * Events the LIVE object pushes to a workspace's browsers. A contract shared by the Worker
 * and the web app: add a new `type` rather than change the meaning of a field.
 */
export interface JobEvent {
  type: 'job';
  job: {
    id: string;
    kind: string;
    /** What the job is about (e.g. the source being read); null for jobs about the workspace. */
    subject: { type: string; id: string } | null;
    status: 'queued' | 'running' | 'succeeded' | 'failed';
    progress: number;
    message: string | null;
  };
}

/** Something in the workspace changed; clients refetch what shows `targetType`. */
export interface EntityEvent {
  type: 'entity';
  action: string;
  targetType: string | null;
  targetId: string | null;
  at: string;
}

export type LiveEvent = JobEvent | EntityEvent;
