import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ROLE_LABELS, STAFF_ROLES, type StaffRole } from '@shared/domain/roles';
import type { TStaffMember, TStaffMembership } from '@shared/schemas/accounts';
import Dialog from '@/components/Dialog';
import { Choice } from '@/components/StaffForm';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import { fromIsoChina } from '@/packages/admin/lib/values';
import Section from './Section';
import { tapProps } from '@/components/Tappable';

const PAGE_SIZE = 20;
const ALL = 'all';
type RoleFilter = StaffRole | typeof ALL;
const ROLE_FILTERS: { value: RoleFilter; label: string }[] = [
  { value: ALL, label: '全部' },
  ...STAFF_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] })),
];

type Pending =
  | { kind: 'revoke'; member: TStaffMember; membership: TStaffMembership }
  | { kind: 'disable'; member: TStaffMember }
  | { kind: 'enable'; member: TStaffMember };

const when = (iso: string | null) => (iso ? fromIsoChina(iso) : '从未');
const where = (m: TStaffMembership) => (m.unitName ? `${ROLE_LABELS[m.role]} · ${m.unitName}` : ROLE_LABELS[m.role]);

function confirmText(p: Pending): { title: string; content: string; action: string } {
  if (p.kind === 'revoke') {
    return {
      title: '撤销这项身份？',
      content: `${p.member.displayName}将不再是「${where(p.membership)}」，下一次操作起生效。`,
      action: '撤销',
    };
  }
  if (p.kind === 'disable') {
    return {
      title: '停用这个账号？',
      content: `${p.member.displayName}会马上在所有设备上退出，之后不能再登录，直到恢复。`,
      action: '停用',
    };
  }
  return { title: '恢复这个账号？', content: `${p.member.displayName}可以重新登录，原有的身份不变。`, action: '恢复' };
}

/** 工作人员: every staff account with its memberships; revoke one membership, disable or re-enable an account. */
export default function StaffPanel() {
  const [role, setRole] = useState<RoleFilter>(ALL);
  const [page, setPage] = useState(1);
  const [pending, setPending] = useState<Pending>();
  const [error, setError] = useState<string>();
  const list = usePageQuery(
    () => call('admin.staff.list', { page, pageSize: PAGE_SIZE, ...(role === ALL ? {} : { role }) }),
    [role, page],
  );

  const run = async (p: Pending) => {
    setPending(undefined);
    setError(undefined);
    try {
      if (p.kind === 'revoke') await call('admin.memberships.revoke', { membershipId: p.membership.id });
      else await call(p.kind === 'disable' ? 'admin.users.disable' : 'admin.users.enable', { userId: p.member.userId });
      list.reload();
    } catch (caught) {
      setError(toApiError(caught).message);
    }
  };
  const confirm = pending ? confirmText(pending) : null;

  return (
    <Section title='工作人员' intro='撤销身份或停用账号后，对方下一次操作时就生效。' query={list}>
      {(data) => (
        <View className='staff-admin'>
          <Choice
            label='身份'
            options={ROLE_FILTERS}
            value={role}
            onChange={(r) => {
              setRole(r);
              setPage(1);
            }}
          />
          {error ? <Text className='admin-section__error'>{error}</Text> : null}
          {data.items.length === 0 ? <Text className='admin-list__empty'>没有符合条件的工作人员</Text> : null}
          {data.items.map((member) => (
            <View key={member.userId} className='admin-row staff-admin__member'>
              <Text className='admin-row__title'>
                {member.displayName}
                {member.disabledAt ? <Text className='staff-admin__disabled'>（已停用）</Text> : null}
              </Text>
              {member.memberships.map((m) => (
                <View key={m.id} className='staff-admin__membership'>
                  <Text className={`staff-admin__role${m.revokedAt ? ' staff-admin__role--revoked' : ''}`}>
                    {where(m)}
                    {m.revokedAt ? `（${fromIsoChina(m.revokedAt)} 已撤销）` : ''}
                  </Text>
                  {m.revokedAt ? null : (
                    <Text
                      className='staff-admin__action'
                      {...tapProps(() => setPending({ kind: 'revoke', member, membership: m }))}
                    >
                      撤销
                    </Text>
                  )}
                </View>
              ))}
              <Text className='admin-row__meta'>
                最近登录：{when(member.lastLoginAt)}；最近使用：{when(member.lastSeenAt)}
              </Text>
              <Text
                className='staff-admin__action'
                {...tapProps(() => setPending({ kind: member.disabledAt ? 'enable' : 'disable', member }))}
              >
                {member.disabledAt ? '恢复账号' : '停用账号'}
              </Text>
            </View>
          ))}
          <View className='staff-admin__pager'>
            {page > 1 ? (
              <Text className='staff-admin__action' {...tapProps(() => setPage(page - 1))}>
                上一页
              </Text>
            ) : null}
            <Text className='admin-row__meta'>
              第 {page} 页，共 {data.total} 人
            </Text>
            {page * PAGE_SIZE < data.total ? (
              <Text className='staff-admin__action' {...tapProps(() => setPage(page + 1))}>
                下一页
              </Text>
            ) : null}
          </View>
          <Dialog
            open={Boolean(pending)}
            title={confirm?.title ?? ''}
            content={confirm?.content}
            actions={[
              { label: '取消', onTap: () => setPending(undefined) },
              {
                label: confirm?.action ?? '',
                kind: pending?.kind === 'enable' ? 'primary' : 'danger',
                onTap: () => void (pending && run(pending)),
              },
            ]}
          />
        </View>
      )}
    </Section>
  );
}
