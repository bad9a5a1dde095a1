import { ApartmentOutlined } from '@ant-design/icons';
import { Select, Space, Typography } from 'antd';
import { useSession } from '../app/session.js';
import { useI18n } from '../i18n/index.js';

/** The current workspace (单位), with a picker when the user belongs to more than one. */
export function WorkspaceSwitcher() {
  const { t } = useI18n();
  const { state, workspace, selectWorkspace } = useSession();
  const workspaces = state.status === 'signed-in' ? state.me.workspaces : [];
  if (!workspace) return null;
  return (
    <Space size={8}>
      <ApartmentOutlined style={{ color: '#8c8c8c' }} />
      {workspaces.length > 1 ? (
        <Select
          aria-label={t('workspace.label')}
          value={workspace.id}
          onChange={selectWorkspace}
          options={workspaces.map((w) => ({ value: w.id, label: w.name }))}
          style={{ minWidth: 180 }}
          variant="borderless"
          popupMatchSelectWidth={false}
        />
      ) : (
        <Typography.Text strong>{workspace.name}</Typography.Text>
      )}
    </Space>
  );
}
