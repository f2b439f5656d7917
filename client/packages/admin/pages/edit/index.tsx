import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import PageShell from '@/components/PageShell';
import StaffGate from '@/components/StaffGate';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { ApiError } from '@/services/api-error';
import { isContentKind, KINDS, type ContentKind } from '@/packages/admin/lib/kinds';
import { toState } from '@/packages/admin/lib/values';
import { ZAdminPolicyDetail } from '@shared/schemas/policies';
import ContentEditor, { type Loaded } from './components/ContentEditor';
import RuleEditor from './components/RuleEditor';
import './index.scss';

/** Create (no slug) or edit (slug) one piece of content of `kind`. */
function EditPage() {
  const params = useRouter()?.params ?? {};
  const kind = params.kind;
  const slug = params.slug ? decodeURIComponent(params.slug) : undefined;

  const query = usePageQuery(async (): Promise<Loaded> => {
    if (!isContentKind(kind)) throw new ApiError('NOT_FOUND', { message: '没有这种内容，请回到管理后台重新选择' });
    const spec = KINDS[kind];
    const wants = new Set(spec.fields.map((f) => f.optionsFrom).filter(Boolean));
    const policyEdit = kind === 'policy' && slug;
    const [item, departments, providers, standards] = await Promise.all([
      slug ? spec.load(slug) : Promise.resolve(null),
      wants.has('departments') ? call('departments.list', {}) : Promise.resolve(null),
      wants.has('providers') ? call('admin.providers.list', {}) : Promise.resolve(null),
      policyEdit ? call('admin.standards.list', {}) : Promise.resolve(null),
    ]);
    const rule = ZAdminPolicyDetail.shape.rule.safeParse(item?.rule ?? null);
    return {
      rule: standards && item ? { current: rule.success ? rule.data : null, standards: standards.items } : undefined,
      kind: kind as ContentKind,
      initial: item ? toState(spec.fields, item) : null,
      options: {
        departments: departments?.items.map((d) => ({ value: d.code, label: d.name })),
        providers: providers?.items.map((p) => ({ value: p.slug, label: p.name })),
      },
    };
  }, [kind, slug]);

  const done = (message: string) => {
    void Taro.showToast({ title: message, icon: 'none', duration: 2000 });
    void Taro.navigateBack().catch(() => Taro.redirectTo({ url: '/packages/admin/pages/index/index' }));
  };

  return (
    <PageShell className='admin-edit' query={query}>
      {(loaded) => (
        <>
          <View className='admin-edit__header'>
            <Text className='admin-edit__title'>{`${slug ? '修改' : '新建'}${KINDS[loaded.kind].label}`}</Text>
            {slug ? (
              <Text className='admin-edit__sub'>{`「${itemTitle(loaded.initial) || slug}」`}</Text>
            ) : (
              <Text className='admin-edit__sub'>新建的内容先存为草稿，检查后再发布</Text>
            )}
          </View>
          <ContentEditor loaded={loaded} slug={slug} onSaved={done} />
          {slug && loaded.rule ? (
            <RuleEditor slug={slug} current={loaded.rule.current} standards={loaded.rule.standards} />
          ) : null}
        </>
      )}
    </PageShell>
  );
}

/** What the item is called (a title, or a name for providers and services), for the heading. */
function itemTitle(state: Record<string, unknown> | null): string {
  const t = state?.title ?? state?.name;
  return typeof t === 'string' ? t : '';
}

export default function Page() {
  return (
    <StaffGate roles={['admin']}>
      <EditPage />
    </StaffGate>
  );
}
