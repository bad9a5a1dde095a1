/**
 * Every page of the signed-in app, in menu order. Adding a page is one entry here plus its
 * file under `pages/`; the side menu and the router both read this list.
 */
import { FileSearchOutlined, HomeOutlined } from '@ant-design/icons';
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
];

export function findRoute(pathname: string): PageRoute | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return pageRoutes.find((route) => route.path === path);
}
