/** 首页: a welcome for the current workspace, how to bring data in, and what it can do (what works opens its page). No made-up numbers. */
import { AlertOutlined, ArrowRightOutlined, FileDoneOutlined, FilterOutlined, GlobalOutlined } from '@ant-design/icons';
import { Button, Card, Col, List, Row, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { roleLabels } from '../../../src/domain/roles.js';
import { listMentions } from '../api/mentions.js';
import { useWorkspace } from '../app/session.js';
import { ImportHint } from '../components/ImportHint.js';
import { type MessageKey, useI18n } from '../i18n/index.js';
import { Link, navigate } from '../lib/router.js';
import { useQuery } from '../lib/useQuery.js';

/** `path`: the page where it works today; without one, it is still to come. */
const next: { icon: ReactNode; text: MessageKey; path?: string }[] = [
  { icon: <FilterOutlined />, text: 'home.next.topics', path: '/topics' },
  { icon: <GlobalOutlined />, text: 'home.next.sources', path: '/sources' },
  { icon: <AlertOutlined />, text: 'home.next.alerts' },
  { icon: <FileDoneOutlined />, text: 'home.next.reports' },
];

export default function HomePage() {
  const { lang, t } = useI18n();
  const workspace = useWorkspace();
  // One row is enough: the page only needs the real total, to say whether data has arrived.
  const count = useQuery(`home|${workspace.id}`, (signal) => listMentions({ workspaceId: workspace.id, limit: 1 }, signal));
  const total = count.data?.total;
  return (
    <div style={{ maxWidth: 1200 }}>
      <Card style={{ marginBottom: 24 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('home.welcome')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ fontSize: 15 }}>
          {t('home.workspaceIntro', { name: workspace.name, role: roleLabels[workspace.role][lang] })}
        </Typography.Paragraph>
        {total !== undefined && (
          <Typography.Paragraph style={{ marginBottom: 16 }}>
            {total === 0 ? t('home.empty') : t('home.haveMentions', { total })}
          </Typography.Paragraph>
        )}
        <Button type="primary" icon={<ArrowRightOutlined />} onClick={() => navigate('/mentions')}>
          {t('home.viewMentions')}
        </Button>
      </Card>
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={14}>
          <Card title={t('home.importTitle')} style={{ height: '100%' }}>
            <ImportHint workspace={workspace} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('home.nextTitle')} style={{ height: '100%' }}>
            <List
              dataSource={next}
              renderItem={(item) => (
                <List.Item
                  extra={
                    item.path ? (
                      <Link href={item.path} style={{ whiteSpace: 'nowrap' }}>
                        {t('home.open')} <ArrowRightOutlined />
                      </Link>
                    ) : (
                      <Tag>{t('home.comingSoon')}</Tag>
                    )
                  }
                >
                  <Space align="start" size={12}>
                    <span style={{ color: '#1f4e9c', fontSize: 18 }}>{item.icon}</span>
                    <Typography.Text>{t(item.text)}</Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
