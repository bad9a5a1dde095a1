/** What the pipeline found in a mention: emotions, keywords, entities, regions, categories, topics. */
import { Card, Descriptions, Progress, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { MentionDetail } from '../../../../src/api/schemas/mention-detail.js';
import { EMOTIONS, type Emotion, ENTITY_KINDS } from '../../../../src/domain/analysis.js';
import { type MessageKey, useI18n } from '../../i18n/index.js';
import { categoryLabel } from '../../lib/labels.js';

const none = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;

export function AnalysisCard({ mention }: { mention: MentionDetail }) {
  const { t, lang } = useI18n();
  const emotions = mention.analysis.emotions;
  const keywords = mention.analysis.keywords ?? [];
  const tagsOf = (kind: string) => mention.tags.filter((x) => x.kind === kind).map((x) => x.value);
  const list = (values: ReactNode[], empty = t('detail.none')) =>
    values.length > 0 ? (
      <Space size={[4, 6]} wrap>
        {values}
      </Space>
    ) : (
      none(empty)
    );
  const strength = (e: Emotion) => emotions?.[e] ?? 0;
  const shownEmotions = EMOTIONS.filter((e) => strength(e) > 0);
  const max = Math.max(0.0001, ...shownEmotions.map(strength));

  return (
    <Card title={t('detail.analysis')} size="small">
      <Descriptions column={1} size="small" styles={{ label: { width: 150 } }}>
        <Descriptions.Item label={t('detail.emotions')}>
          {shownEmotions.length > 0 ? (
            <div style={{ width: '100%', maxWidth: 420 }}>
              {shownEmotions.map((e) => (
                <div key={e} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                  <span style={{ width: 76, flex: 'none' }}>{t(`emotion.${e}` as MessageKey)}</span>
                  <Progress percent={Math.round((strength(e) / max) * 100)} showInfo={false} size="small" style={{ flex: 1, margin: 0 }} />
                </div>
              ))}
            </div>
          ) : (
            none(t('detail.none'))
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.keywords')}>
          {list(
            keywords.map((k) => (
              <Tag key={k.word} title={k.weight.toFixed(3)}>
                {k.word}
              </Tag>
            )),
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.entities')}>
          {list(
            ENTITY_KINDS.flatMap((kind) =>
              tagsOf(kind).map((v) => (
                <Tag key={`${kind}:${v}`} color="geekblue">
                  {t(`entity.${kind}` as MessageKey)} · {v}
                </Tag>
              )),
            ),
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.regions')}>
          {list(
            tagsOf('region').map((v) => (
              <Tag key={`r:${v}`} color="cyan">
                {v}
              </Tag>
            )),
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.authorRegion')}>
          {list(
            tagsOf('author_region').map((v) => (
              <Tag key={`a:${v}`} color="purple">
                {v}
              </Tag>
            )),
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.categories')}>
          {list(
            mention.categories.map((c) => (
              <Tag key={c.key} color="orange">
                {categoryLabel(c.key, c.name, lang)}
              </Tag>
            )),
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.topics')}>
          {list(
            mention.topics.map((x) => (
              <Tag key={x.id} color="blue">
                {x.name}
              </Tag>
            )),
          )}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
