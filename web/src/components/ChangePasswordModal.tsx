/** 修改密码 from the user menu: current password, the new one twice, and whether to keep API tokens. */
import { Alert, message as antMessage, Checkbox, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { minPasswordLength } from '../../../src/auth/rules.js';
import { ApiError } from '../api/client.js';
import { changePassword } from '../api/me.js';
import { useI18n } from '../i18n/index.js';
import { describeError } from '../lib/errors.js';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
  keepApiTokens: boolean;
}

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const [message, messageHolder] = antMessage.useMessage();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const close = () => {
    form.resetFields();
    setError(null);
    onClose();
  };

  const submit = async (values: Values) => {
    setSaving(true);
    setError(null);
    try {
      const r = await changePassword({
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
        keepApiTokens: values.keepApiTokens,
      });
      message.success(t('password.changed', { sessions: r.sessionsEnded, tokens: r.tokensRevoked }));
      close();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'current_password_wrong') {
        form.setFields([{ name: 'currentPassword', errors: [describeError(err, lang)] }]);
      } else setError(describeError(err, lang));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      {messageHolder}
      <Modal
        open={open}
        title={t('password.title')}
        okText={t('password.submit')}
        cancelText={t('password.cancel')}
        confirmLoading={saving}
        onOk={() => form.submit()}
        onCancel={close}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('password.hint')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form<Values> form={form} layout="vertical" initialValues={{ keepApiTokens: false }} onFinish={(v) => void submit(v)}>
          <Form.Item
            name="currentPassword"
            label={t('password.current')}
            rules={[{ required: true, message: t('password.currentRequired') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('password.new')}
            rules={[{ required: true, min: minPasswordLength, message: t('password.newTooShort', { min: minPasswordLength }) }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('password.confirm')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('password.mismatch') },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item name="keepApiTokens" valuePropName="checked">
            <Checkbox>{t('password.keepTokens')}</Checkbox>
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
