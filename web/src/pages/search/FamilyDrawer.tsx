/**
 * A repost family in a drawer: the original first, then its copies, newest pages loaded on request, each linking to
 * its mention page. Opened from 相似 N 条 on a search hit and from the copies count on a mention page.
 */
import { Alert, Button, Drawer, List, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { SearchHitView } from '../../../../src/api/schemas/search.js';
import { getFamily } from '../../api/family.js';
import { useI18n } from '../../i18n/index.js';
import { describeError } from '../../lib/errors.js';
import { groupDigits } from '../../lib/search-totals.js';
import { HitItem } from './HitItem.js';

const pageSize = 20;

interface Loaded {
  originalId: number;
  total: number;
  items: SearchHitView[];
  nextCursor: string | null;
}

export function FamilyDrawer({ workspaceId, mentionId, onClose }: { workspaceId: number; mentionId: number | null; onClose(): void }) {
  const { t, lang } = useI18n();
  const [family, setFamily] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);

  const load = (cursor: string | undefined, signal?: AbortSignal) => {
    if (mentionId === null) return;
    setLoading(true);
    getFamily(workspaceId, mentionId, { limit: pageSize, cursor }, signal).then(
      (page) => {
        if (signal?.aborted) return;
        setFamily((before) => (cursor && before ? { ...page, items: [...before.items, ...page.items] } : page));
        setError(null);
        setLoading(false);
      },
      (err: unknown) => {
        if (signal?.aborted) return;
        setError(err);
        setLoading(false);
      },
    );
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new family opens on a new mention; `load` reads the current one.
  useEffect(() => {
    setFamily(null);
    setError(null);
    if (mentionId === null) return;
    const controller = new AbortController();
    load(undefined, controller.signal);
    return () => controller.abort();
  }, [workspaceId, mentionId]);

  return (
    <Drawer open={mentionId !== null} onClose={onClose} title={t('family.title')} size="large" destroyOnHidden>
      {error !== null && <Alert type="error" showIcon title={t('family.loadFailed')} description={describeError(error, lang)} />}
      {family && (
        <Typography.Text type="secondary" data-testid="family-total">
          {t('family.total', { total: groupDigits(family.total, lang) })}
        </Typography.Text>
      )}
      <List
        loading={loading && !family}
        dataSource={family?.items ?? []}
        renderItem={(hit) => (
          <List.Item key={hit.id} data-testid="family-item">
            <HitItem
              hit={hit}
              badge={
                hit.id === family?.originalId ? (
                  <Tag color="gold" style={{ marginInlineEnd: 6 }}>
                    {t('family.original')}
                  </Tag>
                ) : null
              }
            />
          </List.Item>
        )}
      />
      {family?.nextCursor && (
        <div style={{ textAlign: 'center', marginTop: 12 }}>
          <Button loading={loading} onClick={() => load(family.nextCursor ?? undefined)}>
            {t('family.more')}
          </Button>
        </div>
      )}
    </Drawer>
  );
}
