/** 用户词典: words (brands, products, people…) segmentation keeps whole and entities recognise; add and remove. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, message as antMessage, Button, Card, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { DictionaryWordView } from '../../../../src/api/schemas/analysis-settings.js';
import { addDictionaryWord, listDictionary, removeDictionaryWord } from '../../api/analysis-settings.js';
import { useWorkspace } from '../../app/session.js';
import { type MessageKey, useI18n } from '../../i18n/index.js';
import { describeError } from '../../lib/errors.js';
import { useQuery } from '../../lib/useQuery.js';

const KINDS = ['brand', 'product', 'person', 'org', 'place', 'other'] as const;
const kindKey = (kind: string) => `analysis.kind.${kind}` as MessageKey;

export function DictionaryCard() {
  const { t, lang } = useI18n();
  const [message, messageHolder] = antMessage.useMessage();
  const workspace = useWorkspace();
  const query = useQuery(`dict-${workspace.id}`, (signal) => listDictionary(workspace.id, signal));
  const [word, setWord] = useState('');
  const [kind, setKind] = useState<string>('brand');
  const fail = (err: unknown) => message.error(describeError(err, lang));

  const add = () => {
    if (word.trim() === '') return;
    addDictionaryWord(workspace.id, { word: word.trim(), kind }).then(() => {
      setWord('');
      query.reload();
    }, fail);
  };

  return (
    <Card title={t('analysis.dictionary')}>
      {messageHolder}
      <Typography.Paragraph type="secondary">{t('analysis.dictionaryHelp')}</Typography.Paragraph>
      {query.error !== null && <Alert type="error" showIcon title={describeError(query.error, lang)} style={{ marginBottom: 16 }} />}
      <Space.Compact style={{ marginBottom: 16 }}>
        <Input
          value={word}
          onChange={(e) => setWord(e.target.value)}
          onPressEnter={add}
          placeholder={t('analysis.wordPlaceholder')}
          aria-label={t('analysis.word')}
          style={{ width: 240 }}
        />
        <Select value={kind} onChange={setKind} style={{ width: 120 }} options={KINDS.map((k) => ({ value: k, label: t(kindKey(k)) }))} />
        <Button type="primary" icon={<PlusOutlined />} onClick={add}>
          {t('analysis.addWord')}
        </Button>
      </Space.Compact>
      <Table<DictionaryWordView>
        rowKey="id"
        size="small"
        loading={query.loading}
        dataSource={query.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('analysis.dictionaryEmpty') }}
        columns={[
          { title: t('analysis.word'), dataIndex: 'word' },
          { title: t('analysis.kind'), dataIndex: 'kind', width: 140, render: (k: string) => <Tag>{t(kindKey(k))}</Tag> },
          { title: t('analysis.pos'), dataIndex: 'pos', width: 100, render: (p: string) => <Typography.Text code>{p}</Typography.Text> },
          {
            title: '',
            key: 'actions',
            width: 100,
            render: (_: unknown, w) => (
              <Popconfirm
                title={t('analysis.removeConfirm')}
                onConfirm={() => removeDictionaryWord(workspace.id, w.id).then(query.reload, fail)}
              >
                <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('analysis.remove')} />
              </Popconfirm>
            ),
          },
        ]}
      />
    </Card>
  );
}
