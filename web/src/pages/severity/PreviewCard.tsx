/** 试算: a sample event graded with the settings on screen, its level in words and numbers and each factor's points. */
import { Card, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { explainSeverity, type FactorLine, factorLines } from '../../../../src/severity/explain.js';
import { severityLabels } from '../../../../src/severity/levels.js';
import { checkSeverityModel, type SeverityModel } from '../../../../src/severity/model.js';
import { scoreSeverity } from '../../../../src/severity/score.js';
import { useI18n } from '../../i18n/index.js';
import { SAMPLES } from './samples.js';
import { text } from './texts.js';

export function PreviewCard({ model }: { model: SeverityModel }) {
  const { lang } = useI18n();
  const [index, setIndex] = useState(0);
  const sample = SAMPLES[index] ?? SAMPLES[0]!;
  const usable = checkSeverityModel(model).length === 0;
  const assessment = usable ? scoreSeverity(sample.facts, model) : null;

  return (
    <Card title={text(lang, 'previewTitle')} data-testid="severity-preview">
      <Typography.Paragraph type="secondary">{text(lang, 'previewHelp')}</Typography.Paragraph>
      <Segmented
        value={index}
        onChange={(v) => setIndex(Number(v))}
        options={SAMPLES.map((s, i) => ({ value: i, label: s[lang] }))}
        style={{ marginBottom: 16, flexWrap: 'wrap' }}
      />
      {assessment && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space align="start">
            <Tag color={severityLabels[assessment.level].colour} style={{ fontSize: 16, padding: '4px 10px' }}>
              {severityLabels[assessment.level].numeral} {severityLabels[assessment.level][lang]}
            </Tag>
            <Typography.Text data-testid="severity-explanation" style={{ fontSize: 15 }}>
              {explainSeverity(assessment, sample.facts, model, lang)}
            </Typography.Text>
          </Space>
          <Table<FactorLine>
            rowKey="factor"
            size="small"
            pagination={false}
            dataSource={factorLines(assessment, sample.facts, model, lang)}
            columns={[
              { title: text(lang, 'factor'), dataIndex: 'name', width: 160 },
              { title: text(lang, 'figure'), dataIndex: 'figure' },
              { title: text(lang, 'strength'), dataIndex: 'strength', width: 100, render: (s: number) => s.toFixed(2) },
              { title: text(lang, 'weight'), dataIndex: 'weight', width: 90 },
              { title: text(lang, 'points'), dataIndex: 'points', width: 90, render: (p: number) => <b>{p.toFixed(1)}</b> },
            ]}
          />
        </Space>
      )}
    </Card>
  );
}
