import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { POINT_LEVEL_OF_ROLE, ROLE_LABELS, ROLES, type Role } from '@shared/domain/roles';
import { ZInviteCreateRequest, type TInviteCreateRequest } from '@shared/schemas/org';
import type { Output } from '@shared/api/endpoints';
import ActionButton from '@/components/ActionButton';
import { Choice, check, errorsFromIssues, type FieldErrors } from '@/components/StaffForm';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import { fromIsoChina } from '@/packages/admin/lib/values';
import Section from './Section';

const INVITE_ROLES = ROLES.filter((r) => r !== 'resident');
const DAYS = ['1', '3', '7', '14', '30'] as const;

/** 邀请码: role + where they work → a one-time code, shown once. */
export default function InvitePanel() {
  const base = usePageQuery(async () => {
    const [overview, departments, providers] = await Promise.all([
      call('org.overview', {}),
      call('departments.list', {}),
      call('admin.providers.list', {}),
    ]);
    // an archived provider takes no new staff
    return {
      overview,
      departments: departments.items,
      providers: providers.items.filter((p) => p.status !== 'archived'),
    };
  });
  const [role, setRole] = useState<Exclude<Role, 'resident'>>();
  const [street, setStreet] = useState<string>();
  const [pointId, setPointId] = useState<string>();
  const [departmentId, setDepartmentId] = useState<string>();
  const [providerId, setProviderId] = useState<string>();
  const [days, setDays] = useState<(typeof DAYS)[number]>('7');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [invite, setInvite] = useState<Output<'admin.invites.create'>>();
  const level = role ? POINT_LEVEL_OF_ROLE[role] : undefined;
  const points = usePageQuery(
    () =>
      street && level && level !== 'district_hub'
        ? call('servicePoints.list', { streetCode: street, level })
        : Promise.resolve(null),
    [street, level],
  );

  const create = async () => {
    const body: Partial<TInviteCreateRequest> = { role, validDays: Number(days) };
    const hubId = base.data?.overview.hub?.id;
    if (level) body.servicePointId = level === 'district_hub' ? hubId : pointId;
    if (role === 'dept_officer') body.departmentId = departmentId;
    if (role === 'provider_staff') body.providerId = providerId;
    const checked = check(ZInviteCreateRequest, body);
    const more: FieldErrors = {};
    if (level && !body.servicePointId) more.servicePointId = '请选择工作的站点';
    if (role === 'dept_officer' && !departmentId) more.departmentId = '请选择部门';
    if (role === 'provider_staff' && !providerId) more.providerId = '请选择服务机构';
    if (!checked.ok || Object.keys(more).length) return setErrors({ ...(checked.ok ? {} : checked.errors), ...more });
    setErrors({});
    setError(undefined);
    setBusy(true);
    try {
      setInvite(await call('admin.invites.create', checked.data));
    } catch (caught) {
      const failure = toApiError(caught);
      setErrors(errorsFromIssues(failure.details));
      setError(failure.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title='工作人员邀请码' intro='新同事用邀请码登录后，就有对应的工作权限。邀请码只能用一次。' query={base}>
      {({ overview, departments, providers }) => (
        <View className='invite'>
          <Choice
            label='身份'
            stacked
            options={INVITE_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
            value={role}
            onChange={(r) => {
              setRole(r);
              setPointId(undefined);
            }}
            error={errors.role ? '请选择身份' : undefined}
          />
          {level && level !== 'district_hub' ? (
            <>
              <Choice
                label='街道/镇'
                options={overview.streets.map((s) => ({ value: s.code, label: s.name }))}
                value={street}
                onChange={(s) => {
                  setStreet(s);
                  setPointId(undefined);
                }}
              />
              <Choice
                label='工作的站点'
                stacked
                options={(points.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
                value={pointId}
                onChange={setPointId}
                error={errors.servicePointId}
                hint={street ? undefined : '请先选街道或镇'}
              />
            </>
          ) : null}
          {level === 'district_hub' ? (
            <Text className='staff-field__hint'>工作站点：{overview.hub?.name ?? '区级助联体'}</Text>
          ) : null}
          {role === 'dept_officer' ? (
            <Choice
              label='部门'
              options={departments.map((d) => ({ value: d.id, label: d.name }))}
              value={departmentId}
              onChange={setDepartmentId}
              error={errors.departmentId}
            />
          ) : null}
          {role === 'provider_staff' ? (
            <Choice
              label='所在的服务机构'
              stacked
              options={providers.map((p) => ({ value: p.id, label: p.name }))}
              value={providerId}
              onChange={setProviderId}
              error={errors.providerId}
              hint={providers.length ? undefined : '还没有服务机构，请先在“服务力量”里添加'}
            />
          ) : null}
          <Choice
            label='有效天数'
            options={DAYS.map((d) => ({ value: d, label: `${d} 天` }))}
            value={days}
            onChange={setDays}
            error={errors.validDays}
          />
          {error ? <Text className='admin-edit__error'>{error}</Text> : null}
          <ActionButton className='invite__create' busy={busy} busyText='正在生成…' onTap={() => void create()}>
            生成邀请码
          </ActionButton>
          {invite ? (
            <View className='invite__result'>
              <Text className='invite__label'>{ROLE_LABELS[invite.role]}的邀请码</Text>
              <Text className='invite__code' selectable>
                {invite.code}
              </Text>
              <Text className='invite__note'>
                只显示这一次，请马上抄下或转告本人。{fromIsoChina(invite.expiresAt)} 前有效。
              </Text>
            </View>
          ) : null}
        </View>
      )}
    </Section>
  );
}
