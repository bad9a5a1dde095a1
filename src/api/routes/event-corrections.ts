/**
 * Analysts' corrections of events: rename (PATCH), merge, move and split (POST), the severity override (PUT, DELETE).
 * Each handler runs one transaction: lock the workspace's events, read what the command needs, let the pure command
 * (`events/corrections.ts`) check its rule and plan the change, write it with its audit entry; then the changed
 * events are described again and the event is returned.
 */
import { createRoute, type z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AppError } from '../../errors/catalogue.js';
import { type CorrectionCommand, followers, planCorrection } from '../../events/corrections.js';
import { mentionTerms } from '../../events/features.js';
import { defaultClusterOptions } from '../../events/types.js';
import { clusterMentionOfRow, parseAnalysis } from '../../pipeline/after-store/event-rows.js';
import { describeEvents } from '../../pipeline/after-store/events-describe.js';
import { auditQueries } from '../../store/queries/audit.js';
import {
  applyCorrection,
  correctedEvents,
  lockEventsForCorrection,
  memberLinks,
  mentionTexts,
  recountEvents,
} from '../../store/queries/events-corrections.js';
import type { ApiApp, AppEnv, RouteDeps } from '../env.js';
import { authenticated, errorResponses, json, jsonBody } from '../openapi-parts.js';
import { auditFrom, requireAccess } from '../request.js';
import {
  eventDetailQuerySchema,
  eventDetailSchema,
  eventParams,
  mergeEventsSchema,
  moveMentionsSchema,
  renameEventSchema,
  severityOverrideSchema,
  splitEventSchema,
} from '../schemas/events.js';
import { eventDetail } from './event-detail.js';

const tags = ['events'];
const path = '/api/v1/workspaces/{workspaceId}/events/{eventId}';
const errors = errorResponses(400, 401, 403, 404, 409);

const request = { params: eventParams, query: eventDetailQuerySchema };
const ok = { 200: json(eventDetailSchema, 'The event after the correction.'), ...errors };

const rename = createRoute({
  method: 'patch',
  path,
  tags,
  summary: 'Rename an event (admin, analyst)',
  security: authenticated,
  request: { ...request, body: jsonBody(renameEventSchema) },
  responses: ok,
});
const merge = createRoute({
  method: 'post',
  path: `${path}/merge`,
  tags,
  summary: 'Merge events into this one (admin, analyst)',
  security: authenticated,
  request: { ...request, body: jsonBody(mergeEventsSchema) },
  responses: ok,
});
const move = createRoute({
  method: 'post',
  path: `${path}/move`,
  tags,
  summary: 'Move mentions, with their reposts and copies, to another event (admin, analyst)',
  security: authenticated,
  request: { ...request, body: jsonBody(moveMentionsSchema) },
  responses: ok,
});
const split = createRoute({
  method: 'post',
  path: `${path}/split`,
  tags,
  summary: 'Split mentions, with their reposts and copies, off into a new event (admin, analyst); answers the new event',
  security: authenticated,
  request: { ...request, body: jsonBody(splitEventSchema) },
  responses: ok,
});
const setSeverity = createRoute({
  method: 'put',
  path: `${path}/severity`,
  tags,
  summary: 'Override the event’s severity level, with a reason (admin, analyst); later scoring does not undo it',
  security: authenticated,
  request: { ...request, body: jsonBody(severityOverrideSchema) },
  responses: ok,
});
const clearSeverity = createRoute({
  method: 'delete',
  path: `${path}/severity`,
  tags,
  summary: 'Remove the severity override (admin, analyst)',
  security: authenticated,
  request,
  responses: ok,
});

