/** Wire shapes of key accounts (关键传播账号) of a period and topic set. */
import { z } from '@hono/zod-openapi';
import { integerIn } from './common.js';
import { dashboardQuerySchema } from './dashboard.js';

export const keyAccountsQuerySchema = dashboardQuerySchema.pick({ from: true, to: true, topics: true }).extend({
  limit: integerIn(1, 100).default(20).openapi({ type: 'integer', description: 'Accounts to return (1–100, default 20).' }),
});

export const keyAccountsSchema = z
  .object({
    from: z.string().datetime(),
    to: z.string().datetime(),
    items: z.array(
      z.object({
        author: z.string(),
        mentions: z.number().int().openapi({ description: 'The account’s mentions in the period.' }),
        drew: z.number().int().openapi({ description: 'Stored mentions that answer, repost or quote those posts.' }),
        reach: z.number().openapi({ description: '传播量 of the account’s mentions, summed.' }),
        followers: z.number().int().nullable(),
        channel: z.string().nullable(),
      }),
    ),
  })
  .openapi('KeyAccounts');
export type KeyAccounts = z.infer<typeof keyAccountsSchema>;
