/**
 * The first and last day of a search. The picker answers once both days are chosen (or the range is cleared), so a
 * range is one history entry; it shows the range the URL holds, after a reload or Back too.
 */
import { DatePicker } from 'antd';
import dayjs from 'dayjs';

export interface Days {
  from?: string | undefined;
  to?: string | undefined;
}

/** The picker's value for a URL's day or ISO time (an ISO time shows as its day). */
const asDay = (value: string | undefined) => (value ? dayjs(value) : null);

export function DayRange({ days, onChange }: { days: Days; onChange(d: Days): void }) {
  return (
    <DatePicker.RangePicker
      value={days.from || days.to ? [asDay(days.from), asDay(days.to)] : null}
      allowEmpty={[true, true]}
      onChange={(_, [from, to]) => onChange({ from: from || undefined, to: to || undefined })}
    />
  );
}
