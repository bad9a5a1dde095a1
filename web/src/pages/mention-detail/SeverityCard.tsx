/** A high-risk mention's level (I 特别重大 … IV 一般, coloured as everywhere), its explanation and the factors behind it. */
import { Card, Space, Table, Typography } from 'antd';
import type { MentionSeverity } from '../../../../src/api/schemas/mention-detail.js';
import { SeverityTag } from '../../components/SeverityTag.js';
import { useI18n } from '../../i18n/index.js';
import { text as severityText } from '../severity/texts.js';
import { text } from './texts.js';

type FactorLine = MentionSeverity['factors'][number];

export function SeverityCard({ severity }: { severity: MentionSeverity }) {
  const { lang } = useI18n();
  return (
    <Card title={text(lang, 'title')} data-testid="mention-severity">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space align="center" wrap>
          <SeverityTag level={severity.level} large />
          <Typography.Text data-testid="mention-severity-explanation" style={{ fontSize: 15 }}>
            {severity.explanation}
          </Typography.Text>
        </Space>
        <Typography.Text type="secondary">{text(lang, 'help')}</Typography.Text>
        <Table<FactorLine>
          rowKey="factor"
          size="small"
          pagination={false}
          data-testid="mention-severity-factors"
          dataSource={severity.factors}
          columns={[
            { title: severityText(lang, 'factor'), dataIndex: 'name', width: 160 },
            { title: severityText(lang, 'figure'), dataIndex: 'figure' },
            { title: severityText(lang, 'strength'), dataIndex: 'strength', width: 100, render: (s: number) => s.toFixed(2) },
            { title: severityText(lang, 'weight'), dataIndex: 'weight', width: 90 },
            { title: severityText(lang, 'points'), dataIndex: 'points', width: 90, render: (p: number) => <b>{p.toFixed(1)}</b> },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={4}>
                {severity.label}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1}>
                <b>{severity.score.toFixed(1)}</b>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      </Space>
    </Card>
  );
}
