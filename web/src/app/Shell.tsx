/**
 * Picks what to show from the session and the URL: the login page when signed out (with a
 * `?next=` back to where the user was), otherwise the layout around the routed page.
 */
import { Button, Result, Spin } from 'antd';
import { Suspense, useEffect } from 'react';
import { AppLayout } from '../components/AppLayout.js';
import { FullPage } from '../components/FullPage.js';
import { NoWorkspace } from '../components/NoWorkspace.js';
import { useI18n } from '../i18n/index.js';
import { navigate, useLocation } from '../lib/router.js';
import LoginPage from '../pages/LoginPage.js';
import NotFoundPage from '../pages/NotFoundPage.js';
import { findRoute } from './routes.js';
import { useSession } from './session.js';

export const loginPath = '/login';

/** Where to go after login: only a path on this site (never `//host` or `/\host`), else home. */
export function safeNext(next: string | null, origin = window.location.origin): string {
  if (!next?.startsWith('/')) return '/';
  const url = new URL(next, origin);
  if (url.origin !== origin || url.pathname === loginPath) return '/';
  return url.pathname + url.search + url.hash;
}

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function Loading() {
  const { t } = useI18n();
  return (
    <FullPage>
      <Spin size="large" description={t('app.loading')} />
    </FullPage>
  );
}

export function Shell() {
  const { t } = useI18n();
  const session = useSession();
  const location = useLocation();
  const { state } = session;
  const onLogin = location.pathname === loginPath;

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'unreachable') {
    return (
      <FullPage>
        <Result
          status="warning"
          title={t('app.serverDown')}
          subTitle={state.error.message}
          extra={
            <Button type="primary" onClick={session.reload}>
              {t('app.retry')}
            </Button>
          }
        />
      </FullPage>
    );
  }
  if (state.status === 'signed-out') {
    if (onLogin) return <LoginPage />;
    return <Redirect to={`${loginPath}?next=${encodeURIComponent(location.href)}`} />;
  }
  if (onLogin) return <Redirect to={safeNext(location.search.get('next'))} />;
  if (!session.workspace) return <NoWorkspace />;

  const route = findRoute(location.pathname);
  return (
    <AppLayout current={route}>
      <Suspense fallback={<Spin style={{ display: 'block', marginTop: 96 }} />}>
        {route ? <route.Page key={session.workspace.id} /> : <NotFoundPage />}
      </Suspense>
    </AppLayout>
  );
}
