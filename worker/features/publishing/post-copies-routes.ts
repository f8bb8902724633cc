import { z } from '@hono/zod-openapi';
import { serviceContext } from '../../core/context';
import { AppError, PayloadTooLarge } from '../../core/http/errors';
import { createRouter, json, problemResponse, WorkspaceParams, workspaceRoute } from '../../core/http/router';
import { Id } from '../../core/http/schemas';
import { duplicatePost } from './duplicate-post';
import { IMPORT_COLUMNS, MAX_IMPORT_ROWS } from './import-csv';
import { importPosts } from './import-posts';
import { TimeZone } from './queue-schemas';
import { PostSchema } from './schemas';

const PostParams = WorkspaceParams.extend({ postId: Id });
/** An import's largest file: 500 long posts with their threads fit well within it. */
const MAX_IMPORT_BYTES = 1_048_576;

class NotCsv extends AppError {
  readonly status = 415;
  readonly slug = 'unsupported-media-type';
  readonly title = 'Unsupported media type';
  constructor() {
    super('Send the file as text/csv.');
  }
}

const ImportResult = z
  .object({ imported: z.number().int(), posts: z.array(z.object({ id: z.string(), row: z.number().int() })) })
  .openapi('PostImport');

/** New posts from old ones: a duplicate of one, or many from a CSV file. */
export const postCopiesRoutes = createRouter()
  .openapi(
    workspaceRoute('editor', {
      method: 'post',
      path: '/{postId}/duplicate',
      tags: ['Publishing'],
      summary: 'A new draft with the post’s body, thread, targets and media',
      request: { params: PostParams },
      responses: { 201: json(PostSchema, 'The new draft') },
    }),
    async (c) =>
      c.json(
        await duplicatePost(
          serviceContext(c),
          c.get('access').workspaceId,
          c.req.valid('param').postId,
          c.get('principal').userId,
        ),
        201,
      ),
  )
  .openapi(
    workspaceRoute('editor', {
      method: 'post',
      path: '/import',
      tags: ['Publishing'],
      summary: `Import up to ${MAX_IMPORT_ROWS} posts from CSV (columns ${IMPORT_COLUMNS.join(', ')}): all or none`,
      description:
        'RFC 4180 CSV, at most 1 MB, with a header row. `accounts`: handles or ids separated by `|`; `scheduled_at`: empty for a draft, `YYYY-MM-DD HH:MM` in `time_zone` (or `?timeZone=`), or ISO 8601 with an offset; `thread`: replies separated by a line `---`. Any rejected row refuses the whole file with a report per row (`rows: [{row, errors: [{column, message}]}]`, the header being row 1).',
      request: {
        params: WorkspaceParams,
        query: z.object({ timeZone: TimeZone.optional() }),
        body: { content: { 'text/csv': { schema: z.string() } }, required: true },
      },
      responses: {
        201: json(ImportResult, 'Every row imported'),
        413: problemResponse('Larger than 1 MB'),
        415: problemResponse('Not sent as text/csv'),
        422: problemResponse('Rows rejected (see rows), or too many rows; nothing imported'),
      },
    }),
    async (c) => {
      if (!/^text\/csv\s*(;|$)/i.test(c.req.header('content-type') ?? '')) throw new NotCsv();
      const bytes = await c.req.arrayBuffer();
      if (bytes.byteLength > MAX_IMPORT_BYTES) throw new PayloadTooLarge(MAX_IMPORT_BYTES);
      const csv = new TextDecoder().decode(bytes);
      const result = await importPosts(serviceContext(c), c.get('access').workspaceId, csv, {
        timeZone: c.req.valid('query').timeZone ?? null,
        createdBy: c.get('principal').userId,
      });
      return c.json(result, 201);
    },
  );
