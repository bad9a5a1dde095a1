/** The columns of the 舆情信息 table over search hits: time, title/text, source, channel, author, sentiment, reach. */
import { InfoCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/index.js';
import type { SearchHitView } from '../../../../src/api/schemas/search.js';
import { type Channel, channelLabels } from '../../../../src/domain/channel.js';
import { OriginalLink } from '../../components/OriginalLink.js';
import type { I18n, MessageKey } from '../../i18n/index.js';
import { formatCount, formatDateTime } from '../../lib/format.js';
import { Link } from '../../lib/router.js';
import { sourceName } from '../../lib/sources.js';
import { derivedTitle } from '../../lib/titles.js';
import { sentimentColors } from '../mention-detail/SentimentCard.js';
import { Marked } from '../search/Marked.js';

const plain = (html: string) => html.replace(/<\/?mark>/g, '');

/** A post whose title is only the start of its text shows its text once, not in bold. */
function ContentCell({ hit, t }: { hit: SearchHitView; t: I18n['t'] }) {
  const bare = derivedTitle(plain(hit.titleHtml), plain(hit.snippetHtml)) || hit.titleHtml.trim() === '';
  const heading = bare ? hit.snippetHtml : hit.titleHtml;
  return (
    <div style={{ minWidth: 280 }}>
      <Typography.Paragraph strong={!bare} ellipsis={{ rows: 2 }} style={{ margin: 0, fontSize: 14 }}>
        <Link href={`/mentions/${hit.id}`} style={{ color: 'inherit' }}>
          {heading.trim() ? <Marked html={heading} /> : t('mentions.untitled')}
        </Link>
        <OriginalLink url={hit.url} />
      </Typography.Paragraph>
      {!bare && hit.snippetHtml && (
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: '4px 0 0', fontSize: 13 }}>
          <Marked html={hit.snippetHtml} />
        </Typography.Paragraph>
      )}
    </div>
  );
}

export function hitColumns(i18n: I18n): ColumnsType<SearchHitView> {
  const { t, lang } = i18n;
  return [
    {
      key: 'time',
      title: t('mentions.col.time'),
      width: 150,
      render: (_, h) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(h.at)}</span>,
    },
    { key: 'content', title: t('mentions.col.content'), render: (_, h) => <ContentCell hit={h} t={t} /> },
    {
      key: 'source',
      title: t('mentions.col.source'),
      width: 130,
      render: (_, h) => (
        <Tag color="blue" title={h.source} style={{ whiteSpace: 'normal' }}>
          {sourceName({ key: h.source, name: h.sourceName }, lang)}
        </Tag>
      ),
    },
    {
      key: 'channel',
      title: t('mentions.col.channel'),
      width: 80,
      render: (_, h) => (h.channel ? (h.channel in channelLabels ? channelLabels[h.channel as Channel][lang] : h.channel) : '–'),
    },
    {
      key: 'author',
      title: t('mentions.col.author'),
      width: 130,
      render: (_, h) => (h.author ? <Typography.Text ellipsis={{ tooltip: h.author }}>{h.author}</Typography.Text> : '–'),
    },
    {
      key: 'sentiment',
      title: t('mentions.col.sentiment'),
      width: 80,
      render: (_, h) =>
        h.sentiment && h.sentiment in sentimentColors ? (
          <Tag color={sentimentColors[h.sentiment as keyof typeof sentimentColors]}>{t(`sentiment.${h.sentiment}` as MessageKey)}</Tag>
        ) : (
          '–'
        ),
    },
    {
      key: 'reach',
      title: (
        <Tooltip title={t('search.reachHelp')}>
          {t('mentions.col.reach')} <InfoCircleOutlined />
        </Tooltip>
      ),
      width: 100,
      align: 'right',
      render: (_, h) => <span data-testid="reach">{formatCount(h.reach, lang)}</span>,
    },
  ];
}
