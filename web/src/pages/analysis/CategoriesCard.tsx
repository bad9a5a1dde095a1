/** 分类体系: the category taxonomy — each category a query; switch on and off, edit, add, delete. */
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, message as antMessage, Button, Card, Popconfirm, Space, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import type { CategoryView } from '../../../../src/api/schemas/analysis-settings.js';
import { deleteCategory, listCategories, patchCategory } from '../../api/analysis-settings.js';
import { useWorkspace } from '../../app/session.js';
import { useI18n } from '../../i18n/index.js';
import { describeError } from '../../lib/errors.js';
import { useQuery } from '../../lib/useQuery.js';
import { CategoryEditor } from './CategoryEditor.js';

export function CategoriesCard() {
  const { t, lang } = useI18n();
  const [message, messageHolder] = antMessage.useMessage();
  const workspace = useWorkspace();
  const query = useQuery(`cat-${workspace.id}`, (signal) => listCategories(workspace.id, signal));
  const [editing, setEditing] = useState<CategoryView | null | undefined>(undefined);
  const fail = (err: unknown) => message.error(describeError(err, lang));

  return (
    <Card
      title={t('analysis.categories')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
          {t('analysis.createCategory')}
        </Button>
      }
    >
      {messageHolder}
      <Typography.Paragraph type="secondary">{t('analysis.categoriesHelp')}</Typography.Paragraph>
      {query.error !== null && <Alert type="error" showIcon title={describeError(query.error, lang)} style={{ marginBottom: 16 }} />}
      <Table<CategoryView>
        rowKey="id"
        size="small"
        loading={query.loading}
        dataSource={query.data?.items ?? []}
        pagination={false}
        columns={[
          { title: t('analysis.categoryName'), dataIndex: 'name', width: 120 },
          {
            title: t('analysis.categoryKey'),
            dataIndex: 'key',
            width: 150,
            render: (k: string) => <Typography.Text code>{k}</Typography.Text>,
          },
          {
            title: t('analysis.categoryQuery'),
            dataIndex: 'query',
            render: (q: string) => (
              <Typography.Text code ellipsis={{ tooltip: q }} style={{ maxWidth: 520 }}>
                {q}
              </Typography.Text>
            ),
          },
          {
            title: t('analysis.active'),
            dataIndex: 'active',
            width: 80,
            render: (active: boolean, c) => (
              <Switch
                size="small"
                checked={active}
                onChange={(on) => patchCategory(workspace.id, c.id, { active: on }).then(query.reload, fail)}
                aria-label={t('analysis.active')}
              />
            ),
          },
          {
            title: '',
            key: 'actions',
            width: 110,
            render: (_: unknown, c) => (
              <Space>
                <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(c)} aria-label={t('analysis.edit')} />
                <Popconfirm
                  title={t('analysis.deleteCategoryConfirm')}
                  onConfirm={() => deleteCategory(workspace.id, c.id).then(query.reload, fail)}
                >
                  <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('analysis.remove')} />
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing !== undefined && (
        <CategoryEditor
          workspaceId={workspace.id}
          category={editing}
          onClose={(saved) => {
            setEditing(undefined);
            if (saved) query.reload();
          }}
        />
      )}
    </Card>
  );
}
