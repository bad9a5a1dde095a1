/** Signing in and out, and who is signed in. */
import type { LoginBody, MeView } from '../../../src/api/schemas/auth.js';
import { request } from './client.js';

export function login(body: LoginBody): Promise<MeView> {
  return request<MeView>('/auth/login', { method: 'POST', body, allowUnauthorized: true });
}

export function logout(): Promise<void> {
  return request<void>('/auth/logout', { method: 'POST', allowUnauthorized: true });
}

/** The signed-in user; rejects with a 401 `ApiError` when there is no session. */
export function fetchMe(signal?: AbortSignal): Promise<MeView> {
  return request<MeView>('/me', { signal, allowUnauthorized: true });
}
