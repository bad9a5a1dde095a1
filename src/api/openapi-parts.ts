/** Pieces every route definition shares: the security requirement and the error responses. */
import { errorBodySchema } from './schemas/common.js';

/** Either a session cookie or a bearer API token. */
export const authenticated: Record<string, string[]>[] = [{ session: [] }, { bearer: [] }];

const descriptions = {
  400: 'The request is invalid; `details` names each field.',
  401: 'Not signed in, or the token is unknown, revoked or expired.',
  403: 'The caller may not do this (or the CSRF token is missing).',
  404: 'No such resource in a workspace the caller belongs to.',
  409: 'It already exists, or the change would break a rule.',
  413: 'The request body is too large.',
  429: 'Too many attempts; see Retry-After.',
  503: 'Not ready, or the database cannot store right now (locked, full, unreachable); see Retry-After.',
} as const;

type ErrorStatus = keyof typeof descriptions;

export function errorResponses<S extends ErrorStatus>(
  ...statuses: S[]
): { [K in S]: { description: string; content: { 'application/json': { schema: typeof errorBodySchema } } } } {
  const out: Partial<Record<S, { description: string; content: { 'application/json': { schema: typeof errorBodySchema } } }>> = {};
  for (const s of statuses) out[s] = { description: descriptions[s], content: { 'application/json': { schema: errorBodySchema } } };
  return out as { [K in S]: { description: string; content: { 'application/json': { schema: typeof errorBodySchema } } } };
}

export function json<T>(schema: T, description: string): { description: string; content: { 'application/json': { schema: T } } } {
  return { description, content: { 'application/json': { schema } } };
}

export function jsonBody<T>(schema: T): { content: { 'application/json': { schema: T } }; required: true } {
  return { content: { 'application/json': { schema } }, required: true };
}
