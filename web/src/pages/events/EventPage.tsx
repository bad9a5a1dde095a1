/**
 * 事件详情: one event — its title, level and status; the summary citing its mentions; the level explained with its
 * factors; hourly volume by sentiment with the forecast; the spread graph with key nodes; first posts per channel;
 * key accounts; regions and sources; related events; the corrections made by hand; and its mentions. Admins and
 * analysts correct it here (rename, merge, move, split, level by hand); each correction reloads the page's data.
 */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Popconfirm, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { EventDetail } from '../../../../src/api/schemas/events.js';
import { can } from '../../../../src/domain/roles.js';
import { clearSeverityOverride, getEvent } from '../../api/events.js';
import { useWorkspace } from '../../app/session.js';
import { Chart } from '../../components/charts/Chart.js';
import { useI18n } from '../../i18n/index.js';
import { describeError } from '../../lib/errors.js';
import { formatCount, formatDateTime } from '../../lib/format.js';
import { Link, navigate, useLocation } from '../../lib/router.js';
import { useQuery } from '../../lib/useQuery.js';
import { type CorrectionKind, CorrectionModal } from './CorrectionModal.js';
import { channelName } from './columns.js';
import { EventMentions } from './EventMentions.js';
import { CorrectionsCard, KeyAccountsCard, RegionsCard, RelatedCard, SummaryCard, TimelineCard } from './EventPanels.js';
import { LevelTag } from './LevelTag.js';
import { statusColors, statusKey } from './levels.js';
import { spreadOption, volumeOption } from './options.js';
import { SeverityCard } from './SeverityCard.js';

const kinds: { kind: CorrectionKind; label: 'event.rename' | 'event.merge' | 'event.move' | 'event.split' | 'event.override' }[] = [
  { kind: 'rename', label: 'event.rename' },
  { kind: 'merge', label: 'event.merge' },
  { kind: 'move', label: 'event.move' },
  { kind: 'split', label: 'event.split' },
  { kind: 'severity', label: 'event.override' },
];

