/**
 * 信息源: the workspace's sources — name, kind, health (last success, last new item, last error), items today, interval
 * and next check, add / edit / pause, and "fetch now". Every column fits 1440 px without a sticky column covering another.
 */
import { EditOutlined, PlusOutlined, ReloadOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Alert, message as antMessage, Button, Card, Modal, Space, Spin, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { TrialResult } from '../../../src/api/schemas/sources.js';
import { listSources, listSourceTypes, patchSource, type SourceRow, testSavedSource } from '../api/sources.js';
import { useWorkspace } from '../app/session.js';
import { type MessageKey, useI18n } from '../i18n/index.js';
import { describeError } from '../lib/errors.js';
import { formatDateTime } from '../lib/format.js';
import { durationLabel } from '../lib/labels.js';
import { sourceName } from '../lib/sources.js';
import { useQuery } from '../lib/useQuery.js';
import { HealthCell } from './sources/HealthCell.js';
import { SourceEditor } from './sources/SourceEditor.js';
import { TrialView } from './sources/TrialView.js';

export default function SourcesPage() {
  const { t, lang } = useI18n();
  const [message, messageHolder] = antMessage.useMessage();
  const workspace = useWorkspace();
  const query = useQuery(String(workspace.id), (signal) => listSources(workspace.id, signal));
  const types = useQuery('types', (signal) => listSourceTypes(signal));
  const [editing, setEditing] = useState<SourceRow | null | undefined>(undefined);
  const [trial, setTrial] = useState<{ source: SourceRow; result: TrialResult | null } | null>(null);
  const fail = (err: unknown) => message.error(describeError(err, lang));
  const kinds = (types.data?.items ?? []).map((k) => ({ kind: k.kind, label: k.label[lang] }));
  // Pushed and imported sources are not collected, so the list of source types does not name them.
  const kindLabel = (kind: string) =>
    kinds.find((k) => k.kind === kind)?.label ?? (kind === 'push' || kind === 'import' ? t(`sources.kind.${kind}` as MessageKey) : kind);

  const test = (source: SourceRow) => {
    setTrial({ source, result: null });
    testSavedSource(workspace.id, source.id).then(
      (result) => setTrial({ source, result }),
      (err: unknown) => {
        setTrial(null);
        fail(err);
      },
    );
  };
  const when = (iso: string | null) => (iso ? formatDateTime(iso) : '—');
  const interval = (s: SourceRow) => {
    const every = s.health.intervalSeconds ?? null;
    return every === null ? t('sources.interval.auto') : t('sources.interval.current', { every: durationLabel(every, lang) });
  };

  return (
    <Card
      title={t('sources.title')}
      extra={
        <Space>
          <Button icon={<ReloadOutlined />} onClick={query.reload}>
            {t('sources.refresh')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('sources.create')}
          </Button>
        </Space>
      }
    >
      {messageHolder}
      {query.error !== null && <Alert type="error" showIcon title={describeError(query.error, lang)} style={{ marginBottom: 16 }} />}
      <Table<SourceRow>
        rowKey="id"
        loading={query.loading}
        dataSource={query.data?.items ?? []}
        pagination={false}
        tableLayout="fixed"
        scroll={{ x: 1060 }}
        columns={[
          {
            title: t('sources.name'),
            key: 'name',
            width: 200,
            render: (_: unknown, s) => (
              <Space direction="vertical" size={0} style={{ maxWidth: '100%' }}>
                <Typography.Text strong>{sourceName(s, lang)}</Typography.Text>
                {sourceName(s, lang) !== s.key && (
                  <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', maxWidth: 180 }} ellipsis={{ tooltip: s.key }}>
                    {s.key}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          {
            title: t('sources.kind'),
            dataIndex: 'kind',
            width: 120,
            render: (kind: string) => <Tag style={{ whiteSpace: 'normal' }}>{kindLabel(kind)}</Tag>,
          },
          { title: t('sources.health'), key: 'health', render: (_: unknown, s) => <HealthCell health={s.health} /> },
          { title: t('sources.itemsToday'), key: 'today', width: 110, align: 'right', render: (_: unknown, s) => s.health.itemsToday },
          {
            title: t('sources.nextCheck'),
            key: 'next',
            width: 150,
            render: (_: unknown, s) =>
              s.health.status === 'push' ? (
                '—'
              ) : (
                <Space direction="vertical" size={0}>
                  <span>{when(s.health.nextCheckAt)}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {interval(s)}
                  </Typography.Text>
                </Space>
              ),
          },
          {
            title: t('sources.active'),
            dataIndex: 'active',
            width: 84,
            render: (active: boolean, s) => (
              <Switch
                checked={active}
                onChange={(on) => patchSource(workspace.id, s.id, { active: on }).then(query.reload, fail)}
                aria-label={t('sources.active')}
              />
            ),
          },
          {
            title: '',
            key: 'actions',
            width: 190,
            render: (_: unknown, s) =>
              s.health.status === 'push' ? null : (
                <Space>
                  <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(s)}>
                    {t('sources.edit')}
                  </Button>
                  <Button size="small" icon={<ThunderboltOutlined />} onClick={() => test(s)}>
                    {t('sources.testNow')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      {editing !== undefined && (
        <SourceEditor
          workspaceId={workspace.id}
          source={editing}
          kinds={kinds}
          onClose={(saved) => {
            setEditing(undefined);
            if (saved) query.reload();
          }}
        />
      )}
      {trial && (
        <Modal
          open
          width={760}
          title={`${t('sources.testNow')} · ${sourceName(trial.source, lang)}`}
          footer={null}
          onCancel={() => setTrial(null)}
        >
          {trial.result ? <TrialView trial={trial.result} /> : <Spin />}
        </Modal>
      )}
    </Card>
  );
}
