/** A severity level as a coloured tag (I 特别重大 red … IV 一般 blue), marked when an analyst set it by hand. */
import { EditOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useI18n } from '../../i18n/index.js';
import { isLevel, levelColors, levelKey } from './levels.js';

export function LevelTag({ level, overridden = false }: { level: number | null; overridden?: boolean }) {
  const { t } = useI18n();
  if (!isLevel(level)) return <Tag data-testid="level-tag">{t('events.noLevel')}</Tag>;
  const tag = (
    <Tag color={levelColors[level]} data-testid="level-tag" style={{ marginInlineEnd: 0 }}>
      {t(levelKey(level))}
      {overridden && <EditOutlined style={{ marginInlineStart: 4 }} />}
    </Tag>
  );
  return overridden ? <Tooltip title={t('events.overridden')}>{tag}</Tooltip> : tag;
}
