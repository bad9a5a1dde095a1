/** A ranked list of names with counts and a bar for each (top sources, top authors). */
import { Empty, Typography } from 'antd';

export function CountList({ items, empty, dark }: { items: { label: string; count: number }[]; empty: string; dark?: boolean }) {
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  const max = Math.max(...items.map((i) => i.count));
  return (
    <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map((i, n) => (
        <li key={i.label} style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '3px 0' }}>
          <span style={{ width: 18, textAlign: 'right', color: n < 3 ? '#cf1322' : '#8c8c8c' }}>{n + 1}</span>
          <Typography.Text ellipsis style={{ width: 140, color: dark ? '#e6edf7' : undefined }} title={i.label}>
            {i.label}
          </Typography.Text>
          <span style={{ flex: 1, background: dark ? '#16325a' : '#f0f0f0', height: 8, borderRadius: 4 }}>
            <span style={{ display: 'block', width: `${(i.count / max) * 100}%`, background: '#5b8ff9', height: 8, borderRadius: 4 }} />
          </span>
          <span style={{ width: 48, textAlign: 'right', color: dark ? '#e6edf7' : undefined }} data-testid="count">
            {i.count}
          </span>
        </li>
      ))}
    </ol>
  );
}
