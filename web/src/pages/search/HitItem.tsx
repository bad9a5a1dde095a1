/**
 * One search hit: its highlighted title (or, for a post, its text) linking to the mention page, the snippet, and a
 * line of time, source, author, channel, sentiment and reach; a folded hit adds 相似 N 条, which opens its family.
 */
import { BlockOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { SearchHitView } from '../../../../src/api/schemas/search.js';
import { type Channel, channelLabels } from '../../../../src/domain/channel.js';
import { OriginalLink } from '../../components/OriginalLink.js';
import { type MessageKey, useI18n } from '../../i18n/index.js';
import { formatCount, formatDateTime } from '../../lib/format.js';
import { Link } from '../../lib/router.js';
import { similarText } from '../../lib/search-totals.js';
import { sourceName } from '../../lib/sources.js';
import { derivedTitle } from '../../lib/titles.js';
import { Marked } from './Marked.js';

const sentimentColor: Record<string, string> = { negative: 'red', positive: 'green', neutral: 'default' };

/** A post whose title is only the start of its text (made by the pipeline) shows its snippet once, as the link. */
const untitled = (hit: { titleHtml: string; snippetHtml: string }) => {
  const plain = (html: string) => html.replace(/<\/?mark>/g, '');
  return derivedTitle(plain(hit.titleHtml), plain(hit.snippetHtml));
};

export function HitItem({
  hit,
  onOpenFamily,
  badge,
}: {
  hit: SearchHitView;
  onOpenFamily?: (hit: SearchHitView) => void;
  badge?: ReactNode;
}) {
  const { t, lang } = useI18n();
  const bare = untitled(hit);
  const channel =
    hit.channel && hit.channel in channelLabels ? channelLabels[hit.channel as Channel][lang === 'en' ? 'en' : 'zh'] : hit.channel;
  const sentiment = hit.sentiment && hit.sentiment in sentimentColor ? t(`sentiment.${hit.sentiment}` as MessageKey) : hit.sentiment;
  return (
    <div style={{ width: '100%' }} data-testid="search-hit" data-mention-id={hit.id}>
      <Typography.Text strong={!bare} style={{ display: 'block' }}>
        {badge}
        <Link href={`/mentions/${hit.id}`}>
          <Marked html={bare ? hit.snippetHtml : hit.titleHtml} />
        </Link>
        <OriginalLink url={hit.url} />
      </Typography.Text>
      {!bare && (
        <div style={{ color: '#434343', margin: '4px 0' }}>
          <Marked html={hit.snippetHtml} />
        </div>
      )}
      <Space size={8} wrap style={{ color: '#8c8c8c', fontSize: 12 }}>
        <span>{formatDateTime(hit.at)}</span>
        <span title={hit.source}>{sourceName({ key: hit.source, name: hit.sourceName }, lang)}</span>
        {hit.author && <span>{hit.author}</span>}
        {channel && <Tag>{channel}</Tag>}
        {sentiment && <Tag color={sentimentColor[hit.sentiment ?? '']}>{sentiment}</Tag>}
        <Tooltip title={t('search.reachHelp')}>
          <span data-testid="reach">
            {t('search.reach', { reach: formatCount(hit.reach, lang) })} <InfoCircleOutlined />
          </span>
        </Tooltip>
        {onOpenFamily && hit.similar > 0 && (
          <Button
            size="small"
            type="link"
            icon={<BlockOutlined />}
            style={{ paddingInline: 0, fontSize: 12 }}
            onClick={() => onOpenFamily(hit)}
          >
            {similarText(lang, hit.similar)}
          </Button>
        )}
      </Space>
    </div>
  );
}
