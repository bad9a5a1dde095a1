/** Validating raw items against the incoming-item schema, with errors that name the field. */
import type { z } from 'zod';
import { type IncomingItem, incomingItemSchema } from '../domain/incoming-item.js';

export type ItemCheck = { ok: true; item: IncomingItem } | { ok: false; field: string; problem: string };

export function checkItem(raw: unknown): ItemCheck {
  const parsed = incomingItemSchema.safeParse(raw);
  if (parsed.success) return { ok: true, item: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, ...describeIssue(issue) };
}

export function describeIssue(issue: z.core.$ZodIssue | undefined): { field: string; problem: string } {
  if (!issue) return { field: '(item)', problem: 'invalid' };
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(item)';
  return { field, problem: issue.message };
}
