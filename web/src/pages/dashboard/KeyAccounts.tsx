/** 关键传播账号: the accounts whose posts drew the most onward spread in the period, with their reach, followers and channel. */
import { QuestionCircleOutlined } from '@ant-design/icons';
import { Alert, ConfigProvider, Empty, Table, Tooltip, Typography } from 'antd';
import type { KeyAccounts as KeyAccountsData } from '../../../../src/api/schemas/key-accounts.js';
import { type Channel, channelLabels } from '../../../../src/domain/channel.js';
import { useI18n } from '../../i18n/index.js';
import { describeError } from '../../lib/errors.js';
import { formatCount } from '../../lib/format.js';
import { text } from './texts.js';

type Account = KeyAccountsData['items'][number];

export function KeyAccounts({
  data,
  error,
  loading,
  dark,
}: {
  data: KeyAccountsData | undefined;
  error: unknown;
  loading: boolean;
  dark: boolean;
}) {
  const { lang } = useI18n();
  if (error) return <Alert type="error" showIcon title={describeError(error, lang)} />;
  const channelName = (c: string | null) => (c === null ? '–' : c in channelLabels ? channelLabels[c as Channel][lang] : c);
  const number = (n: number | null) => formatCount(n === null ? null : Math.round(n), lang);
  const table = (
    <Table<Account>
      rowKey={(a) => `${a.author}|${a.channel ?? ''}`}
      size="small"
      pagination={false}
      loading={loading && !data}
      data-testid="key-accounts-table"
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text(lang, 'none')} /> }}
      dataSource={data?.items ?? []}
      columns={[
        {
          title: text(lang, 'author'),
          dataIndex: 'author',
          render: (a: string) => (
            <Typography.Text title={a} style={{ wordBreak: 'break-all', ...(dark ? { color: '#e6edf7' } : {}) }}>
              {a}
            </Typography.Text>
          ),
        },
        { title: text(lang, 'mentions'), dataIndex: 'mentions', align: 'right', render: number },
        {
          title: (
            <Tooltip title={text(lang, 'drewHelp')}>
              {text(lang, 'drew')} <QuestionCircleOutlined />
            </Tooltip>
          ),
          dataIndex: 'drew',
          align: 'right',
          render: (n: number) => <b>{number(n)}</b>,
        },
        { title: text(lang, 'reach'), dataIndex: 'reach', align: 'right', render: number },
        { title: text(lang, 'followers'), dataIndex: 'followers', align: 'right', render: number },
        { title: text(lang, 'channel'), dataIndex: 'channel', render: channelName },
      ]}
    />
  );
  if (!dark) return table;
  // On the wall: the card's navy, not the dark theme's black.
  return (
    <ConfigProvider
      theme={{
        components: {
          Table: {
            colorBgContainer: 'transparent',
            headerBg: 'rgba(29, 59, 102, 0.6)',
            borderColor: '#1d3b66',
            rowHoverBg: 'rgba(29, 59, 102, 0.4)',
          },
        },
      }}
    >
      {table}
    </ConfigProvider>
  );
}
