/**
 * The first and last day of a search as two date fields, held as a draft by the page: a year typed digit by digit
 * passes through 0002 and 0020, so the range is applied (one history entry) only when a field is left, Enter is
 * pressed or the search is run.
 */
import { Input, Space } from 'antd';
import { useI18n } from '../../i18n/index.js';

export interface Days {
  from?: string | undefined;
  to?: string | undefined;
}

/** The `YYYY-MM-DD` a date field shows for a URL's day or ISO time. */
export const dayOf = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : '');

export function DayRange({ days, onChange, onCommit }: { days: Days; onChange(d: Days): void; onCommit(): void }) {
  const { t } = useI18n();
  return (
    <Space.Compact>
      {(['from', 'to'] as const).map((edge) => (
        <Input
          key={edge}
          type="date"
          aria-label={t(`search.${edge}`)}
          title={t(`search.${edge}`)}
          value={dayOf(days[edge])}
          style={{ width: 150 }}
          onChange={(e) => onChange({ ...days, [edge]: e.target.value || undefined })}
          onBlur={onCommit}
          onPressEnter={onCommit}
        />
      ))}
    </Space.Compact>
  );
}
