/** How to bring mentions in: the push API and `bin/yuqing import`, with this workspace's id filled in. */
import { ApiOutlined, FileTextOutlined } from '@ant-design/icons';
import { Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { WorkspaceView } from '../../../src/api/schemas/auth.js';
import { apiBase } from '../api/client.js';
import { useI18n } from '../i18n/index.js';

function Snippet({ text }: { text: string }) {
  return (
    <Typography.Paragraph
      copyable={{ text }}
      style={{
        background: '#f6f8fb',
        border: '1px solid #e5e9f0',
        borderRadius: 6,
        padding: '10px 12px',
        fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Noto Sans Mono CJK SC", monospace',
        fontSize: 12.5,
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-all',
        marginBottom: 0,
      }}
    >
      {text}
    </Typography.Paragraph>
  );
}

function Way({ icon, title, hint, snippet }: { icon: ReactNode; title: string; hint: string; snippet: string }) {
  return (
    <div>
      <Typography.Text strong>
        <Space size={6}>
          {icon}
          {title}
        </Space>
      </Typography.Text>
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 8px' }}>
        {hint}
      </Typography.Paragraph>
      <Snippet text={snippet} />
    </div>
  );
}

export function ImportHint({ workspace }: { workspace: Pick<WorkspaceView, 'id' | 'slug'> }) {
  const { t } = useI18n();
  const curl = [
    `curl -X POST ${window.location.origin}${apiBase}/workspaces/${workspace.id}/mentions \\`,
    `  -H "Authorization: Bearer yq_…" -H 'Content-Type: application/json' \\`,
    `  -d '{"items":[{"source":"weibo","externalId":"4951","title":"某品牌充电宝起火","text":"……","publishedAt":"2026-11-20T08:00:00+08:00"}]}'`,
  ].join('\n');
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%', textAlign: 'left' }}>
      <Typography.Text>{t('import.intro')}</Typography.Text>
      <Way icon={<ApiOutlined />} title={t('import.api')} hint={t('import.apiHint')} snippet={curl} />
      <Way
        icon={<FileTextOutlined />}
        title={t('import.file')}
        hint={t('import.fileHint')}
        snippet={`bin/yuqing import --workspace ${workspace.slug} mentions.jsonl`}
      />
      <Typography.Text type="secondary">{t('import.docs')}</Typography.Text>
    </Space>
  );
}
