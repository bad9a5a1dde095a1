/**
 * Who is signed in and which workspace (单位) they are looking at. Loads `MeView` once on
 * start, keeps the CSRF token in the API client, and drops to signed-out on any 401.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { MeView, WorkspaceView } from '../../../src/api/schemas/auth.js';
import { fetchMe, logout } from '../api/auth.js';
import { ApiError, setCsrfToken, setUnauthorizedHandler } from '../api/client.js';

export type SessionState =
  | { status: 'loading' }
  | { status: 'unreachable'; error: ApiError }
  | { status: 'signed-out' }
  | { status: 'signed-in'; me: MeView };

export interface Session {
  state: SessionState;
  /** The current workspace, or null when signed out or a member of none. */
  workspace: WorkspaceView | null;
  selectWorkspace(id: number): void;
  signedIn(me: MeView): void;
  signOut(): Promise<void>;
  reload(): void;
}

const workspaceKey = 'yuqing.workspace';

function rememberedWorkspaceId(): number | null {
  try {
    const raw = localStorage.getItem(workspaceKey);
    return raw === null ? null : Number(raw);
  } catch {
    return null;
  }
}

function rememberWorkspaceId(id: number): void {
  try {
    localStorage.setItem(workspaceKey, String(id));
  } catch {
    // Storage disabled: the choice lasts for this page only.
  }
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [workspaceId, setWorkspaceId] = useState<number | null>(rememberedWorkspaceId);
  const [attempt, setAttempt] = useState(0);

  const signedIn = useCallback((me: MeView) => {
    setCsrfToken(me.csrfToken);
    setState({ status: 'signed-in', me });
  }, []);

  const signedOut = useCallback(() => {
    setCsrfToken(null);
    setState({ status: 'signed-out' });
  }, []);

  useEffect(() => setUnauthorizedHandler(signedOut), [signedOut]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the trigger; `reload()` bumps it to ask the server again.
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    fetchMe(controller.signal).then(signedIn, (err: unknown) => {
      if (controller.signal.aborted) return;
      if (err instanceof ApiError && err.status === 401) signedOut();
      else setState({ status: 'unreachable', error: err instanceof ApiError ? err : new ApiError('network_error', String(err), 0) });
    });
    return () => controller.abort();
  }, [attempt, signedIn, signedOut]);

  const value = useMemo<Session>(() => {
    const workspaces = state.status === 'signed-in' ? state.me.workspaces : [];
    const workspace = workspaces.find((w) => w.id === workspaceId) ?? workspaces[0] ?? null;
    return {
      state,
      workspace,
      selectWorkspace(id) {
        rememberWorkspaceId(id);
        setWorkspaceId(id);
      },
      signedIn,
      async signOut() {
        // Signed out here either way; a session the server never heard end expires on its own.
        await logout().catch(() => undefined);
        signedOut();
      },
      reload: () => setAttempt((n) => n + 1),
    };
  }, [state, workspaceId, signedIn, signedOut]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** For pages inside the signed-in layout, which only renders when a workspace exists. */
export function useWorkspace(): WorkspaceView {
  const { workspace } = useSession();
  if (!workspace) throw new Error('useWorkspace without a workspace');
  return workspace;
}
