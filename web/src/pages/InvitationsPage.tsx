/** 我的邀请: invitations to join other workspaces, reached from the user menu. */
import { Card } from 'antd';
import { InvitationsPanel } from '../components/InvitationsPanel.js';
import { useI18n } from '../i18n/index.js';

export default function InvitationsPage() {
  const { t } = useI18n();
  return (
    <Card title={t('invitations.title')}>
      <InvitationsPanel />
    </Card>
  );
}
