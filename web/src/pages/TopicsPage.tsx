/** 监测方案: the workspace's topics — list, create, edit, pause, delete, and apply to stored mentions. */
import { DeleteOutlined, EditOutlined, PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Alert, message as antMessage, Button, Card, Popconfirm, Space, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import type { TopicView } from '../../../src/api/schemas/topics.js';
import { TOPIC_TRIAL_DAYS } from '../../../src/domain/topic-window.js';
import { applyTopic, deleteTopic, listTopics, patchTopic } from '../api/topics.js';
import { useWorkspace } from '../app/session.js';
import { useI18n } from '../i18n/index.js';
import { describeError } from '../lib/errors.js';
import { useQuery } from '../lib/useQuery.js';
import { TopicEditor } from './topics/TopicEditor.js';

export default function TopicsPage() {
  const { t, lang } = useI18n();
  const [message, messageHolder] = antMessage.useMessage();
  const workspace = useWorkspace();
  const query = useQuery(String(workspace.id), (signal) => listTopics(workspace.id, signal));
  const [editing, setEditing] = useState<TopicView | null | undefined>(undefined);
  const fail = (err: unknown) => message.error(describeError(err, lang));

  const apply = async (topic: TopicView) => {
    try {
      // The server's window (the same one the preview covers); the answer names it.
      const r = await applyTopic(workspace.id, topic.id, {});
      message.success(t('topics.applied', { matched: r.matched, added: r.added }));
    } catch (err) {
      fail(err);
    }
  };

  return (
    <Card
      title={t('topics.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
          {t('topics.create')}
        </Button>
      }
    >
      {messageHolder}
      {query.error !== null && <Alert type="error" showIcon title={describeError(query.error, lang)} style={{ marginBottom: 16 }} />}
      <Table<TopicView>
        rowKey="id"
        loading={query.loading}
        dataSource={query.data?.items ?? []}
        pagination={false}
        columns={[
          { title: t('topics.name'), dataIndex: 'name', width: 180 },
          {
            title: t('topics.query'),
            dataIndex: 'query',
            render: (q: string) => <Typography.Text code>{q}</Typography.Text>,
          },
          {
            title: t('topics.active'),
            dataIndex: 'active',
            width: 100,
            render: (active: boolean, topic) => (
              <Switch
                checked={active}
                onChange={(on) => patchTopic(workspace.id, topic.id, { active: on }).then(query.reload, fail)}
                aria-label={t('topics.active')}
              />
            ),
          },
          {
            title: '',
            key: 'actions',
            width: 300,
            render: (_: unknown, topic) => (
              <Space>
                <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(topic)}>
                  {t('topics.edit')}
                </Button>
                <Popconfirm title={t('topics.applyConfirm', { days: TOPIC_TRIAL_DAYS })} onConfirm={() => apply(topic)}>
                  <Button size="small" icon={<ThunderboltOutlined />}>
                    {t('topics.apply')}
                  </Button>
                </Popconfirm>
                <Popconfirm
                  title={t('topics.deleteConfirm')}
                  onConfirm={() => deleteTopic(workspace.id, topic.id).then(query.reload, fail)}
                >
                  <Button size="small" danger icon={<DeleteOutlined />}>
                    {t('topics.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing !== undefined && (
        <TopicEditor
          workspaceId={workspace.id}
          topic={editing}
          onClose={(saved) => {
            setEditing(undefined);
            if (saved) query.reload();
          }}
        />
      )}
    </Card>
  );
}
