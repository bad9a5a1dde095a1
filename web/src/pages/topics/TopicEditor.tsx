/** The create/edit dialog of a topic: name, the query with highlighting and inline errors, and a live preview over the topic trial window. */
import { Alert, Form, Input, List, Modal, Space, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { TopicPreview } from '../../../../src/api/schemas/search.js';
import type { TopicView } from '../../../../src/api/schemas/topics.js';
import { TOPIC_TRIAL_DAYS } from '../../../../src/domain/topic-window.js';
import { createTopic, patchTopic, previewTopic } from '../../api/topics.js';
import { useI18n } from '../../i18n/index.js';
import { describeError } from '../../lib/errors.js';
import { formatDateTime } from '../../lib/format.js';
import { Marked } from '../search/Marked.js';
import { lexError, QueryEditor, type QueryError, queryErrorOf } from './QueryEditor.js';

export function TopicEditor({
  workspaceId,
  topic,
  onClose,
}: {
  workspaceId: number;
  /** null: a new topic. */
  topic: TopicView | null;
  onClose: (saved: boolean) => void;
}) {
  const { t, lang } = useI18n();
  const [name, setName] = useState(topic?.name ?? '');
  const [query, setQuery] = useState(topic?.query ?? '');
  const [error, setError] = useState<QueryError | null>(null);
  const [preview, setPreview] = useState<TopicPreview | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);

  // Debounced: lexer errors at once, parse errors and the preview from the server 400 ms after typing stops.
  useEffect(() => {
    const lex = lexError(query, lang);
    setError(lex);
    if (lex || query.trim() === '') {
      setPreview(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setPreviewing(true);
      previewTopic(workspaceId, query, controller.signal).then(
        (p) => {
          setPreview(p);
          setPreviewing(false);
        },
        (err: unknown) => {
          if (controller.signal.aborted) return;
          setPreviewing(false);
          setPreview(null);
          const queryError = queryErrorOf(err, lang);
          if (queryError) setError(queryError);
        },
      );
    }, 400);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [workspaceId, query, lang]);

  const save = async () => {
    setSaving(true);
    setSaveError(null);
    try {
      if (topic) await patchTopic(workspaceId, topic.id, { name, query });
      else await createTopic(workspaceId, { name, query });
      onClose(true);
    } catch (err) {
      const queryError = queryErrorOf(err, lang);
      if (queryError) setError(queryError);
      else setSaveError(describeError(err, lang));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      width={760}
      title={topic ? t('topics.edit') : t('topics.create')}
      okText={t('topics.save')}
      cancelText={t('topics.cancel')}
      onOk={save}
      okButtonProps={{ disabled: !name.trim() || !query.trim() || error !== null, loading: saving }}
      onCancel={() => onClose(false)}
    >
      <Form layout="vertical">
        <Form.Item label={t('topics.name')} required>
          <Input aria-label={t('topics.name')} value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
        </Form.Item>
        <Form.Item label={t('topics.query')} required extra={t('topics.queryHelp')}>
          <QueryEditor value={query} onChange={setQuery} error={error} />
        </Form.Item>
      </Form>
      {saveError && <Alert type="error" showIcon title={saveError} style={{ marginBottom: 12 }} />}
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        <Space>
          {t('topics.preview', { days: TOPIC_TRIAL_DAYS })}
          {previewing && <Spin size="small" />}
          {preview && <Tag color="blue">{t('topics.previewCount', { count: preview.count })}</Tag>}
          {preview && (
            <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 400 }} data-testid="preview-window">
              {t('topics.window', { from: formatDateTime(preview.window.from), to: formatDateTime(preview.window.to) })}
            </Typography.Text>
          )}
        </Space>
      </Typography.Title>
      {preview && (
        <List
          size="small"
          bordered
          dataSource={preview.sample}
          locale={{ emptyText: t('topics.previewEmpty', { days: TOPIC_TRIAL_DAYS }) }}
          renderItem={(hit) => (
            <List.Item>
              <div>
                <Typography.Text strong>
                  <Marked html={hit.titleHtml} />
                </Typography.Text>
                <div style={{ color: '#595959' }}>
                  <Marked html={hit.snippetHtml} />
                </div>
              </div>
            </List.Item>
          )}
        />
      )}
    </Modal>
  );
}
