/** 大屏: the dashboard full screen over the app's layout (no side menu), dark, refreshed every `?refresh=` seconds (default 30). */
import { ConfigProvider, theme } from 'antd';
import { useLocation } from '../../lib/router.js';
import { Dashboard } from './Dashboard.js';

export default function WallPage() {
  const refresh = Number(useLocation().search.get('refresh'));
  return (
    <ConfigProvider theme={{ algorithm: theme.darkAlgorithm, token: { fontSize: 16 } }}>
      <div
        data-testid="wall"
        style={{
          position: 'fixed',
          inset: 0,
          zIndex: 1000,
          overflow: 'auto',
          padding: 24,
          background: 'radial-gradient(ellipse at top, #0d2a52 0%, #061528 70%)',
        }}
      >
        <Dashboard wall refreshSeconds={Number.isInteger(refresh) && refresh >= 5 ? refresh : 30} />
      </div>
    </ConfigProvider>
  );
}
