/** One mention with all its analysis, and an analyst's sentiment correction (applied at once, adapting the workspace's model). */
import { createRoute } from '@hono/zod-openapi';
import { AppError } from '../../errors/catalogue.js';
import { sentimentAdaptationResource } from '../../pipeline/stages/sentiment.js';
import { DEFAULT_SEVERITY_MODEL, DEFAULT_TIER_TABLE, type Lang } from '../../severity/index.js';
import { correctionQueries } from '../../store/queries/corrections.js';
import { duplicateFacts } from '../../store/queries/duplicates.js';
import { auditQueries } from '../../store/queries/index.js';
import { getMentionDetail } from '../../store/queries/mention-detail.js';
import { readSeverityModel, readTierTable } from '../../store/queries/severity-model.js';
import type { ApiApp, RouteDeps } from '../env.js';
import { authenticated, errorResponses, json, jsonBody } from '../openapi-parts.js';
import { presentMentionDetail } from '../present/mention-detail.js';
import { auditFrom, requireAccess } from '../request.js';
import {
  correctSentimentBodySchema,
  mentionDetailQuerySchema,
  mentionDetailSchema,
  mentionParams,
  type SentimentLabelValue,
} from '../schemas/mention-detail.js';

const tags = ['mentions'];
const path = '/api/v1/workspaces/{workspaceId}/mentions/{mentionId}';

const get = createRoute({
  method: 'get',
  path,
  tags,
  summary: 'One mention with all its analysis',
  security: authenticated,
  request: { params: mentionParams, query: mentionDetailQuerySchema },
  responses: { 200: json(mentionDetailSchema, 'The mention.'), ...errorResponses(400, 401, 403, 404) },
});

const correct = createRoute({
  method: 'put',
  path: `${path}/sentiment`,
  tags,
  summary: 'Correct a mention’s sentiment (admin, analyst); the workspace’s model adapts',
  security: authenticated,
  request: { params: mentionParams, body: jsonBody(correctSentimentBodySchema) },
  responses: { 200: json(mentionDetailSchema, 'The corrected mention.'), ...errorResponses(400, 401, 403, 404) },
});

/** The score a corrected label carries. */
const correctedScore: Record<SentimentLabelValue, number> = { positive: 0.8, neutral: 0, negative: -0.8 };

const noSuchMention = () => new AppError('not_found', 'No such mention.');

/** The asked language, else the first of Accept-Language, else Chinese. */
const langOf = (asked: Lang | undefined, header: string | undefined): Lang => asked ?? (/^\s*en/i.test(header ?? '') ? 'en' : 'zh');

export function registerMentionDetailRoutes(app: ApiApp, deps: RouteDeps): void {
  const q = deps.db.kysely;

  async function detail(workspaceId: number, mentionId: number, lang: Lang) {
    const m = await getMentionDetail(q, workspaceId, mentionId);
    if (!m) throw noSuchMention();
    const highRisk = m.sentimentLabel === 'negative';
    const [corrections, duplicates, model, table] = await Promise.all([
      correctionQueries.history(q, workspaceId, mentionId),
      duplicateFacts(q, workspaceId, { id: m.id, duplicateOf: m.duplicateOf }),
      highRisk ? readSeverityModel(deps.db, workspaceId) : DEFAULT_SEVERITY_MODEL,
      highRisk ? readTierTable(deps.db, workspaceId) : DEFAULT_TIER_TABLE,
    ]);
    return presentMentionDetail(m, corrections, duplicates, { model, table, lang });
  }

  app.openapi(get, async (c) => {
    const { workspaceId, mentionId } = c.req.valid('param');
    const { lang } = c.req.valid('query');
    await requireAccess(c, deps, workspaceId, 'mention.read');
    return c.json(await detail(workspaceId, mentionId, langOf(lang, c.req.header('accept-language'))), 200);
  });

  app.openapi(correct, async (c) => {
    const { workspaceId, mentionId } = c.req.valid('param');
    const { principal } = await requireAccess(c, deps, workspaceId, 'mention.write');
    const { label } = c.req.valid('json');
    const now = deps.now();
    await q.transaction().execute(async (trx) => {
      const before = await getMentionDetail(trx, workspaceId, mentionId);
      if (!before) throw noSuchMention();
      const score = correctedScore[label];
      await correctionQueries.record(trx, { workspaceId, mentionId, label, score, userId: principal.user.id, now });
      await auditQueries.record(
        trx,
        auditFrom(c, now, {
          action: 'mention.sentiment.correct',
          workspaceId,
          targetType: 'mention',
          targetId: mentionId,
          details: { from: before.sentimentLabel, to: label },
        }),
      );
    });
    deps.resources.invalidate(workspaceId, sentimentAdaptationResource);
    return c.json(await detail(workspaceId, mentionId, langOf(undefined, c.req.header('accept-language'))), 200);
  });
}
