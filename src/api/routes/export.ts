/**
 * Exporting mentions as CSV: the same query and filters as search (an empty query exports the mentions list), in
 * the search's order, streamed page by page so a large export never sits in memory; the export is audited.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AppError } from '../../errors/catalogue.js';
import { searchPage } from '../../search/page.js';
import { auditQueries } from '../../store/queries/audit.js';
import { exportRows } from '../../store/queries/mention-export.js';
import type { ApiApp, AppEnv, RouteDeps } from '../env.js';
import { authenticated, errorResponses } from '../openapi-parts.js';
import { CSV_BOM, csvLine } from '../present/csv.js';
import { exportCells, exportHeader, isTimeZone, zonedTime } from '../present/mention-export.js';
import { auditFrom, requireAccess } from '../request.js';
import { integerIn, workspaceIdParam } from '../schemas/common.js';
import { searchQuerySchema } from '../schemas/search.js';
import { searchFiltersOf } from './search.js';

export const EXPORT_MAX = 100_000;
const PAGE = 500;

const exportQuerySchema = searchQuerySchema.omit({ limit: true, cursor: true, count: true }).extend({
  max: integerIn(1, EXPORT_MAX)
    .default(10_000)
    .openapi({ type: 'integer', description: `Rows at most (≤ ${EXPORT_MAX.toLocaleString('en')}).` }),
  labels: z.enum(['zh', 'en']).default('zh').openapi({ description: 'Language of the header row and of the values (channel, sentiment).' }),
  tz: z.string().max(64).default('Asia/Shanghai').openapi({ description: 'Time zone of the times written (IANA name).' }),
});

const exportRoute = createRoute({
  method: 'get',
  path: '/api/v1/workspaces/{workspaceId}/search/export',
  tags: ['search'],
  summary: 'Export the matching mentions as CSV (UTF-8 with BOM), in the search order',
  security: authenticated,
  request: { params: workspaceIdParam, query: exportQuerySchema },
  responses: {
    200: { content: { 'text/csv': { schema: z.string() } }, description: 'The CSV file: a header row, then one row per mention.' },
    ...errorResponses(400, 401, 403, 404),
  },
});

type ExportParams = z.infer<typeof exportQuerySchema>;

export function registerExportRoutes(app: ApiApp, deps: RouteDeps): void {
  const q = deps.db.kysely;

  app.openapi(exportRoute, async (c) => {
    const { workspaceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'mention.read');
    const p = c.req.valid('query');
    if (!isTimeZone(p.tz))
      throw new AppError('invalid_request', `Unknown time zone: ${p.tz}`, [{ field: 'tz', problem: 'not an IANA time zone' }]);
    await auditQueries.record(q, auditFrom(c, deps.now(), { action: 'mention.export', workspaceId, details: exportDetails(p) }));
    return csvResponse(c, rowsOf(deps, workspaceId, p), fileName(workspaceId, deps.now()));
  });
}

/** The CSV text, a chunk per page of mentions: the header first, then rows until `max` or the end. */
async function* rowsOf(deps: RouteDeps, workspaceId: number, p: ExportParams): AsyncGenerator<string> {
  const q = deps.db.kysely;
  const time = zonedTime(p.tz);
  yield CSV_BOM + csvLine(exportHeader(p.labels));
  const filters = searchFiltersOf(p);
  let after: [number, number] | null = null;
  let written = 0;
  while (written < p.max) {
    const limit = Math.min(PAGE, p.max - written);
    const page = await searchPage(q, workspaceId, {
      query: p.q ?? null,
      filters,
      sort: p.sort,
      after,
      limit,
      count: 'capped',
      fold: p.fold,
    });
    const rows = await exportRows(
      q,
      workspaceId,
      page.rows.map((r) => r.id),
    );
    if (rows.length > 0) yield rows.map((r) => csvLine(exportCells(r, p.labels, time))).join('');
    written += rows.length;
    if (!page.next || page.rows.length === 0) break;
    after = page.next;
  }
}

function csvResponse(c: Context<AppEnv>, chunks: AsyncGenerator<string>, name: string): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (err) {
        controller.error(err);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return c.body(body, 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    'cache-control': 'no-store',
  });
}

function fileName(workspaceId: number, now: number): string {
  const stamp = new Date(now).toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `yuqing-mentions-${workspaceId}-${stamp}.csv`;
}

function exportDetails(p: ExportParams): Record<string, unknown> {
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined));
}
