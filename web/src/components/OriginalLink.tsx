/** The small icon beside a mention's title that opens the original on its site, in a new tab. */
import { ExportOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { useI18n } from '../i18n/index.js';

export function OriginalLink({ url }: { url: string | null }) {
  const { t } = useI18n();
  if (!url) return null;
  return (
    <Tooltip title={t('mentions.openOriginal')}>
      <a
        href={url}
        target="_blank"
        rel="noopener noreferrer nofollow"
        aria-label={t('mentions.openOriginal')}
        style={{ marginLeft: 6, fontWeight: 400 }}
      >
        <ExportOutlined />
      </a>
    </Tooltip>
  );
}
