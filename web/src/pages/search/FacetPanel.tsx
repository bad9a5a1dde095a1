/**
 * The facet panel: counts per channel, sentiment, source, language, region, author region, category and topic, each
 * value a toggle for its filter, the four severity levels, and a line saying whether the counts cover every match or a sample of the newest.
 */
import { Card, Tag, Typography } from 'antd';
import type { SearchResult } from '../../../../src/api/schemas/search.js';
import { type MessageKey, useI18n } from '../../i18n/index.js';
import { facetsBasisText, groupDigits } from '../../lib/search-totals.js';
import { type FilterName, facetNames } from '../../lib/search-url.js';

export function FacetPanel({
  page,
  filters,
  label,
  onToggle,
}: {
  page: SearchResult | undefined;
  filters: Partial<Record<FilterName, string>>;
  label(name: FilterName, value: string): string;
  onToggle(name: FilterName, value: string): void;
}) {
  const { t, lang } = useI18n();
  return (
    <Card title={t('search.facets')} size="small">
      {page && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }} data-testid="facets-basis">
          {facetsBasisText(lang, page.facetsBasis)}
        </Typography.Paragraph>
      )}
      {facetNames.map((name) => (
        <div key={name} style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">{t(`search.facet.${name}` as MessageKey)}</Typography.Text>
          <div>
            {(page?.facets[name] ?? []).length === 0 && <Typography.Text type="secondary"> —</Typography.Text>}
            {(page?.facets[name] ?? []).map((f) => (
              <Tag.CheckableTag key={f.value} checked={filters[name] === f.value} onChange={() => onToggle(name, f.value)}>
                {label(name, f.value)} ({groupDigits(f.count, lang)})
              </Tag.CheckableTag>
            ))}
          </div>
        </div>
      ))}
      <Typography.Text type="secondary">{t('search.facet.severity')}</Typography.Text>
      <div>
        {['1', '2', '3', '4'].map((level) => (
          <Tag.CheckableTag key={level} checked={filters.severity === level} onChange={() => onToggle('severity', level)}>
            {label('severity', level)}
          </Tag.CheckableTag>
        ))}
      </div>
    </Card>
  );
}
