/**
 * Validating raw items against the incoming-item schema, with errors that name the field. Before the schema,
 * NUL characters (U+0000) are handled the same way for both backends (PostgreSQL cannot store them in text):
 * stripped from free text, refused in every other field. After it, the publication time must be believable.
 */
import type { z } from 'zod';
import { type IncomingItem, incomingItemSchema, parseTimeInput } from '../domain/incoming-item.js';
import { publishedAtProblem } from '../domain/time-window.js';

export type ItemCheck = { ok: true; item: IncomingItem } | { ok: false; field: string; problem: string };

/** Fields read as prose: a NUL there is noise and is removed. Anywhere else (ids, URLs, keys) it changes what the value names. */
const freeText = new Set(['title', 'text', 'author', 'region']);

/** `receivedAt` (epoch ms) bounds the publication time; without it only the schema is checked. */
export function checkItem(raw: unknown, receivedAt?: number): ItemCheck {
  const screened = screenNul(raw);
  if ('problem' in screened) return { ok: false, ...screened };
  const parsed = incomingItemSchema.safeParse(screened.raw);
  if (!parsed.success) return { ok: false, ...describeIssue(parsed.error.issues[0]) };
  const item = parsed.data;
  if (receivedAt !== undefined && item.publishedAt !== undefined) {
    const ms = parseTimeInput(item.publishedAt);
    const problem = ms === null ? 'not a time' : publishedAtProblem(ms, receivedAt);
    if (problem) return { ok: false, field: 'publishedAt', problem };
  }
  return { ok: true, item };
}

export function describeIssue(issue: z.core.$ZodIssue | undefined): { field: string; problem: string } {
  if (!issue) return { field: '(item)', problem: 'invalid' };
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(item)';
  return { field, problem: issue.message };
}

function screenNul(raw: unknown): { raw: unknown } | { field: string; problem: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { raw };
  let out: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value !== 'string' || !value.includes('\u0000')) continue;
    if (!freeText.has(key)) return { field: key, problem: 'contains a NUL character (U+0000); remove it (it cannot be stored)' };
    out ??= { ...(raw as Record<string, unknown>) };
    out[key] = value.replaceAll('\u0000', '');
  }
  return { raw: out ?? raw };
}
