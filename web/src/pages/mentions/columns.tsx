/** The columns of the 舆情信息 table. */

import { LikeOutlined, MessageOutlined, RetweetOutlined } from '@ant-design/icons';
import { Space, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/index.js';
import type { MentionView } from '../../../../src/api/schemas/mentions.js';
import { OriginalLink } from '../../components/OriginalLink.js';
import type { I18n } from '../../i18n/index.js';
import { formatCount, formatDateTime } from '../../lib/format.js';
import { Link } from '../../lib/router.js';
import { sourceName } from '../../lib/sources.js';
import { derivedTitle } from '../../lib/titles.js';
import { sentimentColors } from '../mention-detail/SentimentCard.js';

function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

function TimeCell({ mention, t }: { mention: MentionView; t: I18n['t'] }) {
  if (mention.publishedAt) {
    return (
      <Tooltip title={mention.publishedAt}>
        <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(mention.publishedAt)}</span>
      </Tooltip>
    );
  }
  return (
    <Tooltip title={t('mentions.collectedFallback')}>
      <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
        {formatDateTime(mention.collectedAt)}*
      </Typography.Text>
    </Tooltip>
  );
}

/**
 * A post without a title (most social posts) shows its text as the first line instead, not in bold. The heading opens
 * the mention's detail; the icon beside it opens the original on its site.
 */
function ContentCell({ mention, t }: { mention: MentionView; t: I18n['t'] }) {
  // The pipeline gives an untitled post the start of its text as a title: shown once, as text, not twice.
  const title = derivedTitle(mention.title, mention.text) ? '' : mention.title.trim();
  const heading = title || excerpt(mention.text, 120) || t('mentions.untitled');
  const body = title ? excerpt(mention.text, 200) : '';
  return (
    <div style={{ minWidth: 280 }}>
      <Typography.Paragraph strong={title !== ''} ellipsis={{ rows: 2 }} style={{ margin: 0, fontSize: 14 }}>
        <Link href={`/mentions/${mention.id}`} style={{ color: 'inherit' }}>
          {heading}
        </Link>
        <OriginalLink url={mention.url} />
      </Typography.Paragraph>
      {body && (
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: '4px 0 0', fontSize: 13 }}>
          {body}
        </Typography.Paragraph>
      )}
    </div>
  );
}

function EngagementCell({ mention, i18n }: { mention: MentionView; i18n: I18n }) {
  const { reposts, replies, likes } = mention.engagement;
  const items = [
    { key: 'reposts', icon: <RetweetOutlined />, label: i18n.t('mentions.reposts'), value: reposts },
    { key: 'replies', icon: <MessageOutlined />, label: i18n.t('mentions.replies'), value: replies },
    { key: 'likes', icon: <LikeOutlined />, label: i18n.t('mentions.likes'), value: likes },
  ];
  return (
    <Space size={12} style={{ whiteSpace: 'nowrap', color: '#595959' }}>
      {items.map((item) => (
        <Tooltip key={item.key} title={item.label}>
          <span>
            {item.icon} {formatCount(item.value, i18n.lang)}
          </span>
        </Tooltip>
      ))}
    </Space>
  );
}

export function mentionColumns(i18n: I18n): ColumnsType<MentionView> {
  const { t, lang } = i18n;
  return [
    { key: 'time', title: t('mentions.col.time'), width: 150, render: (_, m) => <TimeCell mention={m} t={t} /> },
    { key: 'content', title: t('mentions.col.content'), render: (_, m) => <ContentCell mention={m} t={t} /> },
    {
      key: 'source',
      title: t('mentions.col.source'),
      width: 140,
      render: (_, m) => (
        <Tag color="blue" title={m.source} style={{ whiteSpace: 'normal' }}>
          {sourceName({ key: m.source, name: m.sourceName }, lang)}
        </Tag>
      ),
    },
    {
      key: 'author',
      title: t('mentions.col.author'),
      width: 140,
      render: (_, m) => (m.author ? <Typography.Text ellipsis={{ tooltip: m.author }}>{m.author}</Typography.Text> : '–'),
    },
    {
      key: 'sentiment',
      title: t('mentions.col.sentiment'),
      width: 80,
      render: (_, m) =>
        m.sentimentLabel ? <Tag color={sentimentColors[m.sentimentLabel]}>{t(`sentiment.${m.sentimentLabel}`)}</Tag> : '–',
    },
    { key: 'engagement', title: t('mentions.col.engagement'), width: 200, render: (_, m) => <EngagementCell mention={m} i18n={i18n} /> },
  ];
}
