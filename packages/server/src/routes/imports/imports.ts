import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { importKinds } from '@callqa/ingest';
import { appendAudit } from '@callqa/store';
import { z } from 'zod';
import type { RouteModule } from '../../http/api-app.js';
import { ApiError, notFound } from '../../http/api-error.js';
import { ErrorSchema } from '../../http/error-schema.js';
import { actorOf } from '../../http/require.js';
import type { ImportJobs } from '../../imports/import-jobs.js';

const JobSchema = z.object({
  id: z.string(),
  kind: z.enum(importKinds),
  file: z.string(),
  status: z.enum(['queued', 'running', 'completed', 'failed']),
  rowsRead: z.number().int(),
  imported: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.number().int(),
  runId: z.number().int().optional(),
  errors: z.array(z.string()),
  visits: z.number().int().optional(),
  linked: z.number().int().optional(),
  message: z.string().optional(),
  userId: z.number().int(),
  queuedAt: z.number(),
  startedAt: z.number().optional(),
  finishedAt: z.number().optional(),
});

const invalid = (field: string, message: string) =>
  new ApiError(400, 'invalid_request', 'the upload is not valid', [{ field, message }]);

/** A file name safe to write: the uploaded name without directories or control characters. */
function safeName(name: string): string {
  let base = '';
  // Control characters are dropped one by one (a character class of them reads as a mistake).
  for (const char of basename(name.replace(/\\/g, '/'))) if (char.charCodeAt(0) >= 32) base += char;
  return base === '' || base === '.' || base === '..' ? 'upload' : base.slice(0, 200);
}

/**
 * Imports without a shell: a multipart upload (fields `kind`, optional `format`, `timeZone`,
 * `windowHours`, a `mapping` file for csv, and the `file`) queued for the background, and its
 * progress to poll.
 */
export const importRoutes =
  (jobs: ImportJobs): RouteModule =>
  (app, { store, config }) => {
    app.post(
      '/api/imports',
      {
        config: { access: 'calls.import' },
        schema: {
          tags: ['imports'],
          summary:
            'Upload a file to import (multipart: kind, [format, timeZone, windowHours, mapping], file); answers at once with a job to poll',
          consumes: ['multipart/form-data'],
          response: { 202: JobSchema, 400: ErrorSchema, 413: ErrorSchema },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        if (!request.isMultipart()) throw invalid('body', 'send multipart/form-data with a file field');
        const dir = join(
          dirname(config.database),
          'uploads',
          `${Date.now()}-${Math.random().toString(36).slice(2)}`,
        );
        mkdirSync(dir, { recursive: true });
        const fields: Record<string, string> = {};
        const files: Record<string, { path: string; name: string }> = {};
        try {
          for await (const part of request.parts({
            limits: { fileSize: config.maxUploadBytes, files: 2, fields: 10 },
          })) {
            if (part.type === 'field') {
              fields[part.fieldname] = String(part.value);
              continue;
            }
            if (part.fieldname !== 'file' && part.fieldname !== 'mapping')
              throw invalid(part.fieldname, 'unknown file field (expected file or mapping)');
            const name = safeName(part.filename);
            const path = join(dir, part.fieldname === 'mapping' ? `mapping-${name}` : name);
            await pipeline(part.file, createWriteStream(path));
            if (part.file.truncated)
              throw new ApiError(
                413,
                'payload_too_large',
                `the file is larger than ${config.maxUploadBytes} bytes`,
              );
            files[part.fieldname] = { path, name };
          }
          const kind = importKinds.find((k) => k === fields.kind);
          if (!kind) throw invalid('kind', `expected one of ${importKinds.join(', ')}`);
          const file = files.file;
          if (!file) throw invalid('file', 'no file was uploaded');
          if (kind === 'csv' && !files.mapping)
            throw invalid('mapping', 'a call-record CSV needs its column mapping file');
          const windowHours = fields.windowHours === undefined ? undefined : Number(fields.windowHours);
          if (windowHours !== undefined && !(windowHours > 0))
            throw invalid('windowHours', 'expected a number of hours');
          const job = jobs.start({
            kind,
            path: file.path,
            name: file.name,
            dir,
            userId: actor.userId,
            options: {
              ...(fields.format !== undefined ? { format: fields.format } : {}),
              ...(fields.timeZone !== undefined ? { timeZone: fields.timeZone } : {}),
              ...(windowHours !== undefined ? { windowHours } : {}),
              ...(files.mapping ? { mapping: files.mapping.path } : {}),
            },
          });
          appendAudit(store, {
            actorUserId: actor.userId,
            actor: actor.username,
            action: 'import.upload',
            entity: 'import',
            entityId: job.id,
            after: { kind, file: file.name },
          });
          return reply.status(202).send(job);
        } catch (error) {
          rmSync(dir, { recursive: true, force: true });
          throw error;
        }
      },
    );

    app.get(
      '/api/imports',
      {
        config: { access: 'calls.import' },
        schema: {
          tags: ['imports'],
          summary: 'Uploads of this server process, newest first',
          response: { 200: z.object({ items: z.array(JobSchema) }) },
        },
      },
      async () => ({ items: jobs.list() }),
    );

    app.get(
      '/api/imports/:id',
      {
        config: { access: 'calls.import' },
        schema: {
          tags: ['imports'],
          summary: 'An upload’s progress and result',
          params: z.object({ id: z.string() }),
          response: { 200: JobSchema, 404: ErrorSchema },
        },
      },
      async (request) => {
        const job = jobs.get(request.params.id);
        if (!job) throw notFound('import');
        return job;
      },
    );
  };
