/** The signed-in user's open invitations to join workspaces, each to accept or decline. */
import { Alert, App, Button, Empty, Popconfirm, Space, Table, Typography } from 'antd';
import type { ReceivedInvitationView } from '../../../src/api/schemas/invitations.js';
import { roleLabels } from '../../../src/domain/roles.js';
import { fetchMe } from '../api/auth.js';
import { acceptInvitation, declineInvitation, listMyInvitations } from '../api/me.js';
import { useSession } from '../app/session.js';
import { useI18n } from '../i18n/index.js';
import { describeError } from '../lib/errors.js';
import { formatDateTime } from '../lib/format.js';
import { useQuery } from '../lib/useQuery.js';

export function InvitationsPanel() {
  const { t, lang } = useI18n();
  const session = useSession();
  // The app-wide message: it outlives this panel, which remounts when the workspace changes.
  const { message } = App.useApp();
  const query = useQuery('my-invitations', (signal) => listMyInvitations(signal));
  const fail = (err: unknown) => void message.error(describeError(err, lang));

  const accept = async (id: number) => {
    try {
      const joined = await acceptInvitation(id);
      message.success(t('invitations.accepted', { name: joined.name }));
      // Into the new workspace (this also ends the "no workspace" screen); the menu's count drops.
      session.signedIn(await fetchMe());
      session.selectWorkspace(joined.id);
      query.reload();
    } catch (err) {
      fail(err);
    }
  };

  const decline = async (id: number) => {
    try {
      await declineInvitation(id);
      message.success(t('invitations.declined'));
      session.signedIn(await fetchMe());
      query.reload();
    } catch (err) {
      fail(err);
    }
  };

  return (
    <>
      {query.error !== null && <Alert type="error" showIcon title={describeError(query.error, lang)} style={{ marginBottom: 16 }} />}
      <Table<ReceivedInvitationView>
        rowKey="id"
        loading={query.loading}
        dataSource={query.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('invitations.empty')} /> }}
        columns={[
          {
            title: t('workspace.label'),
            key: 'workspace',
            render: (_: unknown, inv) => <Typography.Text strong>{inv.workspace.name}</Typography.Text>,
          },
          {
            title: t('invitations.column'),
            key: 'from',
            render: (_: unknown, inv) => {
              const role = roleLabels[inv.role][lang];
              return (
                <Space orientation="vertical" size={0}>
                  <span>
                    {inv.invitedBy ? t('invitations.from', { inviter: inv.invitedBy, role }) : t('invitations.fromUnknown', { role })}
                  </span>
                  <Typography.Text type="secondary">{t('invitations.expires', { date: formatDateTime(inv.expiresAt) })}</Typography.Text>
                </Space>
              );
            },
          },
          {
            title: '',
            key: 'actions',
            width: 200,
            render: (_: unknown, inv) => (
              <Space>
                <Button type="primary" onClick={() => void accept(inv.id)}>
                  {t('invitations.accept')}
                </Button>
                <Popconfirm title={t('invitations.declineConfirm', { name: inv.workspace.name })} onConfirm={() => decline(inv.id)}>
                  <Button>{t('invitations.decline')}</Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
