/** The antd theme: a calm institutional blue and CJK-first fonts. */
import type { ThemeConfig } from 'antd';

export const brandColor = '#1f4e9c';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: brandColor,
    colorInfo: brandColor,
    borderRadius: 6,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    Layout: { siderBg: '#0f1f3d', headerBg: '#ffffff', headerPadding: '0 24px', bodyBg: '#f3f5f9' },
    Menu: { darkItemBg: '#0f1f3d', darkSubMenuItemBg: '#0b172e', darkItemSelectedBg: brandColor },
  },
};