export default function EventPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const workspace = useWorkspace();
  const { pathname } = useLocation();
  const eventId = Number(pathname.split('/')[2]);
  const query = useQuery(`event|${workspace.id}|${eventId}|${lang}`, (signal) => getEvent(workspace.id, eventId, lang, signal));
  const [kind, setKind] = useState<CorrectionKind | null>(null);
  const [picked, setPicked] = useState<number[]>([]);
  const [version, setVersion] = useState(0);
  const canCorrect = can(workspace.role, 'mention.write');

  const back = (
    <Link href="/events">
      <ArrowLeftOutlined /> {t('event.back')}
    </Link>
  );
  const e = query.data?.id === eventId ? query.data : undefined;
  if (query.error !== null && !e)
    return (
      <Card title={back}>
        <Alert type="error" showIcon title={t('event.loadFailed')} description={describeError(query.error, lang)} />
      </Card>
    );
  if (!e)
    return (
      <Card title={back}>
        <Skeleton active />
      </Card>
    );

  /** After a correction: a split opens its new event; otherwise this one is read again. */
  const done = (next: EventDetail) => {
    setKind(null);
    setPicked([]);
    setVersion((v) => v + 1);
    message.success(t('event.done'));
    if (next.id !== e.id) navigate(`/events/${next.id}`);
    else query.reload();
  };
  const clearOverride = async () => {
    try {
      done(await clearSeverityOverride({ workspaceId: workspace.id, eventId: e.id, lang }));
    } catch (err) {
      message.error(describeError(err, lang));
    }
  };
  const sentiment = { negative: t('sentiment.negative'), neutral: t('sentiment.neutral'), positive: t('sentiment.positive') };
  const hour = (iso: string) => {
    const at = new Date(iso);
    return `${at.getMonth() + 1}/${at.getDate()} ${at.getHours()}:00`;
  };
  const spread = spreadOption(e.spread, {
    channel: (c) => (c ? channelName(c, lang) : t('dash.otherChannel')),
    edge: { parent: t('event.edge.parent'), link: t('event.edge.link'), copy: t('event.edge.copy') },
    hidden: (n) => t('event.spreadHidden', { n }),
  });
  const hiddenTotal = e.spread.nodes.reduce((n, x) => n + x.hidden, 0);

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="event-page">
      <Card title={back}>
        {e.mergedInto !== null && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('event.mergedInto')}
            action={<Link href={`/events/${e.mergedInto}`}>{t('event.openMerged')}</Link>}
          />
        )}
        <Space align="start" style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <div>
            <Space size={8} wrap>
              <LevelTag level={e.severity.level} overridden={e.severity.overridden} />
              <Tag color={statusColors[e.status]}>{t(statusKey(e.status))}</Tag>
              <Typography.Title level={3} style={{ margin: 0 }} data-testid="event-title">
                {e.title}
              </Typography.Title>
            </Space>
            <div style={{ marginTop: 8 }}>
              <Typography.Text type="secondary">
                {t('event.mentions', { n: formatCount(e.mentions, lang) })} ·{' '}
                {t('event.period', { from: formatDateTime(e.firstAt), to: formatDateTime(e.lastAt) })}
                {e.channels.length > 0 && ` · ${e.channels.map((c) => `${channelName(c.channel, lang)} ${c.count}`).join(' / ')}`}
              </Typography.Text>
              {e.topics.map((tp) => (
                <Tag key={tp.id} color="geekblue" style={{ marginInlineStart: 8 }}>
                  {tp.name}
                </Tag>
              ))}
            </div>
          </div>
          {canCorrect && (
            <Space wrap data-testid="event-corrections-actions">
              {kinds.map((k) => (
                <Button key={k.kind} onClick={() => setKind(k.kind)}>
                  {t(k.label)}
                </Button>
              ))}
              {e.severity.overridden && (
                <Popconfirm
                  title={t('event.clearOverride')}
                  onConfirm={clearOverride}
                  okText={t('event.submit')}
                  cancelText={t('event.cancel')}
                >
                  <Button danger>{t('event.clearOverride')}</Button>
                </Popconfirm>
              )}
            </Space>
          )}
        </Space>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <SummaryCard event={e} />
            <TimelineCard event={e} />
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <SeverityCard severity={e.severity} />
        </Col>
        <Col span={24}>
          <Card title={t('event.volume')} size="small">
            <Chart testId="event-volume" height={260} option={volumeOption(e, { sentiment, forecast: t('event.forecast'), hour })} />
            {e.forecast?.error != null && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('event.forecastError', { error: `${Math.round(e.forecast.error * 100)}%` })}
              </Typography.Text>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('event.spread')} size="small" style={{ height: '100%' }}>
            {e.spread.nodes.length <= 1 ? (
              <Typography.Text type="secondary">{t('event.spreadEmpty')}</Typography.Text>
            ) : (
              <Chart testId="event-spread" height={360} option={spread} />
            )}
            {hiddenTotal > 0 && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('event.spreadHidden', { n: hiddenTotal })}
              </Typography.Text>
            )}
            {e.spread.keyNodes.length > 0 && (
              <div style={{ marginTop: 8 }}>
                <Typography.Text type="secondary">{t('event.keyNodes')}：</Typography.Text>
                {e.spread.keyNodes.map((k) => (
                  <Link key={k.mentionId} href={`/mentions/${k.mentionId}`} style={{ marginInlineEnd: 12 }}>
                    {k.author ?? k.source} ({t('event.onward', { n: k.onward })})
                  </Link>
                ))}
              </div>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <KeyAccountsCard event={e} />
        </Col>
        <Col xs={24} xl={8}>
          <RegionsCard event={e} />
        </Col>
        <Col xs={24} xl={8}>
          <RelatedCard event={e} />
        </Col>
        <Col xs={24} xl={8}>
          <CorrectionsCard event={e} />
        </Col>
        <Col span={24}>
          <EventMentions
            workspaceId={workspace.id}
            eventId={e.id}
            version={version}
            picked={canCorrect ? picked : null}
            onPick={setPicked}
          />
        </Col>
      </Row>
      <CorrectionModal workspaceId={workspace.id} event={e} kind={kind} picked={picked} onClose={() => setKind(null)} onDone={done} />
    </Space>
  );
}
