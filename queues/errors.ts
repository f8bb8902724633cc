/** Thrown by a job handler when retrying cannot help (bad input, a deleted target, a source that keeps failing). */
export class PermanentFailure extends Error {}
