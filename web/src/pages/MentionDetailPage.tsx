/**
 * 舆情详情: one mention with everything the pipeline found, its original when it is a copy, its copies (the count
 * opens the repost family), its event, its level and the factors behind it when it is high-risk, and the sentiment correction control for admins and analysts (applied at once; the
 * workspace's model learns from it).
 */
import { ArrowLeftOutlined, CopyOutlined, LinkOutlined, PictureOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { MentionDetail } from '../../../src/api/schemas/mention-detail.js';
import { can } from '../../../src/domain/roles.js';
import { getMentionDetail } from '../api/mention-detail.js';
import { useWorkspace } from '../app/session.js';
import { SeverityTag } from '../components/SeverityTag.js';
import { useI18n } from '../i18n/index.js';
import { describeError } from '../lib/errors.js';
import { formatCount, formatDateTime } from '../lib/format.js';
import { languageLabel } from '../lib/labels.js';
import { Link, useLocation } from '../lib/router.js';
import { sourceName } from '../lib/sources.js';
import { useQuery } from '../lib/useQuery.js';
import { AnalysisCard } from './mention-detail/AnalysisCard.js';
import { SentimentCard } from './mention-detail/SentimentCard.js';
import { SeverityCard } from './mention-detail/SeverityCard.js';
import { text } from './mention-detail/texts.js';
import { FamilyDrawer } from './search/FamilyDrawer.js';

export default function MentionDetailPage() {
  const { t, lang } = useI18n();
  const workspace = useWorkspace();
  const { pathname } = useLocation();
  const mentionId = Number(pathname.split('/')[2]);
  const query = useQuery(`${workspace.id}|${mentionId}|${lang}`, (signal) => getMentionDetail(workspace.id, mentionId, lang, signal));
  const [mention, setMention] = useState<MentionDetail | undefined>();
  useEffect(() => setMention(query.data), [query.data]);
  // The copies count opens the repost family, as 相似 N 条 does in search; a link in it to another mention closes it.
  const [familyOpenFor, setFamilyOf] = useState<number | null>(null);
  const familyOf = familyOpenFor === mentionId ? mentionId : null;

  const back = (
    <Link href="/mentions">
      <ArrowLeftOutlined /> {t('detail.back')}
    </Link>
  );
  if (query.error !== null)
    return (
      <Card title={back}>
        <Alert type="error" showIcon title={t('detail.loadFailed')} description={describeError(query.error, lang)} />
      </Card>
    );
  if (!mention)
    return (
      <Card title={back}>
        <Skeleton active />
      </Card>
    );

  const m = mention;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space size={12}>
            {back}
            <span>{t('detail.title')}</span>
          </Space>
        }
        extra={
          m.url && (
            <a href={m.url} target="_blank" rel="noopener noreferrer nofollow">
              <LinkOutlined /> {t('detail.original')}
            </a>
          )
        }
      >
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {m.severity && (
            <span style={{ marginInlineEnd: 8, verticalAlign: 'middle' }}>
              <SeverityTag level={m.severity.level} />
            </span>
          )}
          {m.title || t('mentions.untitled')}
        </Typography.Title>
        <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('mentions.col.source')}>
            <Tag color="blue" title={m.source}>
              {sourceName({ key: m.source, name: m.sourceName }, lang)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('mentions.col.author')}>{m.author ?? '–'}</Descriptions.Item>
          <Descriptions.Item label={t('mentions.col.time')}>{formatDateTime(m.publishedAt ?? m.collectedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('detail.lang')}>{m.lang ? languageLabel(m.lang, lang) : '–'}</Descriptions.Item>
          <Descriptions.Item label={t('mentions.col.engagement')}>
            <span title={t('detail.countsUnknown')}>{engagementText(m, t, lang)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('detail.copies')}>
            {m.copies > 0 ? (
              <Button
                type="link"
                size="small"
                icon={<CopyOutlined />}
                style={{ padding: 0, height: 'auto' }}
                onClick={() => setFamilyOf(m.id)}
              >
                {t('detail.copiesCount', { count: m.copies })}
              </Button>
            ) : (
              <Space>
                <CopyOutlined />
                {t('detail.copiesCount', { count: m.copies })}
              </Space>
            )}
          </Descriptions.Item>
          {m.event && (
            <Descriptions.Item label={text(lang, 'event')}>
              <Link href={`/events/${m.event.id}`} data-testid="mention-event">
                {m.event.title || `#${m.event.id}`}
              </Link>
            </Descriptions.Item>
          )}
          {(m.parentId !== null || m.parent) && (
            <Descriptions.Item label={t('detail.parent')}>
              {m.parentId !== null ? (
                <Link href={`/mentions/${m.parentId}`}>#{m.parentId}</Link>
              ) : (
                t('detail.parentPending', { ref: m.parent ?? '' })
              )}
            </Descriptions.Item>
          )}
          {m.images.length > 0 && (
            <Descriptions.Item label={t('detail.images')}>
              <Space wrap>
                {m.images.map((src, i) => (
                  <a key={src} href={src} target="_blank" rel="noopener noreferrer nofollow">
                    <PictureOutlined /> {t('detail.image', { n: i + 1 })}
                  </a>
                ))}
              </Space>
            </Descriptions.Item>
          )}
        </Descriptions>
        {m.analysis.notes && m.analysis.notes.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('detail.notes')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {m.analysis.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            }
          />
        )}
        {m.duplicateOf && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={
              <span>
                {t('detail.duplicateOf')}{' '}
                <Link href={`/mentions/${m.duplicateOf.id}`}>{m.duplicateOf.title || `#${m.duplicateOf.id}`}</Link>
              </span>
            }
          />
        )}
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', fontSize: 15, lineHeight: 1.8, marginBottom: 0 }}>
          {m.text}
        </Typography.Paragraph>
      </Card>
      <Row gutter={[16, 16]}>
        {m.severity && (
          <Col span={24}>
            <SeverityCard severity={m.severity} />
          </Col>
        )}
        <Col xs={24} lg={10}>
          <SentimentCard mention={m} workspaceId={workspace.id} canCorrect={can(workspace.role, 'mention.write')} onChange={setMention} />
        </Col>
        <Col xs={24} lg={14}>
          <AnalysisCard mention={m} />
        </Col>
      </Row>
      <FamilyDrawer workspaceId={workspace.id} mentionId={familyOf} onClose={() => setFamilyOf(null)} />
    </Space>
  );
}

type Translate = ReturnType<typeof useI18n>['t'];

/** Every count the platform gave; saves and dislikes only where the platform has them. */
function engagementText(m: MentionDetail, t: Translate, lang: ReturnType<typeof useI18n>['lang']): string {
  const e = m.engagement;
  const parts = [
    t('detail.counts', { reposts: formatCount(e.reposts, lang), replies: formatCount(e.replies, lang), likes: formatCount(e.likes, lang) }),
  ];
  if (e.collects !== null) parts.push(t('detail.collects', { count: formatCount(e.collects, lang) }));
  if (e.dislikes !== null) parts.push(t('detail.dislikes', { count: formatCount(e.dislikes, lang) }));
  return parts.join(' · ');
}