export function registerEventCorrectionRoutes(app: ApiApp, deps: RouteDeps): void {
  const correct = async (c: Context<AppEnv>, workspaceId: number, eventId: number, cmd: CorrectionCommand): Promise<number> => {
    const { principal } = await requireAccess(c, deps, workspaceId, 'mention.write');
    const now = deps.now();
    const ws = workspaceId;
    const result = await deps.db.kysely.transaction().execute(async (trx) => {
      const newEventId = await lockEventsForCorrection(trx, ws, now);
      const named = cmd.kind === 'merge' ? cmd.from : cmd.kind === 'move' ? [cmd.to] : [];
      const rows = await correctedEvents(trx, ws, [eventId, ...named]);
      const event = rows.find((r) => r.id === eventId);
      const others = rows.filter((r) => r.id !== eventId);
      if (!event) throw new AppError('not_found', 'No such event.');
      let members: { id: number; parentId: number | null; duplicateOf: number | null; terms: [string, number][] }[] = [];
      let createdTitle = '';
      if (cmd.kind === 'move' || cmd.kind === 'split') {
        const links = await memberLinks(trx, ws, eventId);
        const moving = followers(
          cmd.mentions,
          links.map((l) => ({ ...l, terms: [] })),
        );
        const texts = await mentionTexts(
          trx,
          ws,
          [...moving].filter((id) => links.some((l) => l.id === id)),
        );
        const termsOf = new Map(
          texts.map((t) => [
            t.id,
            mentionTerms(clusterMentionOfRow({ ...t, parentId: null, duplicateOf: null }, parseAnalysis(t.analysis))),
          ]),
        );
        members = links.map((l) => ({ ...l, terms: termsOf.get(l.id) ?? [] }));
        const first = [...texts].sort((a, b) => a.sortAt - b.sortAt || a.id - b.id)[0];
        createdTitle = first ? first.title || first.text.slice(0, 60) : '';
      }
      const checked = planCorrection(cmd, {
        event,
        others,
        members,
        newEventId,
        maxTerms: defaultClusterOptions.maxTerms,
        by: principal.user.id,
        at: now,
      });
      if (!checked.ok) throw new AppError(checked.code, checked.problem, [{ field: fieldOf(cmd), problem: checked.problem }]);
      const { plan } = checked;
      const correctionId = await applyCorrection(trx, ws, plan, createdTitle, now);
      const affected = [
        eventId,
        ...plan.updates.map((u) => u.id),
        ...plan.merged.map((m) => m.into),
        ...(plan.created ? [plan.created.id] : []),
      ];
      if (plan.moves.length > 0 || plan.merged.length > 0) await recountEvents(trx, ws, affected, now);
      const action = cmd.kind === 'severity' ? (cmd.level === null ? 'event.severity.clear' : 'event.severity.set') : `event.${cmd.kind}`;
      await auditQueries.record(
        trx,
        auditFrom(c, now, {
          action,
          workspaceId: ws,
          targetType: 'event',
          targetId: eventId,
          details: { correction: correctionId, ...plan.record.payload },
        }),
      );
      return { affected: [...new Set(affected)], shown: plan.created?.id ?? eventId };
    });
    if (cmd.kind === 'move' || cmd.kind === 'split' || cmd.kind === 'merge') await describeEvents(deps.db, ws, result.affected, now);
    return result.shown;
  };

  const answer = async (c: Context<AppEnv>, workspaceId: number, shown: number, query: z.infer<typeof eventDetailQuerySchema>) =>
    eventDetail(deps, c, workspaceId, shown, query);

  app.openapi(rename, async (c) => {
    const { workspaceId, eventId } = c.req.valid('param');
    const { title } = c.req.valid('json');
    const shown = await correct(c, workspaceId, eventId, { kind: 'rename', title });
    return c.json(await answer(c, workspaceId, shown, c.req.valid('query')), 200);
  });

  app.openapi(merge, async (c) => {
    const { workspaceId, eventId } = c.req.valid('param');
    const { from } = c.req.valid('json');
    const shown = await correct(c, workspaceId, eventId, { kind: 'merge', from });
    return c.json(await answer(c, workspaceId, shown, c.req.valid('query')), 200);
  });

  app.openapi(move, async (c) => {
    const { workspaceId, eventId } = c.req.valid('param');
    const { mentions, to } = c.req.valid('json');
    const shown = await correct(c, workspaceId, eventId, { kind: 'move', mentions, to });
    return c.json(await answer(c, workspaceId, shown, c.req.valid('query')), 200);
  });

  app.openapi(split, async (c) => {
    const { workspaceId, eventId } = c.req.valid('param');
    const { mentions, title } = c.req.valid('json');
    const shown = await correct(c, workspaceId, eventId, { kind: 'split', mentions, title });
    return c.json(await answer(c, workspaceId, shown, c.req.valid('query')), 200);
  });

  app.openapi(setSeverity, async (c) => {
    const { workspaceId, eventId } = c.req.valid('param');
    const { level, reason } = c.req.valid('json');
    const lv = level as 1 | 2 | 3 | 4;
    const shown = await correct(c, workspaceId, eventId, { kind: 'severity', level: lv, reason });
    return c.json(await answer(c, workspaceId, shown, c.req.valid('query')), 200);
  });

  app.openapi(clearSeverity, async (c) => {
    const { workspaceId, eventId } = c.req.valid('param');
    const shown = await correct(c, workspaceId, eventId, { kind: 'severity', level: null, reason: '' });
    return c.json(await answer(c, workspaceId, shown, c.req.valid('query')), 200);
  });
}

function fieldOf(cmd: CorrectionCommand): string {
  if (cmd.kind === 'merge') return 'from';
  if (cmd.kind === 'move') return 'mentions';
  if (cmd.kind === 'split') return 'mentions';
  if (cmd.kind === 'severity') return 'level';
  return 'title';
}
