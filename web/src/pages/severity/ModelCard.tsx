/** The model's numbers as a form: weights (with each one's share), level thresholds, tier strengths, sensitive categories, scales. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  message as antMessage,
  Button,
  Card,
  Col,
  Divider,
  InputNumber,
  Popconfirm,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import type { ReactNode } from 'react';
import type { SeveritySettingsView } from '../../../../src/api/schemas/severity-model.js';
import { factorNames, sensitiveCategoryNames } from '../../../../src/severity/explain.js';
import { severityLabels } from '../../../../src/severity/levels.js';
import { checkSeverityModel, SEVERITY_FACTORS, type SeverityModel } from '../../../../src/severity/model.js';
import { AUTHORITY_TIERS, tierLabels } from '../../../../src/severity/tiers.js';
import { listCategories } from '../../api/analysis-settings.js';
import { putSeverityModel, resetSeverityModel } from '../../api/severity.js';
import { useWorkspace } from '../../app/session.js';
import { useI18n } from '../../i18n/index.js';
import { describeError } from '../../lib/errors.js';
import { formatDateTime } from '../../lib/format.js';
import { categoryLabel } from '../../lib/labels.js';
import { useQuery } from '../../lib/useQuery.js';
import type { Draft } from './SeverityPage.js';
import { type TextKey, text } from './texts.js';

const SCALES = ['reachFull', 'pickupFull', 'velocityFull', 'growthFull', 'growthMinMentions', 'spreadFull'] as const;
const LEVELS = [1, 2, 3] as const;

function Field({ label, extra, children }: { label: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <div style={{ marginBottom: 12 }}>
      <div style={{ marginBottom: 4 }}>
        <Typography.Text>{label}</Typography.Text>
        {extra !== undefined && (
          <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
            {extra}
          </Typography.Text>
        )}
      </div>
      {children}
    </div>
  );
}

export function ModelCard({
  settings,
  draft,
  onChange,
  onSaved,
  canEdit,
}: {
  settings: SeveritySettingsView;
  draft: Draft;
  onChange: (d: Draft) => void;
  onSaved: () => void;
  canEdit: boolean;
}) {
  const { lang } = useI18n();
  const [message, messageHolder] = antMessage.useMessage();
  const workspace = useWorkspace();
  const categories = useQuery(`cat-${workspace.id}`, (signal) => listCategories(workspace.id, signal));
  const m = draft.model;
  const set = (model: SeverityModel) => onChange({ ...draft, model });
  const problems = checkSeverityModel(m);
  const totalWeight = SEVERITY_FACTORS.reduce((s, f) => s + Math.max(0, m.weights[f]), 0);
  const num = (v: number | string | null, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
  const categoryName = (key: string) => {
    const stored = categories.data?.items.find((c) => c.key === key)?.name;
    return stored === undefined && sensitiveCategoryNames[key] ? sensitiveCategoryNames[key][lang] : categoryLabel(key, stored, lang);
  };
  const unusedCategories = (categories.data?.items ?? []).filter((c) => !(c.key in m.sensitiveCategories));

  const save = () =>
    putSeverityModel(workspace.id, { model: m, kolFollowers: draft.kolFollowers }).then(
      () => {
        message.success(text(lang, 'saved'));
        onSaved();
      },
      (err: unknown) => message.error(describeError(err, lang)),
    );
  const reset = () => resetSeverityModel(workspace.id).then(onSaved, (err: unknown) => message.error(describeError(err, lang)));

  const thresholdRow = (key: 'thresholds' | 'mentionThresholds') => (
    <Space wrap>
      {LEVELS.map((level) => (
        <Space key={level} size={4}>
          <Tag color={severityLabels[level].colour}>
            {severityLabels[level].numeral} {severityLabels[level][lang]}
          </Tag>
          <InputNumber
            aria-label={`${text(lang, key === 'thresholds' ? 'eventThresholds' : 'mentionThresholds')} ${severityLabels[level].numeral}`}
            min={0}
            max={100}
            step={1}
            disabled={!canEdit}
            value={m[key][level]}
            onChange={(v) => set({ ...m, [key]: { ...m[key], [level]: num(v, m[key][level]) } })}
            style={{ width: 90 }}
          />
        </Space>
      ))}
    </Space>
  );

  return (
    <Card
      title={text(lang, 'modelTitle')}
      extra={
        <Typography.Text type="secondary">
          {settings.custom && settings.updatedAt
            ? text(lang, 'customSaved', { who: settings.updatedBy ?? '—', at: formatDateTime(settings.updatedAt) })
            : text(lang, 'usingDefaults')}
        </Typography.Text>
      }
    >
      {messageHolder}
      <Typography.Paragraph type="secondary">{text(lang, 'modelHelp')}</Typography.Paragraph>

      <Divider titlePlacement="start">{text(lang, 'weights')}</Divider>
      <Row gutter={[24, 0]}>
        {SEVERITY_FACTORS.map((f) => (
          <Col key={f} xs={12} md={6}>
            <Field
              label={factorNames[f][lang]}
              extra={text(lang, 'weightShare', {
                p: `${totalWeight > 0 ? Math.round((100 * Math.max(0, m.weights[f])) / totalWeight) : 0}%`,
              })}
            >
              <InputNumber
                aria-label={factorNames[f][lang]}
                min={0}
                max={1000}
                disabled={!canEdit}
                value={m.weights[f]}
                onChange={(v) => set({ ...m, weights: { ...m.weights, [f]: num(v, 0) } })}
                style={{ width: '100%' }}
              />
            </Field>
          </Col>
        ))}
      </Row>

      <Row gutter={[24, 0]}>
        <Col xs={24} lg={12}>
          <Divider titlePlacement="start">{text(lang, 'eventThresholds')}</Divider>
          {thresholdRow('thresholds')}
        </Col>
        <Col xs={24} lg={12}>
          <Divider titlePlacement="start">{text(lang, 'mentionThresholds')}</Divider>
          {thresholdRow('mentionThresholds')}
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
            {text(lang, 'mentionThresholdsHelp')}
          </Typography.Paragraph>
        </Col>
      </Row>

      <Divider titlePlacement="start">{text(lang, 'tierStrength')}</Divider>
      <Row gutter={[24, 0]}>
        {AUTHORITY_TIERS.map((tier) => (
          <Col key={tier} xs={12} md={8} xl={4}>
            <Field label={tierLabels[tier][lang]}>
              <InputNumber
                aria-label={`${text(lang, 'tierStrength')} ${tierLabels[tier][lang]}`}
                min={0}
                max={1}
                step={0.05}
                disabled={!canEdit}
                value={m.tierStrength[tier]}
                onChange={(v) => set({ ...m, tierStrength: { ...m.tierStrength, [tier]: num(v, 0) } })}
                style={{ width: '100%' }}
              />
            </Field>
          </Col>
        ))}
        <Col xs={24} md={16} xl={8}>
          <Field label={text(lang, 'kolFollowers')}>
            <InputNumber
              aria-label={text(lang, 'kolFollowers')}
              min={1}
              step={10_000}
              disabled={!canEdit}
              value={draft.kolFollowers}
              onChange={(v) => onChange({ ...draft, kolFollowers: Math.round(num(v, draft.kolFollowers)) })}
              style={{ width: '100%' }}
            />
          </Field>
        </Col>
      </Row>

      <Divider titlePlacement="start">{text(lang, 'sensitive')}</Divider>
      <Space wrap size={[24, 8]} style={{ marginBottom: 12 }}>
        {Object.entries(m.sensitiveCategories).map(([key, strength]) => (
          <Space key={key} size={4}>
            <Typography.Text>{categoryName(key)}</Typography.Text>
            <Typography.Text code>{key}</Typography.Text>
            <InputNumber
              aria-label={`${text(lang, 'sensitive')} ${key}`}
              min={0}
              max={1}
              step={0.1}
              disabled={!canEdit}
              value={strength}
              onChange={(v) => set({ ...m, sensitiveCategories: { ...m.sensitiveCategories, [key]: num(v, 0) } })}
              style={{ width: 80 }}
            />
            {canEdit && (
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={`${text(lang, 'remove')} ${key}`}
                onClick={() => {
                  const { [key]: _gone, ...rest } = m.sensitiveCategories;
                  set({ ...m, sensitiveCategories: rest });
                }}
              />
            )}
          </Space>
        ))}
        {canEdit && unusedCategories.length > 0 && (
          <Select
            aria-label={text(lang, 'addCategory')}
            placeholder={
              <span>
                <PlusOutlined /> {text(lang, 'addCategory')}
              </span>
            }
            value={null}
            style={{ width: 180 }}
            options={unusedCategories.map((c) => ({ value: c.key, label: `${categoryLabel(c.key, c.name, lang)} (${c.key})` }))}
            onChange={(key: string) => set({ ...m, sensitiveCategories: { ...m.sensitiveCategories, [key]: 0.5 } })}
          />
        )}
      </Space>
      <Space wrap>
        <Typography.Text type="secondary">{text(lang, 'sensitiveRule')}</Typography.Text>
        <Typography.Text>{text(lang, 'sensitiveMinShare')}</Typography.Text>
        <InputNumber
          aria-label={text(lang, 'sensitiveMinShare')}
          min={0}
          max={100}
          disabled={!canEdit}
          value={Math.round(m.sensitiveMinShare * 1000) / 10}
          onChange={(v) => set({ ...m, sensitiveMinShare: num(v, 0) / 100 })}
          style={{ width: 80 }}
        />
        <Typography.Text>{text(lang, 'sensitiveMinMentions')}</Typography.Text>
        <InputNumber
          aria-label={text(lang, 'sensitiveMinMentions')}
          min={1}
          precision={0}
          disabled={!canEdit}
          value={m.sensitiveMinMentions}
          onChange={(v) => set({ ...m, sensitiveMinMentions: Math.round(num(v, 1)) })}
          style={{ width: 80 }}
        />
      </Space>

      <Divider titlePlacement="start">{text(lang, 'scales')}</Divider>
      <Row gutter={[24, 0]}>
        {SCALES.map((key) => (
          <Col key={key} xs={12} md={8} xl={4}>
            <Field label={text(lang, key as TextKey)}>
              <InputNumber
                aria-label={text(lang, key as TextKey)}
                min={0}
                disabled={!canEdit}
                value={m.scales[key]}
                onChange={(v) => set({ ...m, scales: { ...m.scales, [key]: num(v, m.scales[key]) } })}
                style={{ width: '100%' }}
              />
            </Field>
          </Col>
        ))}
      </Row>

      {problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={text(lang, 'problems')}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {canEdit && (
        <Space>
          <Button type="primary" onClick={save} disabled={problems.length > 0}>
            {text(lang, 'save')}
          </Button>
          <Button onClick={() => onChange({ model: settings.model, kolFollowers: settings.kolFollowers })}>{text(lang, 'undo')}</Button>
          <Popconfirm title={text(lang, 'resetConfirm')} onConfirm={reset} disabled={!settings.custom}>
            <Button danger disabled={!settings.custom}>
              {text(lang, 'reset')}
            </Button>
          </Popconfirm>
        </Space>
      )}
    </Card>
  );
}
