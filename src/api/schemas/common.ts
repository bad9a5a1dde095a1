/** Wire shapes shared by every route: the error body, ids in paths, cursor paging. */
import { z } from '@hono/zod-openapi';

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid_request' }),
      message: z.string(),
      status: z.number().int(),
      details: z
        .array(
          z.object({
            field: z.string(),
            problem: z.string(),
            problemZh: z.string().optional().openapi({ description: 'The problem in Chinese, where the server words one.' }),
            column: z.number().int().optional().openapi({ description: '1-based column of a query syntax error.' }),
          }),
        )
        .optional(),
    }),
  })
  .openapi('Error');

export const workspaceIdParam = z.object({
  workspaceId: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'workspaceId', in: 'path' }, example: 1 }),
});

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional().openapi({ description: 'The `nextCursor` of the previous page.' }),
});

/** A positive integer id in the path, under the name the route uses for it. */
export function pathId(name: string) {
  return z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name, in: 'path' }, example: 1 });
}
