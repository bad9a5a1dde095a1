/**
 * Pushing mentions in: a batch goes through durable intake (stored in the inbox before we
 * answer 202). One bad item never stops the others; a batch where every item is bad is a
 * 400 naming each `items.<i>.<field>`.
 */
import { createRoute } from '@hono/zod-openapi';
import { AppError, type ErrorDetail } from '../../errors/catalogue.js';
import { acceptItems, type RejectedItem } from '../../intake/accept.js';
import { intakeItems } from '../../metrics/registry.js';
import { auditQueries } from '../../store/queries/index.js';
import type { ApiApp, RouteDeps } from '../env.js';
import { authenticated, errorResponses, json, jsonBody } from '../openapi-parts.js';
import { auditFrom, requireAccess } from '../request.js';
import { workspaceIdParam } from '../schemas/common.js';
import { intakeBodySchema, intakeResultSchema } from '../schemas/mentions.js';

const intake = createRoute({
  method: 'post',
  path: '/api/v1/workspaces/{workspaceId}/mentions',
  tags: ['mentions'],
  summary: 'Push a batch of incoming items; valid ones are stored durably before the answer',
  security: authenticated,
  request: { params: workspaceIdParam, body: jsonBody(intakeBodySchema) },
  responses: { 202: json(intakeResultSchema, 'Accepted for processing.'), ...errorResponses(400, 401, 403, 404, 413, 503) },
});

function itemField(r: RejectedItem): string {
  return r.field === '(item)' ? `items.${r.ref}` : `items.${r.ref}.${r.field}`;
}

export function registerIntakeRoutes(app: ApiApp, deps: RouteDeps): void {
  app.openapi(intake, async (c) => {
    const { workspaceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'mention.write');
    const { items } = c.req.valid('json');
    const max = deps.config.maxBatchItems;
    if (items.length > max) {
      throw new AppError('invalid_request', `Send at most ${max} items per request.`, [
        { field: 'items', problem: `${items.length} items; at most ${max} per request` },
      ]);
    }
    const now = deps.now();
    const result = await acceptItems(deps.db, { workspaceId, origin: 'api', items: items.map((raw, i) => ({ ref: i, raw })), now });
    intakeItems.inc({ result: 'accepted', origin: 'api' }, result.accepted);
    intakeItems.inc({ result: 'duplicate', origin: 'api' }, result.duplicates);
    intakeItems.inc({ result: 'rejected', origin: 'api' }, result.rejected.length);
    if (result.rejected.length === items.length) {
      const details: ErrorDetail[] = result.rejected.map((r) => ({ field: itemField(r), problem: r.problem }));
      throw new AppError('invalid_request', 'No item in the batch is valid.', details);
    }
    await auditQueries.record(
      deps.db.kysely,
      auditFrom(c, now, {
        action: 'mentions.intake',
        workspaceId,
        details: { accepted: result.accepted, duplicates: result.duplicates, rejected: result.rejected.length },
      }),
    );
    if (result.accepted > 0) deps.onItemsAccepted?.();
    return c.json(
      {
        accepted: result.accepted,
        duplicates: result.duplicates,
        rejected: result.rejected.map((r) => ({ index: r.ref, field: r.field, problem: r.problem })),
      },
      202,
    );
  });
}
