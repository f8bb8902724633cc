import { z } from '@hono/zod-openapi';
import { serviceContext } from '../../core/context';
import { ResourceNotFound } from '../../core/http/errors';
import { idempotentUpload } from '../../core/http/middleware/idempotency';
import { createRouter, json, jsonBody, problemResponse, WorkspaceParams, workspaceRoute } from '../../core/http/router';
import { Id, PageQuery, page } from '../../core/http/schemas';
import { deleteMedia, getMediaRow, listMedia, updateMedia } from './manage-media';
import { presentMedia } from './present';
import { MediaQuery, MediaSchema, UpdateMedia, UploadQuery } from './schemas';
import { serveContent } from './serve-content';
import { uploadMedia } from './upload-media';

const MediaParams = WorkspaceParams.extend({ mediaId: Id });

const binary = z.string().openapi({ format: 'binary' });

/** The declared length of the body, when it is a number. */
function contentLength(header: string | undefined): number | null {
  return header !== undefined && /^\d+$/.test(header) ? Number(header) : null;
}

/** The media library: upload, list and search, alt text, delete, and the bytes themselves. */
export const mediaRoutes = createRouter()
  .openapi(
    workspaceRoute('editor', {
      method: 'post',
      path: '/',
      tags: ['Media'],
      summary:
        'Upload a file (raw body): its type, size and duration are read from the bytes; the same bytes answer the file already there',
      request: {
        params: WorkspaceParams,
        query: UploadQuery,
        body: { content: { 'application/octet-stream': { schema: binary } }, required: true },
      },
      middleware: [idempotentUpload],
      responses: {
        200: json(MediaSchema, 'The same bytes are already in the library: that file'),
        201: json(MediaSchema, 'Stored'),
        413: problemResponse('Larger than MEDIA_MAX_BYTES'),
        415: problemResponse('Not a type the library takes (judged by the bytes)'),
      },
    }),
    async (c) => {
      const body = c.req.raw.body;
      if (!body) throw new ResourceNotFound('A file in the request body');
      const query = c.req.valid('query');
      const principal = c.get('principal');
      const ctx = serviceContext(c);
      const { media, created } = await uploadMedia(
        ctx,
        c.get('access').workspaceId,
        {
          body,
          declaredBytes: contentLength(c.req.header('Content-Length')),
          // A browser may send a path ("C:\fakepath\cat.jpg"): the name is its last part.
          filename: query.filename?.split(/[\\/]/).pop() || null,
          alt: query.alt || null,
        },
        principal.kind === 'user' ? principal.userId : null,
      );
      return c.json(await presentMedia(c.env.JWT_SECRET, media), created ? 201 : 200);
    },
  )
  .openapi(
    workspaceRoute('viewer', {
      method: 'get',
      path: '/',
      tags: ['Media'],
      summary: 'The library, newest first; q searches names and alt text',
      request: { params: WorkspaceParams, query: PageQuery.extend(MediaQuery.shape) },
      responses: { 200: json(page(MediaSchema), 'A page of files') },
    }),
    async (c) => c.json(await listMedia(serviceContext(c), c.get('access').workspaceId, c.req.valid('query')), 200),
  )
  .openapi(
    workspaceRoute('viewer', {
      method: 'get',
      path: '/{mediaId}',
      tags: ['Media'],
      summary: 'A file’s type, size, dimensions, duration and alt text',
      request: { params: MediaParams },
      responses: { 200: json(MediaSchema, 'The file') },
    }),
    async (c) => {
      const row = await getMediaRow(serviceContext(c), c.get('access').workspaceId, c.req.valid('param').mediaId);
      return c.json(await presentMedia(c.env.JWT_SECRET, row), 200);
    },
  )
  .openapi(
    workspaceRoute('editor', {
      method: 'patch',
      path: '/{mediaId}',
      tags: ['Media'],
      summary: 'Change a file’s alt text (at most 1,000 characters)',
      request: { params: MediaParams, body: jsonBody(UpdateMedia) },
      responses: { 200: json(MediaSchema, 'Updated') },
    }),
    async (c) => {
      const row = await updateMedia(
        serviceContext(c),
        c.get('access').workspaceId,
        c.req.valid('param').mediaId,
        c.req.valid('json').alt,
      );
      return c.json(await presentMedia(c.env.JWT_SECRET, row), 200);
    },
  )
  .openapi(
    workspaceRoute('editor', {
      method: 'delete',
      path: '/{mediaId}',
      tags: ['Media'],
      summary: 'Delete a file and its bytes; refused while a scheduled post uses it',
      request: { params: MediaParams },
      responses: { 204: { description: 'Deleted' }, 409: problemResponse('A post that is still to publish uses it') },
    }),
    async (c) => {
      await deleteMedia(serviceContext(c), c.get('access').workspaceId, c.req.valid('param').mediaId);
      return c.body(null, 204);
    },
  )
  .openapi(
    workspaceRoute('viewer', {
      method: 'get',
      path: '/{mediaId}/content',
      tags: ['Media'],
      summary: 'The file’s bytes (Range, If-None-Match)',
      request: { params: MediaParams },
      responses: {
        200: { description: 'The file' },
        206: { description: 'The requested byte range' },
        304: { description: 'Not modified' },
        416: problemResponse('The range starts past the end'),
      },
    }),
    async (c) => {
      const row = await getMediaRow(serviceContext(c), c.get('access').workspaceId, c.req.valid('param').mediaId);
      return serveContent(c.env.MEDIA, row, c.req.raw.headers, 'private, max-age=3600');
    },
  );
