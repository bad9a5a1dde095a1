/**
 * The event's mentions, newest first (the mentions list API with `event=`), with tick boxes for move and split
 * when the user may correct, and a link to the full list in 舆情信息.
 */
import { Button, Card, Table } from 'antd';
import { useMemo, useState } from 'react';
import type { MentionView } from '../../../../src/api/schemas/mentions.js';
import { listMentions } from '../../api/mentions.js';
import { useI18n } from '../../i18n/index.js';
import { Link } from '../../lib/router.js';
import { useQuery } from '../../lib/useQuery.js';
import { mentionColumns } from '../mentions/columns.js';

const pageSize = 20;

export function EventMentions({
  workspaceId,
  eventId,
  version,
  picked,
  onPick,
}: {
  workspaceId: number;
  eventId: number;
  /** Bumped after each correction, so the list is read again. */
  version: number;
  picked: number[] | null;
  onPick(ids: number[]): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  /** Cursors of the pages visited; the last is the page shown (undefined = newest). */
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const query = useQuery(`event-mentions|${workspaceId}|${eventId}|${version}|${cursor ?? ''}`, (signal) =>
    listMentions({ workspaceId, limit: pageSize, event: eventId, ...(cursor ? { cursor } : {}) }, signal),
  );
  const columns = useMemo(() => mentionColumns(i18n).filter((c) => c.key !== 'engagement'), [i18n]);
  const page = query.data;
  return (
    <Card
      size="small"
      title={`${t('event.relatedMentions')}${page ? ` · ${t('mentions.total', { total: page.total })}` : ''}`}
      extra={<Link href={`/mentions?event=${eventId}`}>{t('event.allMentions')}</Link>}
      data-testid="event-mentions"
    >
      <Table<MentionView>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={page?.items ?? []}
        loading={query.loading}
        pagination={false}
        scroll={{ x: 800 }}
        rowSelection={picked === null ? undefined : { selectedRowKeys: picked, onChange: (keys) => onPick(keys.map(Number)) }}
      />
      {(cursors.length > 1 || page?.nextCursor) && (
        <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 12, marginTop: 12 }}>
          <Button size="small" disabled={cursors.length <= 1} onClick={() => setCursors(cursors.slice(0, -1))}>
            {t('mentions.prev')}
          </Button>
          <Button size="small" disabled={!page?.nextCursor} onClick={() => page?.nextCursor && setCursors([...cursors, page.nextCursor])}>
            {t('mentions.next')}
          </Button>
        </div>
      )}
    </Card>
  );
}
