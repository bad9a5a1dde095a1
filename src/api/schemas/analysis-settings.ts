/** Wire shapes for a workspace's analysis settings: the user dictionary and the category taxonomy. */
import { z } from '@hono/zod-openapi';
import { USER_WORD_KINDS } from '../../nlp/segment/lexicon.js';
import { pathId, workspaceIdParam } from './common.js';

export const dictionaryWordKindSchema = z.enum(USER_WORD_KINDS as unknown as [string, ...string[]]);

export const dictionaryWordViewSchema = z
  .object({
    id: z.number().int(),
    word: z.string(),
    kind: z.string(),
    pos: z.string(),
    createdAt: z.string(),
  })
  .openapi('DictionaryWord');

export const dictionaryListSchema = z.object({ items: z.array(dictionaryWordViewSchema) }).openapi('DictionaryWordList');

export const createDictionaryWordSchema = z
  .object({
    word: z.string().trim().min(1).max(50).openapi({ example: '问界M9' }),
    kind: dictionaryWordKindSchema,
    pos: z
      .string()
      .regex(/^[a-z]{1,4}$/, 'a jieba part-of-speech tag such as nz, nr, nt, ns')
      .optional(),
  })
  .openapi('CreateDictionaryWordRequest');

export const dictionaryWordParams = workspaceIdParam.extend({ wordId: pathId('wordId') });

const categoryQuery = z.string().trim().min(1, 'a category needs a query').max(10_000).openapi({ example: '召回 OR 缺陷 OR recall*' });
const categoryName = z.string().trim().min(1).max(100);

export const categoryViewSchema = z
  .object({
    id: z.number().int(),
    key: z.string(),
    name: z.string(),
    query: z.string(),
    active: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Category');

export const categoryListSchema = z.object({ items: z.array(categoryViewSchema) }).openapi('CategoryList');

export const createCategorySchema = z
  .object({
    key: z
      .string()
      .regex(/^[a-z][a-z0-9_]{0,39}$/, 'lower-case letters, digits and _, starting with a letter')
      .openapi({ example: 'recall' }),
    name: categoryName,
    query: categoryQuery,
    active: z.boolean().optional(),
  })
  .openapi('CreateCategoryRequest');

export const patchCategorySchema = z
  .object({ name: categoryName.optional(), query: categoryQuery.optional(), active: z.boolean().optional() })
  .refine((b) => b.name !== undefined || b.query !== undefined || b.active !== undefined, {
    message: 'change at least one of name, query, active',
  })
  .openapi('PatchCategoryRequest');

export const categoryParams = workspaceIdParam.extend({ categoryId: pathId('categoryId') });

export type DictionaryWordView = z.infer<typeof dictionaryWordViewSchema>;
export type CategoryView = z.infer<typeof categoryViewSchema>;
