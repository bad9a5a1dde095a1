/** The signed-in frame: side menu from the route list, header with workspace, language and user. */
import { Layout, Menu, Space } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { type PageRoute, pageRoutes } from '../app/routes.js';
import { useI18n } from '../i18n/index.js';
import { navigate } from '../lib/router.js';
import { Brand } from './Brand.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { UserMenu } from './UserMenu.js';
import { WorkspaceSwitcher } from './WorkspaceSwitcher.js';

export function AppLayout({ current, children }: { current: PageRoute | undefined; children: ReactNode }) {
  const { t } = useI18n();
  const [collapsed, setCollapsed] = useState(false);

  useEffect(() => {
    document.title = current ? `${t(current.label)} · ${t('app.name')}` : t('app.name');
  }, [current, t]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={208}
        breakpoint="lg"
        style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        <div style={{ height: 64, display: 'flex', alignItems: 'center', padding: collapsed ? '0 24px' : '0 20px' }}>
          <Brand collapsed={collapsed} />
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={current ? [current.path] : []}
          items={pageRoutes.map((route) => ({
            key: route.path,
            icon: route.icon,
            label: <a href={route.path}>{t(route.label)}</a>,
          }))}
          onClick={({ key, domEvent }) => {
            if (domEvent.metaKey || domEvent.ctrlKey || domEvent.shiftKey) return; // let the browser open a new tab
            domEvent.preventDefault();
            navigate(key);
          }}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', borderBottom: '1px solid #e8ebf0' }}
        >
          <WorkspaceSwitcher />
          <Space size={4}>
            <LanguageSwitch />
            <UserMenu />
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
