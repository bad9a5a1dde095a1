import { Button, Result } from 'antd';
import { useI18n } from '../i18n/index.js';
import { navigate } from '../lib/router.js';

export default function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('notFound.back')}
        </Button>
      }
    />
  );
}
