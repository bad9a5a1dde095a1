/** 登录: username and password; shows the server's message on failure (wrong password, rate limited…). */
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import type { LoginBody } from '../../../src/api/schemas/auth.js';
import { login } from '../api/auth.js';
import { useSession } from '../app/session.js';
import { Brand } from '../components/Brand.js';
import { FullPage } from '../components/FullPage.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { useI18n } from '../i18n/index.js';
import { describeError } from '../lib/errors.js';

export default function LoginPage() {
  const { lang, t } = useI18n();
  const { signedIn } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (values: LoginBody) => {
    setBusy(true);
    setError(null);
    try {
      signedIn(await login(values));
    } catch (err) {
      setError(describeError(err, lang));
      setBusy(false);
    }
  };

  return (
    <FullPage background="linear-gradient(160deg, #0f1f3d 0%, #1f4e9c 55%, #e9eef7 55.1%)">
      <div style={{ position: 'fixed', top: 16, right: 24 }}>
        <LanguageSwitch onDark />
      </div>
      <div style={{ width: 380, maxWidth: '100%' }}>
        <div style={{ marginBottom: 24 }}>
          <Brand />
          <Typography.Paragraph style={{ color: 'rgba(255,255,255,0.75)', margin: '8px 0 0 38px' }}>
            {t('app.tagline')}
          </Typography.Paragraph>
        </div>
        <Card styles={{ body: { padding: 32 } }} style={{ boxShadow: '0 12px 40px rgba(15, 31, 61, 0.18)' }}>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t('login.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
          <Form<LoginBody> layout="vertical" requiredMark={false} onFinish={submit} disabled={busy}>
            <Form.Item
              name="username"
              label={t('login.username')}
              rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
            >
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
            </Form.Item>
            <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={busy}>
              {t('login.submit')}
            </Button>
          </Form>
        </Card>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginTop: 16, fontSize: 12 }}>
          {t('login.footer')}
        </Typography.Paragraph>
      </div>
    </FullPage>
  );
}
