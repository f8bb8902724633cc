/** One JSON object per line, so logs can be searched by field (request id, workspace…). */
export function logInfo(msg: string, fields: Record<string, unknown> = {}): void {
  console.log(JSON.stringify({ level: 'info', msg, ...fields }));
}

export function logError(msg: string, error: unknown, fields: Record<string, unknown> = {}): void {
  const detail = error instanceof Error ? { error: error.message, stack: error.stack } : { error: String(error) };
  console.error(JSON.stringify({ level: 'error', msg, ...fields, ...detail }));
}
