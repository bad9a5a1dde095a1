/**
 * A minimal client-side router over the History API: the server answers every non-API path
 * with index.html, and this picks the page from `location.pathname`.
 */
import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

/**
 * Goes to `to` as a new history entry (or in place of the current one), with `state` kept on the entry: it comes back
 * with Back, Forward and reload, and is read with `historyState()`.
 */
export function navigate(to: string, { replace = false, state = null }: { replace?: boolean; state?: unknown } = {}): void {
  if (to === snapshot()) return;
  if (replace) window.history.replaceState(state, '', to);
  else window.history.pushState(state, '', to);
  for (const listener of listeners) listener();
}

/** The state `navigate` left on the current history entry (`null` on an entry opened from a link or typed). */
export function historyState(): unknown {
  return window.history.state;
}

export interface Location {
  pathname: string;
  search: URLSearchParams;
  /** Path plus query, for `?next=` links back. */
  href: string;
}

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, window.location.origin);
  return { pathname: url.pathname, search: url.searchParams, href };
}

/** A plain anchor that navigates in place on an unmodified left click. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...rest} />;
}
