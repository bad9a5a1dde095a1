/**
 * 等级模型: the workspace's severity model (weights, thresholds, tier strengths, sensitive categories, scales), a
 * try-out on sample events with the unsaved settings, and the workspace's own source authority tiers.
 */
import { Alert, Space } from 'antd';
import { useEffect, useState } from 'react';
import type { SeverityModel } from '../../../../src/severity/model.js';
import { getSeverityModel } from '../../api/severity.js';
import { useWorkspace } from '../../app/session.js';
import { useI18n } from '../../i18n/index.js';
import { describeError } from '../../lib/errors.js';
import { useQuery } from '../../lib/useQuery.js';
import { ModelCard } from './ModelCard.js';
import { PreviewCard } from './PreviewCard.js';
import { TiersCard } from './TiersCard.js';
import { text } from './texts.js';

export interface Draft {
  model: SeverityModel;
  kolFollowers: number;
}

export default function SeverityPage() {
  const { lang } = useI18n();
  const workspace = useWorkspace();
  const canEdit = workspace.role === 'admin';
  const query = useQuery(`severity-${workspace.id}`, (signal) => getSeverityModel(workspace.id, signal));
  const [draft, setDraft] = useState<Draft | null>(null);
  const settings = query.data;
  useEffect(() => {
    if (settings) setDraft({ model: settings.model, kolFollowers: settings.kolFollowers });
  }, [settings]);

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      {!canEdit && <Alert type="info" showIcon title={text(lang, 'adminOnly')} />}
      {query.error !== null && <Alert type="error" showIcon title={describeError(query.error, lang)} />}
      {settings && draft && (
        <>
          <ModelCard settings={settings} draft={draft} onChange={setDraft} onSaved={query.reload} canEdit={canEdit} />
          <PreviewCard model={draft.model} />
        </>
      )}
      <TiersCard canEdit={canEdit} />
    </Space>
  );
}
