import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { ContentStatus } from '@shared/domain/assistance';
import ActionButton from '@/components/ActionButton';
import Dialog from '@/components/Dialog';
import { usePageQuery } from '@/hooks/usePageQuery';
import { toApiError } from '@/services/api-error';
import SortableTable from '@/components/SortableTable';
import { useWideScreen } from '@/hooks/useWideScreen';
import { KINDS, STATUS_MOVES, STATUS_TEXT, type ContentKind, type ContentRow } from '@/packages/admin/lib/kinds';
import Section from './Section';
import { tapProps } from '@/components/Tappable';

const EDIT = '/packages/admin/pages/edit/index';
const CONSEQUENCE: Record<ContentStatus, string> = {
  published: '发布后居民马上就能看到',
  draft: '改为草稿后居民就看不到了，可以修改后再发布',
  archived: '归档后居民看不到，列表里仍保留记录',
};
const DONE: Record<ContentStatus, string> = { published: '已发布', draft: '已改为草稿', archived: '已归档' };

/** All items of one content kind (drafts, published, archived) with 新建、修改 and the status changes. */
export default function ContentList({ kind }: { kind: ContentKind }) {
  const spec = KINDS[kind];
  const query = usePageQuery(() => spec.list(), [kind]);
  const [busy, setBusy] = useState<string>();
  const [rowError, setRowError] = useState<{ slug: string; message: string }>();
  const [confirm, setConfirm] = useState<{ slug: string; title: string; to: ContentStatus; label: string }>();
  const shown = useRef(false);
  const wide = useWideScreen();

  // Back from the edit page: show what was saved.
  useDidShow(() => {
    if (shown.current) void query.reload();
    shown.current = true;
  });

  const move = async (slug: string, to: ContentStatus) => {
    setConfirm(undefined);
    setBusy(`${slug}:${to}`);
    setRowError(undefined);
    try {
      await spec.setStatus(slug, to);
      await query.reload();
      void Taro.showToast({ title: DONE[to], icon: 'none' });
    } catch (error) {
      setRowError({ slug, message: toApiError(error).message });
    } finally {
      setBusy(undefined);
    }
  };

  const actions = (row: ContentRow) => (
    <View className='admin-row__actions'>
      <Text
        className='admin-row__action'
        {...tapProps(() => void Taro.navigateTo({ url: `${EDIT}?kind=${kind}&slug=${encodeURIComponent(row.slug)}` }))}
      >
        修改
      </Text>
      {STATUS_MOVES[row.status].map((m) => (
        <Text
          key={m.to}
          className={`admin-row__action admin-row__action--${m.to}`}
          {...tapProps(() =>
            busy ? undefined : setConfirm({ slug: row.slug, title: row.title, to: m.to, label: m.label }),
          )}
        >
          {busy === `${row.slug}:${m.to}` ? '请稍等…' : m.label}
        </Text>
      ))}
      {rowError?.slug === row.slug ? <Text className='staff-field__error'>{rowError.message}</Text> : null}
    </View>
  );

  return (
    <Section title={`${spec.label}管理`} query={query}>
      {(rows) => (
        <>
          <ActionButton className='admin-list__new' onTap={() => void Taro.navigateTo({ url: `${EDIT}?kind=${kind}` })}>
            {`+ 新建${spec.label}`}
          </ActionButton>
          {rows.length === 0 ? <Text className='admin-list__empty'>还没有{spec.label}</Text> : null}
          {wide ? (
            <SortableTable
              label={`${spec.label}列表`}
              columns={[
                { key: 'title', label: '标题', render: (r) => r.title, sortValue: (r) => r.title },
                {
                  key: 'status',
                  label: '状态',
                  render: (r) => STATUS_TEXT[r.status],
                  sortValue: (r) => STATUS_TEXT[r.status],
                },
                { key: 'sub', label: '说明', render: (r) => r.sub ?? '—', sortValue: (r) => r.sub ?? null },
                {
                  key: 'updated',
                  label: '更新时间',
                  render: (r) => r.updatedAt.slice(0, 10),
                  sortValue: (r) => r.updatedAt,
                },
                { key: 'actions', label: '操作', render: actions },
              ]}
              rows={rows}
              rowKey={(r) => r.slug}
              initialSort={{ key: 'updated', dir: 'desc' }}
            />
          ) : (
            rows.map((row) => (
              <View key={row.slug} className={`admin-row admin-row--${row.status}`}>
                <Text className='admin-row__title'>{row.title}</Text>
                <Text className='admin-row__meta'>
                  <Text className={`admin-row__status admin-row__status--${row.status}`}>
                    {STATUS_TEXT[row.status]}
                  </Text>
                  {row.sub ? ` · ${row.sub}` : ''}
                </Text>
                {actions(row)}
              </View>
            ))
          )}
          <Dialog
            open={Boolean(confirm)}
            title={confirm ? `确定${confirm.label}「${confirm.title}」吗？` : ''}
            content={confirm ? CONSEQUENCE[confirm.to] : undefined}
            actions={[
              {
                label: confirm ? `确定${confirm.label}` : '确定',
                kind: 'primary',
                onTap: () => confirm && void move(confirm.slug, confirm.to),
              },
              { label: '先不改', onTap: () => setConfirm(undefined) },
            ]}
          />
        </>
      )}
    </Section>
  );
}
