/** 分析设置: the workspace's user dictionary and category taxonomy, both applied to new mentions at once. */
import { Space } from 'antd';
import { CategoriesCard } from './analysis/CategoriesCard.js';
import { DictionaryCard } from './analysis/DictionaryCard.js';

export default function AnalysisSettingsPage() {
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <DictionaryCard />
      <CategoriesCard />
    </Space>
  );
}
