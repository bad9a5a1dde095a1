/** 信息源: the workspace's sources — kind, health (last success, last error, items today, next check), add / edit / pause, and "fetch now". */
import { EditOutlined, PlusOutlined, ReloadOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Alert, message as antMessage, Button, Card, Modal, Space, Spin, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { SourceView, TrialResult } from '../../../src/api/schemas/sources.js';
import { listSources, listSourceTypes, patchSource, testSavedSource } from '../api/sources.js';
import { useWorkspace } from '../app/session.js';
import { useI18n } from '../i18n/index.js';
import { describeError } from '../lib/errors.js';
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
  const [editing, setEditing] = useState<SourceView | null | undefined>(undefined);
  const [trial, setTrial] = useState<{ source: SourceView; result: TrialResult | null } | null>(null);
  const fail = (err: unknown) => message.error(describeError(err, lang));
  const kinds = (types.data?.items ?? []).map((k) => ({ kind: k.kind, label: k.label[lang] }));
  const kindLabel = (kind: string) => kinds.find((k) => k.kind === kind)?.label ?? kind;

  const test = (source: SourceView) => {
    setTrial({ source, result: null });
    testSavedSource(workspace.id, source.id).then(
      (result) => setTrial({ source, result }),
      (err: unknown) => {
        setTrial(null);
        fail(err);
      },
    );
  };
  const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

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
      <Table<SourceView>
        rowKey="id"
        loading={query.loading}
        dataSource={query.data?.items ?? []}
        pagination={false}
        scroll={{ x: 1220 }}
        columns={[
          {
            title: t('sources.name'),
            dataIndex: 'name',
            width: 220,
            render: (name: string, s) => (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{name}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', maxWidth: 200 }} ellipsis={{ tooltip: s.key }}>
                  {s.key}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: t('sources.kind'),
            dataIndex: 'kind',
            width: 170,
            render: (kind: string) => <Tag style={{ whiteSpace: 'normal' }}>{kindLabel(kind)}</Tag>,
          },
          { title: t('sources.health'), key: 'health', render: (_: unknown, s) => <HealthCell health={s.health} /> },
          { title: t('sources.itemsToday'), key: 'today', width: 110, align: 'right', render: (_: unknown, s) => s.health.itemsToday },
          { title: t('sources.nextCheck'), key: 'next', width: 160, render: (_: unknown, s) => when(s.health.nextCheckAt) },
          {
            title: t('sources.active'),
            dataIndex: 'active',
            width: 80,
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
            width: 200,
            fixed: 'right',
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
        <Modal open width={760} title={`${t('sources.testNow')} · ${trial.source.name}`} footer={null} onCancel={() => setTrial(null)}>
          {trial.result ? <TrialView trial={trial.result} /> : <Spin />}
        </Modal>
      )}
    </Card>
  );
}
