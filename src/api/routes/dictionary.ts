/** A workspace's user dictionary (brands, products, people… for segmentation and entities): list, add, remove. Edits apply to the pipeline at once. */
import { createRoute } from '@hono/zod-openapi';
import { AppError } from '../../errors/catalogue.js';
import { posForKind, type UserWordKind } from '../../nlp/segment/lexicon.js';
import { enrichmentResource } from '../../pipeline/stages/enrichment-resources.js';
import { dictionaryQueries } from '../../store/queries/dictionary.js';
import { auditQueries } from '../../store/queries/index.js';
import { orConflict } from '../conflict.js';
import type { ApiApp, RouteDeps } from '../env.js';
import { authenticated, errorResponses, json, jsonBody } from '../openapi-parts.js';
import { presentDictionaryWord } from '../present/analysis-settings.js';
import { auditFrom, requireAccess } from '../request.js';
import {
  createDictionaryWordSchema,
  dictionaryListSchema,
  dictionaryWordParams,
  dictionaryWordViewSchema,
} from '../schemas/analysis-settings.js';
import { workspaceIdParam } from '../schemas/common.js';

const tags = ['analysis settings'];
const base = '/api/v1/workspaces/{workspaceId}/dictionary';

const list = createRoute({
  method: 'get',
  path: base,
  tags,
  summary: 'Words of the workspace’s user dictionary',
  security: authenticated,
  request: { params: workspaceIdParam },
  responses: { 200: json(dictionaryListSchema, 'Words.'), ...errorResponses(400, 401, 403, 404) },
});

const create = createRoute({
  method: 'post',
  path: base,
  tags,
  summary: 'Add a word (applied to new mentions at once)',
  security: authenticated,
  request: { params: workspaceIdParam, body: jsonBody(createDictionaryWordSchema) },
  responses: { 201: json(dictionaryWordViewSchema, 'Added.'), ...errorResponses(400, 401, 403, 404, 409) },
});

const remove = createRoute({
  method: 'delete',
  path: `${base}/{wordId}`,
  tags,
  summary: 'Remove a word',
  security: authenticated,
  request: { params: dictionaryWordParams },
  responses: { 204: { description: 'Removed.' }, ...errorResponses(400, 401, 403, 404) },
});

export function registerDictionaryRoutes(app: ApiApp, deps: RouteDeps): void {
  const q = deps.db.kysely;

  app.openapi(list, async (c) => {
    const { workspaceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'topic.read');
    const items = await dictionaryQueries.list(q, workspaceId);
    return c.json({ items: items.map(presentDictionaryWord) }, 200);
  });

  app.openapi(create, async (c) => {
    const { workspaceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'topic.write');
    const body = c.req.valid('json');
    const kind = body.kind as UserWordKind;
    const now = deps.now();
    const word = await q.transaction().execute(async (trx) => {
      const w = await orConflict(
        dictionaryQueries.create(trx, { workspaceId, word: body.word, kind, pos: body.pos ?? posForKind(kind), weight: 0, now }),
        'word',
        'the dictionary has this word already',
      );
      await auditQueries.record(
        trx,
        auditFrom(c, now, { action: 'dictionary.add', workspaceId, targetType: 'dictionary_word', targetId: w.id, details: body }),
      );
      return w;
    });
    deps.resources.invalidate(workspaceId, enrichmentResource);
    return c.json(presentDictionaryWord(word), 201);
  });

  app.openapi(remove, async (c) => {
    const { workspaceId, wordId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'topic.write');
    const now = deps.now();
    await q.transaction().execute(async (trx) => {
      if (!(await dictionaryQueries.remove(trx, workspaceId, wordId))) throw new AppError('not_found', 'No such word.');
      await auditQueries.record(
        trx,
        auditFrom(c, now, { action: 'dictionary.remove', workspaceId, targetType: 'dictionary_word', targetId: wordId, details: {} }),
      );
    });
    deps.resources.invalidate(workspaceId, enrichmentResource);
    return c.body(null, 204);
  });
}
