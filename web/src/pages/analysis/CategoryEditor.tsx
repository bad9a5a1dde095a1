/** The create/edit dialog of a category: key (new ones only), name and query; the server checks the query and says where it is wrong. */
import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import type { CategoryView } from '../../../../src/api/schemas/analysis-settings.js';
import { createCategory, patchCategory } from '../../api/analysis-settings.js';
import { useI18n } from '../../i18n/index.js';
import { describeError } from '../../lib/errors.js';

export function CategoryEditor({
  workspaceId,
  category,
  onClose,
}: {
  workspaceId: number;
  /** null: a new category. */
  category: CategoryView | null;
  onClose: (saved: boolean) => void;
}) {
  const { t, lang } = useI18n();
  const [key, setKey] = useState(category?.key ?? '');
  const [name, setName] = useState(category?.name ?? '');
  const [query, setQuery] = useState(category?.query ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      if (category) await patchCategory(workspaceId, category.id, { name, query });
      else await createCategory(workspaceId, { key, name, query });
      onClose(true);
    } catch (err) {
      setError(describeError(err, lang));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={category ? t('analysis.editCategory') : t('analysis.createCategory')}
      okText={t('analysis.save')}
      cancelText={t('analysis.cancel')}
      confirmLoading={saving}
      onOk={save}
      onCancel={() => onClose(false)}
      width={640}
    >
      <Form layout="vertical">
        <Form.Item label={t('analysis.categoryKey')} htmlFor="category-key" extra={t('analysis.keyHelp')}>
          <Input id="category-key" value={key} disabled={category !== null} onChange={(e) => setKey(e.target.value)} />
        </Form.Item>
        <Form.Item label={t('analysis.categoryName')} htmlFor="category-name">
          <Input id="category-name" value={name} onChange={(e) => setName(e.target.value)} />
        </Form.Item>
        <Form.Item label={t('analysis.categoryQuery')} htmlFor="category-query" extra={t('topics.queryHelp')}>
          <Input.TextArea
            id="category-query"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            autoSize={{ minRows: 3, maxRows: 8 }}
          />
        </Form.Item>
      </Form>
      {error !== null && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
