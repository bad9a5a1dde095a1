import { Button, Result } from 'antd';
import { useSession } from '../app/session.js';
import { useI18n } from '../i18n/index.js';
import { FullPage } from './FullPage.js';
import { InvitationsPanel } from './InvitationsPanel.js';
import { LanguageSwitch } from './LanguageSwitch.js';

/** A signed-in user who belongs to no workspace yet, with any invitations to answer. */
export function NoWorkspace() {
  const { t } = useI18n();
  const { signOut } = useSession();
  return (
    <FullPage>
      <Result
        status="info"
        title={t('workspace.none')}
        subTitle={t('workspace.noneHint')}
        extra={[
          <Button key="logout" type="primary" onClick={() => void signOut()}>
            {t('user.logout')}
          </Button>,
          <LanguageSwitch key="lang" />,
        ]}
      >
        <InvitationsPanel />
      </Result>
    </FullPage>
  );
}
