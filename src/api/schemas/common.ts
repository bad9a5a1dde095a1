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

/**
 * A positive integer written plainly in decimal (`2`, never `2.0`, `0x2`, `2e0` or ` 2`),
 * as a number. Number() alone would read all of those as 2.
 */
export function positiveInteger() {
  return z
    .string()
    .regex(/^[1-9][0-9]{0,15}$/, 'expected a positive whole number written in digits')
    .transform(Number)
    .pipe(z.number().int().positive().max(Number.MAX_SAFE_INTEGER));
}

/** A whole number in [min, max] written plainly in decimal (for query parameters such as `limit`). */
export function integerIn(min: number, max: number) {
  return z
    .string()
    .regex(/^(0|-?[1-9][0-9]{0,15})$/, 'expected a whole number written in digits')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
}

export const workspaceIdParam = z.object({
  workspaceId: positiveInteger().openapi({ param: { name: 'workspaceId', in: 'path' }, type: 'integer', example: 1 }),
});

export const pageQuery = z.object({
  limit: integerIn(1, 200).default(50).openapi({ type: 'integer' }),
  cursor: z.string().max(200).optional().openapi({ description: 'The `nextCursor` of the previous page.' }),
});

/** A positive integer id in the path, under the name the route uses for it. */
export function pathId(name: string) {
  return positiveInteger().openapi({ param: { name, in: 'path' }, type: 'integer', example: 1 });
}
