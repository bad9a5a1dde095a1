/** 信源等级: the workspace's own tiers per source, domain and account (add, change, remove), and the default table. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, message as antMessage, Button, Card, Collapse, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { TierEntryView } from '../../../../src/api/schemas/severity-model.js';
import { AUTHORITY_TIERS, type AuthorityTier, tierLabels } from '../../../../src/severity/tiers.js';
import { deleteTierEntry, listTierEntries, putTierEntry } from '../../api/severity.js';
import { listSources } from '../../api/sources.js';
import { useWorkspace } from '../../app/session.js';
import { useI18n } from '../../i18n/index.js';
import { describeError } from '../../lib/errors.js';
import { useQuery } from '../../lib/useQuery.js';
import { text } from './texts.js';

type Kind = TierEntryView['kind'];
const KINDS: readonly Kind[] = ['domain', 'account', 'source'];
const tierColour: Record<AuthorityTier, string> = {
  central: 'red',
  provincial: 'orange',
  industry: 'purple',
  kol: 'blue',
  ordinary: 'default',
};

export function TiersCard({ canEdit }: { canEdit: boolean }) {
  const { lang } = useI18n();
  const [message, messageHolder] = antMessage.useMessage();
  const workspace = useWorkspace();
  const query = useQuery(`tiers-${workspace.id}`, (signal) => listTierEntries(workspace.id, signal));
  const sources = useQuery(`sources-${workspace.id}`, (signal) => listSources(workspace.id, signal));
  const [kind, setKind] = useState<Kind>('domain');
  const [name, setName] = useState('');
  const [sourceId, setSourceId] = useState<number | null>(null);
  const [tier, setTier] = useState<AuthorityTier>('central');
  const [note, setNote] = useState('');
  const fail = (err: unknown) => message.error(describeError(err, lang));
  const tierOptions = AUTHORITY_TIERS.map((t) => ({ value: t, label: tierLabels[t][lang] }));

  const add = () => {
    const body =
      kind === 'source'
        ? sourceId === null
          ? null
          : { kind, sourceId, tier, ...(note.trim() ? { note: note.trim() } : {}) }
        : name.trim()
          ? { kind, name: name.trim(), tier, ...(note.trim() ? { note: note.trim() } : {}) }
          : null;
    if (!body) return;
    putTierEntry(workspace.id, body).then(() => {
      setName('');
      setNote('');
      setSourceId(null);
      query.reload();
    }, fail);
  };

  const change = (e: TierEntryView, next: AuthorityTier) =>
    putTierEntry(
      workspace.id,
      e.kind === 'source'
        ? { kind: 'source', sourceId: e.sourceId ?? 0, tier: next, ...(e.note ? { note: e.note } : {}) }
        : { kind: e.kind, name: e.name, tier: next, ...(e.note ? { note: e.note } : {}) },
    ).then(query.reload, fail);

  const defaults = query.data?.defaults;
  const byTier = (list: { name: string; tier: AuthorityTier }[]) =>
    AUTHORITY_TIERS.map((t) => ({ tier: t, names: list.filter((d) => d.tier === t).map((d) => d.name) })).filter((g) => g.names.length > 0);

  return (
    <Card title={text(lang, 'tiersTitle')}>
      {messageHolder}
      <Typography.Paragraph type="secondary">{text(lang, 'tiersHelp')}</Typography.Paragraph>
      {query.error !== null && <Alert type="error" showIcon title={describeError(query.error, lang)} style={{ marginBottom: 16 }} />}
      {canEdit && (
        <Space.Compact style={{ marginBottom: 16, width: '100%', maxWidth: 960 }}>
          <Select
            aria-label={text(lang, 'kind')}
            value={kind}
            onChange={setKind}
            style={{ width: 110 }}
            options={KINDS.map((k) => ({ value: k, label: text(lang, `kind.${k}`) }))}
          />
          {kind === 'source' ? (
            <Select
              aria-label={text(lang, 'kind.source')}
              placeholder={text(lang, 'sourcePlaceholder')}
              value={sourceId}
              onChange={setSourceId}
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 300 }}
              options={(sources.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.key})` }))}
            />
          ) : (
            <Input
              aria-label={text(lang, 'name')}
              value={name}
              onChange={(e) => setName(e.target.value)}
              onPressEnter={add}
              placeholder={text(lang, kind === 'domain' ? 'domainPlaceholder' : 'accountPlaceholder')}
              style={{ width: 300 }}
            />
          )}
          <Select aria-label={text(lang, 'tier')} value={tier} onChange={setTier} style={{ width: 170 }} options={tierOptions} />
          <Input aria-label={text(lang, 'note')} value={note} onChange={(e) => setNote(e.target.value)} placeholder={text(lang, 'note')} />
          <Button type="primary" icon={<PlusOutlined />} onClick={add}>
            {text(lang, 'add')}
          </Button>
        </Space.Compact>
      )}
      <Table<TierEntryView>
        rowKey="id"
        size="small"
        loading={query.loading}
        dataSource={query.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: text(lang, 'noEntries') }}
        columns={[
          { title: text(lang, 'kind'), dataIndex: 'kind', width: 90, render: (k: Kind) => <Tag>{text(lang, `kind.${k}`)}</Tag> },
          {
            title: text(lang, 'name'),
            dataIndex: 'name',
            render: (n: string, e) =>
              e.kind === 'source' ? (e.sourceName ?? n) : e.kind === 'domain' ? <Typography.Text code>{n}</Typography.Text> : n,
          },
          {
            title: text(lang, 'tier'),
            dataIndex: 'tier',
            width: 190,
            render: (t: AuthorityTier, e) =>
              canEdit ? (
                <Select
                  size="small"
                  aria-label={`${text(lang, 'tier')} ${e.name}`}
                  value={t}
                  onChange={(next: AuthorityTier) => change(e, next)}
                  options={tierOptions}
                  style={{ width: 170 }}
                />
              ) : (
                <Tag color={tierColour[t]}>{tierLabels[t][lang]}</Tag>
              ),
          },
          {
            title: text(lang, 'defaultTier'),
            dataIndex: 'defaultTier',
            width: 150,
            render: (t: AuthorityTier | null) => (t ? <Tag color={tierColour[t]}>{tierLabels[t][lang]}</Tag> : '—'),
          },
          { title: text(lang, 'note'), dataIndex: 'note', render: (n: string | null) => n ?? '' },
          ...(canEdit
            ? [
                {
                  title: '',
                  key: 'actions',
                  width: 60,
                  render: (_: unknown, e: TierEntryView) => (
                    <Popconfirm
                      title={text(lang, 'removeConfirm')}
                      onConfirm={() => deleteTierEntry(workspace.id, e.id).then(query.reload, fail)}
                    >
                      <Button size="small" danger icon={<DeleteOutlined />} aria-label={`${text(lang, 'remove')} ${e.name}`} />
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      {defaults && (
        <Collapse
          style={{ marginTop: 16 }}
          items={[
            {
              key: 'defaults',
              label: text(lang, 'defaultsTitle', { n: defaults.domains.length, m: defaults.accounts.length }),
              children: (['domains', 'accounts'] as const).map((which) => (
                <div key={which} style={{ marginBottom: 12 }}>
                  <Typography.Title level={5}>{text(lang, which)}</Typography.Title>
                  {byTier(defaults[which]).map((g) => (
                    <div key={g.tier} style={{ marginBottom: 8 }}>
                      <Tag color={tierColour[g.tier]}>{tierLabels[g.tier][lang]}</Tag>
                      <Typography.Text type="secondary">{g.names.join('、')}</Typography.Text>
                    </div>
                  ))}
                </div>
              )),
            },
          ]}
        />
      )}
    </Card>
  );
}
