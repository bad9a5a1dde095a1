/**
 * The analysts' corrections of an event, one form each: rename, merge other events into this one, move the ticked
 * mentions to another event, split the ticked mentions off into a new event, and set (or clear) the level by hand
 * with a reason. Each form calls the API and, once it answers, lets the page reload the event.
 */
import { Alert, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import type { EventDetail } from '../../../../src/api/schemas/events.js';
import { listEvents, mergeEvents, moveMentions, overrideSeverity, renameEvent, splitEvent } from '../../api/events.js';
import { useI18n } from '../../i18n/index.js';
import { describeError } from '../../lib/errors.js';
import { useQuery } from '../../lib/useQuery.js';
import { LEVELS, levelKey } from './levels.js';

export type CorrectionKind = 'rename' | 'merge' | 'move' | 'split' | 'severity';

interface Values {
  title?: string;
  from?: number[];
  to?: number;
  level?: number;
  reason?: string;
}

export interface CorrectionModalProps {
  workspaceId: number;
  event: EventDetail;
  kind: CorrectionKind | null;
  /** Mentions ticked in the event's mention list (for move and split). */
  picked: number[];
  onClose(): void;
  /** Called with the event the API answered with: this one as it now is, or a split's new event. */
  onDone(next: EventDetail): void;
}

const titles: Record<CorrectionKind, 'event.rename' | 'event.merge' | 'event.move' | 'event.split' | 'event.override'> = {
  rename: 'event.rename',
  merge: 'event.merge',
  move: 'event.move',
  split: 'event.split',
  severity: 'event.override',
};

/** Other events to merge from or move to: the most recent ones, this one left out. */
function useOtherEvents(workspaceId: number, eventId: number, open: boolean) {
  const q = useQuery(`events-pick|${workspaceId}|${open}`, (signal) =>
    open ? listEvents(workspaceId, { sort: 'recent', limit: 100 }, signal) : Promise.resolve({ items: [], nextCursor: null }),
  );
  return (q.data?.items ?? []).filter((e) => e.id !== eventId).map((e) => ({ value: e.id, label: `#${e.id} ${e.title}` }));
}

export function CorrectionModal({ workspaceId, event, kind, picked, onClose, onDone }: CorrectionModalProps) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const needsOthers = kind === 'merge' || kind === 'move';
  const others = useOtherEvents(workspaceId, event.id, needsOthers);
  const needsPicked = kind === 'move' || kind === 'split';

  const submit = async (v: Values) => {
    if (!kind) return;
    setBusy(true);
    setError(null);
    try {
      const target = { workspaceId, eventId: event.id, lang };
      const next =
        kind === 'rename'
          ? await renameEvent(target, v.title ?? '')
          : kind === 'merge'
            ? await mergeEvents(target, v.from ?? [])
            : kind === 'move'
              ? await moveMentions(target, picked, v.to ?? 0)
              : kind === 'split'
                ? await splitEvent(target, picked, v.title?.trim() || undefined)
                : await overrideSeverity(target, v.level ?? 4, v.reason ?? '');
      form.resetFields();
      onDone(next);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const required = [{ required: true, message: t('event.required') }];

  return (
    <Modal
      open={kind !== null}
      title={kind ? t(titles[kind]) : ''}
      okText={t('event.submit')}
      cancelText={t('event.cancel')}
      confirmLoading={busy}
      okButtonProps={{ disabled: needsPicked && picked.length === 0 }}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{ title: kind === 'rename' ? event.title : '', level: event.severity.level ?? 4 }}
      >
        {needsPicked && (
          <Alert
            type={picked.length === 0 ? 'warning' : 'info'}
            showIcon
            title={t('event.pickMentions', { n: picked.length })}
            style={{ marginBottom: 16 }}
          />
        )}
        {kind === 'rename' && (
          <Form.Item name="title" label={t('event.renameTitle')} rules={[...required, { max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
        )}
        {kind === 'merge' && (
          <Form.Item name="from" label={t('event.mergeFrom')} rules={required}>
            <Select mode="multiple" options={others} optionFilterProp="label" />
          </Form.Item>
        )}
        {kind === 'move' && (
          <Form.Item name="to" label={t('event.moveTo')} rules={required}>
            <Select showSearch options={others} optionFilterProp="label" />
          </Form.Item>
        )}
        {kind === 'split' && (
          <Form.Item name="title" label={t('event.splitTitle')} rules={[{ max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
        )}
        {kind === 'severity' && (
          <>
            <Form.Item name="level" label={t('event.overrideLevel')} rules={required}>
              <Radio.Group optionType="button" options={LEVELS.map((l) => ({ value: l, label: t(levelKey(l)) }))} />
            </Form.Item>
            <Form.Item
              name="reason"
              label={t('event.overrideReason')}
              extra={t('event.overrideReasonHelp')}
              rules={[...required, { min: 2, max: 500, whitespace: true, message: t('event.overrideReasonHelp') }]}
            >
              <Input.TextArea rows={3} maxLength={500} />
            </Form.Item>
          </>
        )}
      </Form>
      {error !== null && <Alert type="error" showIcon title={t('event.failed')} description={describeError(error, lang)} />}
      {kind === 'severity' && event.severity.computed !== null && (
        <Typography.Text type="secondary">{event.severity.explanation}</Typography.Text>
      )}
    </Modal>
  );
}
