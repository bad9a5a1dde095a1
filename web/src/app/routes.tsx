/**
 * Every page of the signed-in app, in menu order. Adding a page is one entry here plus its
 * file under `pages/`; the side menu and the router both read this list.
 */
import {
  AimOutlined,
  AlertOutlined,
  CloudDownloadOutlined,
  ExperimentOutlined,
  FileSearchOutlined,
  HomeOutlined,
  MailOutlined,
  SafetyCertificateOutlined,
  SearchOutlined,
} from '@ant-design/icons';
import { type ComponentType, type LazyExoticComponent, lazy, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/index.js';

export interface PageRoute {
  path: string;
  /** Menu label and page title. */
  label: MessageKey;
  icon: ReactNode;
  Page: LazyExoticComponent<ComponentType>;
}

export const pageRoutes: readonly PageRoute[] = [
  { path: '/', label: 'nav.home', icon: <HomeOutlined />, Page: lazy(() => import('../pages/HomePage.js')) },
  { path: '/mentions', label: 'nav.mentions', icon: <FileSearchOutlined />, Page: lazy(() => import('../pages/MentionsPage.js')) },
  { path: '/events', label: 'nav.events', icon: <AlertOutlined />, Page: lazy(() => import('../pages/events/EventsPage.js')) },
  { path: '/topics', label: 'nav.topics', icon: <AimOutlined />, Page: lazy(() => import('../pages/TopicsPage.js')) },
  { path: '/search', label: 'nav.search', icon: <SearchOutlined />, Page: lazy(() => import('../pages/SearchPage.js')) },
  { path: '/sources', label: 'nav.sources', icon: <CloudDownloadOutlined />, Page: lazy(() => import('../pages/SourcesPage.js')) },
  { path: '/analysis', label: 'nav.analysis', icon: <ExperimentOutlined />, Page: lazy(() => import('../pages/AnalysisSettingsPage.js')) },
  {
    path: '/severity',
    label: 'nav.severity',
    icon: <SafetyCertificateOutlined />,
    Page: lazy(() => import('../pages/severity/SeverityPage.js')),
  },
];

/** Pages reached from other pages, not in the menu; a `:name` segment matches any one path segment. */
export const innerRoutes: readonly PageRoute[] = [
  {
    path: '/mentions/:id',
    label: 'nav.mentionDetail',
    icon: <FileSearchOutlined />,
    Page: lazy(() => import('../pages/MentionDetailPage.js')),
  },
  { path: '/events/:id', label: 'nav.eventDetail', icon: <AlertOutlined />, Page: lazy(() => import('../pages/events/EventPage.js')) },
  { path: '/wall', label: 'dash.wall', icon: <HomeOutlined />, Page: lazy(() => import('../pages/dashboard/WallPage.js')) },
  { path: '/invitations', label: 'user.invitations', icon: <MailOutlined />, Page: lazy(() => import('../pages/InvitationsPage.js')) },
];

const matchesPattern = (pattern: string, path: string) => new RegExp(`^${pattern.replace(/:[^/]+/g, '[^/]+')}$`).test(path);

export function findRoute(pathname: string): PageRoute | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return pageRoutes.find((route) => route.path === path) ?? innerRoutes.find((route) => matchesPattern(route.path, path));
}
