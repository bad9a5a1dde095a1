/** The add/edit dialog of a source: kind, name, the kind's settings, its collection interval, and "fetch now" on the settings as typed. */
import { Alert, Button, Form, Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import type { TrialResult } from '../../../../src/api/schemas/sources.js';
import { channelLabels, channels } from '../../../../src/domain/channel.js';
import { createSource, patchSource, type SourceRow, testDraftSource } from '../../api/sources.js';
import { useI18n } from '../../i18n/index.js';
import { describeError } from '../../lib/errors.js';
import { durationLabel } from '../../lib/labels.js';
import { fromConfig, kindFields, searchPresets, toConfig } from './kinds.js';
import { TrialView } from './TrialView.js';

/** Intervals offered in the editor, in seconds; null: automatic. */
const intervals = [60, 120, 300, 600, 900, 1800, 3600, 6 * 3600];

export function SourceEditor({
  workspaceId,
  source,
  kinds,
  onClose,
}: {
  workspaceId: number;
  /** null: a new source. */
  source: SourceRow | null;
  kinds: { kind: string; label: string }[];
  onClose: (saved: boolean) => void;
}) {
  const { t, lang } = useI18n();
  const [kind, setKind] = useState(source?.kind ?? 'feed');
  const [name, setName] = useState(source?.name ?? '');
  const [values, setValues] = useState<Record<string, string>>(source ? fromConfig(source.config) : {});
  const initialInterval = source?.intervalSeconds ?? null;
  const [intervalSeconds, setIntervalSeconds] = useState<number | null>(initialInterval);
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
      // The interval is sent only when set or changed, so a server without per-source intervals takes the rest as before.
      const interval = intervalSeconds !== initialInterval || (!source && intervalSeconds !== null) ? { intervalSeconds } : {};
      if (source) await patchSource(workspaceId, source.id, { name, kind, config, ...interval });
      else await createSource(workspaceId, { name, kind, config, ...interval });
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
                options={channels.map((c) => ({ value: c, label: channelLabels[c][lang] }))}
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
        <Form.Item label={t('sources.interval')} extra={t('sources.interval.help')}>
          <Select<number | 'auto'>
            aria-label={t('sources.interval')}
            value={intervalSeconds ?? 'auto'}
            onChange={(v) => setIntervalSeconds(v === 'auto' ? null : v)}
            options={[
              { value: 'auto' as const, label: t('sources.interval.auto') },
              ...[...new Set([...intervals, ...(initialInterval === null ? [] : [initialInterval])])]
                .sort((a, b) => a - b)
                .map((n) => ({ value: n, label: durationLabel(n, lang) })),
            ]}
          />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {trial && <TrialView trial={trial} />}
    </Modal>
  );
}
