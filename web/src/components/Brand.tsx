/** The product mark: a pulse line in a rounded square, and the name. */
import { useI18n } from '../i18n/index.js';

export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" style={{ flex: 'none' }}>
      <rect width="32" height="32" rx="7" fill="#2f6bd1" />
      <path d="M7 21c3-9 6-9 9-4s6 5 9-4" fill="none" stroke="#fff" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function Brand({ color = '#fff', collapsed = false }: { color?: string; collapsed?: boolean }) {
  const { t } = useI18n();
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 10, color, fontSize: 17, fontWeight: 600, whiteSpace: 'nowrap' }}>
      <BrandMark />
      {!collapsed && <span>{t('app.name')}</span>}
    </div>
  );
}
