/**
 * 舆情信息: the workspace's mentions, newest first. Paging follows the API's cursors; the
 * stack of cursors seen so far makes 上一页 possible.
 */
import { DownloadOutlined, LeftOutlined, ReloadOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { MentionView } from '../../../src/api/schemas/mentions.js';
import { listMentions } from '../api/mentions.js';
import { exportUrl } from '../api/search.js';
import { useWorkspace } from '../app/session.js';
import { ImportHint } from '../components/ImportHint.js';
import { useI18n } from '../i18n/index.js';
import { describeError } from '../lib/errors.js';
import { navigate } from '../lib/router.js';
import { useQuery } from '../lib/useQuery.js';
import { mentionColumns } from './mentions/columns.js';

const pageSizes = [20, 50, 100];

export default function MentionsPage() {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const workspace = useWorkspace();
  const [limit, setLimit] = useState(20);
  /** Cursors of the pages visited; the last one is the page on screen (undefined = newest). */
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];

  const query = useQuery(`${workspace.id}|${limit}|${cursor ?? ''}`, (signal) =>
    listMentions({ workspaceId: workspace.id, limit, cursor }, signal),
  );
  const page = query.data;
  const columns = useMemo(() => mentionColumns(i18n), [i18n]);

  const goTo = (next: (string | undefined)[]) => {
    setCursors(next);
    window.scrollTo({ top: 0 });
  };
  const changeLimit = (next: number) => {
    setLimit(next);
    goTo([undefined]);
  };
  const nextCursor = page?.nextCursor;

  return (
    <Card
      title={
        <Space size={12}>
          <span>{t('mentions.title')}</span>
          {page && <Tag>{t('mentions.total', { total: page.total })}</Tag>}
        </Space>
      }
      extra={
        <Space>
          <Select
            value={limit}
            onChange={changeLimit}
            options={pageSizes.map((size) => ({ value: size, label: t('mentions.pageSize', { size }) }))}
            style={{ width: 110 }}
          />
          <Button icon={<DownloadOutlined />} href={exportUrl(workspace.id, {}, lang === 'en' ? 'en' : 'zh')} data-testid="mentions-export">
            {t('search.export')}
          </Button>
          <Button icon={<ReloadOutlined />} onClick={query.reload} loading={query.loading && page !== undefined}>
            {t('mentions.refresh')}
          </Button>
        </Space>
      }
    >
      {query.error !== null && (
        <Alert
          type="error"
          showIcon
          title={t('mentions.loadFailed')}
          description={describeError(query.error, lang)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Table<MentionView>
        rowKey="id"
        columns={columns}
        dataSource={page?.items ?? []}
        loading={query.loading}
        pagination={false}
        onRow={(m) => ({
          // A row opens the mention's detail; links inside it (the original) keep their own behaviour.
          onClick: (e) => {
            if (!(e.target instanceof Element) || !e.target.closest('a')) navigate(`/mentions/${m.id}`);
          },
          style: { cursor: 'pointer' },
        })}
        scroll={{ x: 900 }}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('mentions.emptyTitle')} style={{ padding: '24px 0' }}>
              <div style={{ maxWidth: 720, margin: '0 auto' }}>
                <ImportHint workspace={workspace} />
              </div>
            </Empty>
          ),
        }}
      />
      {page && (page.items.length > 0 || cursors.length > 1) && (
        <div style={{ display: 'flex', justifyContent: 'flex-end', alignItems: 'center', gap: 12, marginTop: 16 }}>
          <Typography.Text type="secondary">{t('mentions.page', { page: cursors.length })}</Typography.Text>
          <Button icon={<LeftOutlined />} disabled={cursors.length <= 1} onClick={() => goTo(cursors.slice(0, -1))}>
            {t('mentions.prev')}
          </Button>
          <Button disabled={!nextCursor} onClick={() => nextCursor && goTo([...cursors, nextCursor])}>
            {t('mentions.next')} <RightOutlined />
          </Button>
        </div>
      )}
    </Card>
  );
}
