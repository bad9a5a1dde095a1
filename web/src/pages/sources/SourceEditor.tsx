/** The add/edit dialog of a source: kind, name, the kind's settings, and "fetch now" on the settings as typed. */
import { Alert, Button, Form, Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import type { SourceView, TrialResult } from '../../../../src/api/schemas/sources.js';
import { createSource, patchSource, testDraftSource } from '../../api/sources.js';
import { useI18n } from '../../i18n/index.js';
import { describeError } from '../../lib/errors.js';
import { fromConfig, kindFields, searchPresets, toConfig } from './kinds.js';
import { TrialView } from './TrialView.js';

const channels = ['news', 'weibo', 'wechat', 'video', 'forum', 'blog', 'qa', 'social', 'app', 'other'];

export function SourceEditor({
  workspaceId,
  source,
  kinds,
  onClose,
}: {
  workspaceId: number;
  /** null: a new source. */
  source: SourceView | null;
  kinds: { kind: string; label: string }[];
  onClose: (saved: boolean) => void;
}) {
  const { t, lang } = useI18n();
  const [kind, setKind] = useState(source?.kind ?? 'feed');
  const [name, setName] = useState(source?.name ?? '');
  const [values, setValues] = useState<Record<string, string>>(source ? fromConfig(source.config) : {});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [trial, setTrial] = useState<TrialResult | null>(null);
  const [testing, setTesting] = useState(false);
  const set = (field: string, v: string) => setValues((old) => ({ ...old, [field]: v }));

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const config = toConfig(kind, values);
      if (source) await patchSource(workspaceId, source.id, { name, kind, config });
      else await createSource(workspaceId, { name, kind, config });
      onClose(true);
    } catch (err) {
      setError(describeError(err, lang));
    } finally {
      setSaving(false);
    }
  };

  const test = async () => {
    setTesting(true);
    setError(null);
    setTrial(null);
    try {
      setTrial(await testDraftSource(workspaceId, { kind, config: toConfig(kind, values) }));
    } catch (err) {
      setError(describeError(err, lang));
    } finally {
      setTesting(false);
    }
  };

  return (
    <Modal
      open
      width={760}
      title={source ? t('sources.edit') : t('sources.create')}
      onCancel={() => onClose(false)}
      footer={
        <Space>
          <Button onClick={test} loading={testing}>
            {t('sources.testNow')}
          </Button>
          <Button onClick={() => onClose(false)}>{t('sources.cancel')}</Button>
          <Button type="primary" onClick={save} loading={saving} disabled={name.trim() === ''}>
            {t('sources.save')}
          </Button>
        </Space>
      }
    >
      <Form layout="vertical">
        <Form.Item label={t('sources.kind')} required>
          <Select value={kind} onChange={setKind} options={kinds.map((k) => ({ value: k.kind, label: k.label }))} />
        </Form.Item>
        <Form.Item label={t('sources.name')} required>
          <Input aria-label={t('sources.name')} value={name} onChange={(e) => setName(e.target.value)} />
        </Form.Item>
        {(kindFields[kind] ?? []).map((f) => (
          <Form.Item key={f.name} label={t(f.label)} required={f.required === true}>
            {f.kind === 'channel' ? (
              <Select
                allowClear
                value={values[f.name]}
                onChange={(v: string | undefined) => set(f.name, v ?? '')}
                options={channels.map((c) => ({ value: c, label: c }))}
              />
            ) : f.kind === 'preset' ? (
              <Select
                allowClear
                value={values[f.name]}
                onChange={(v: string | undefined) => set(f.name, v ?? '')}
                options={searchPresets.map((p) => ({ value: p, label: p }))}
              />
            ) : f.kind === 'lines' ? (
              <Input.TextArea
                rows={3}
                value={values[f.name] ?? ''}
                onChange={(e) => set(f.name, e.target.value)}
                placeholder={t('sources.keywordsHelp')}
              />
            ) : (
              <Input
                aria-label={t(f.label)}
                value={values[f.name] ?? ''}
                onChange={(e) => set(f.name, e.target.value)}
                placeholder={f.placeholder}
              />
            )}
          </Form.Item>
        ))}
      </Form>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {trial && <TrialView trial={trial} />}
    </Modal>
  );
}
