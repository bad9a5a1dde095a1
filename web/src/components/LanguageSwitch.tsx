import { TranslationOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useI18n } from '../i18n/index.js';

/** One button that flips between 中文 and English; `onDark` for placing it on the dark login backdrop. */
export function LanguageSwitch({ onDark = false }: { onDark?: boolean }) {
  const { lang, setLang, t } = useI18n();
  return (
    <Tooltip title={t('lang.switchTitle')}>
      <Button
        type="text"
        icon={<TranslationOutlined />}
        style={onDark ? { color: 'rgba(255,255,255,0.85)' } : undefined}
        onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
      >
        {t('lang.switch')}
      </Button>
    </Tooltip>
  );
}
