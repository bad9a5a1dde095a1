import { KeyOutlined, LogoutOutlined, MailOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Badge, Button, Dropdown, Space } from 'antd';
import { useState } from 'react';
import { roleLabels } from '../../../src/domain/roles.js';
import { useSession } from '../app/session.js';
import { useI18n } from '../i18n/index.js';
import { navigate } from '../lib/router.js';
import { ChangePasswordModal } from './ChangePasswordModal.js';

/** The signed-in user's name and role, with 我的邀请, 修改密码 and 退出登录. */
export function UserMenu() {
  const { lang, t } = useI18n();
  const { state, workspace, signOut } = useSession();
  const [changingPassword, setChangingPassword] = useState(false);
  if (state.status !== 'signed-in') return null;
  const { user, pendingInvitations } = state.me;
  const role = state.me.user.isSuperadmin ? t('user.superadmin') : workspace ? roleLabels[workspace.role][lang] : '';
  return (
    <>
      <ChangePasswordModal open={changingPassword} onClose={() => setChangingPassword(false)} />
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'who', label: `${user.username}${role ? ` · ${role}` : ''}`, disabled: true },
            { type: 'divider' },
            {
              key: 'invitations',
              icon: <MailOutlined />,
              label: (
                <Space size={8}>
                  {t('user.invitations')}
                  <Badge count={pendingInvitations} size="small" />
                </Space>
              ),
              onClick: () => navigate('/invitations'),
            },
            { key: 'password', icon: <KeyOutlined />, label: t('user.changePassword'), onClick: () => setChangingPassword(true) },
            { type: 'divider' },
            { key: 'logout', icon: <LogoutOutlined />, label: t('user.logout'), onClick: () => void signOut() },
          ],
        }}
      >
        <Button type="text" aria-label={user.displayName || user.username}>
          <Space size={8}>
            <Badge dot={pendingInvitations > 0} title={t('user.invitations')}>
              <Avatar size="small" icon={<UserOutlined />} style={{ background: '#2f6bd1' }} />
            </Badge>
            {user.displayName || user.username}
          </Space>
        </Button>
      </Dropdown>
    </>
  );
}
