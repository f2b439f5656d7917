import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { chinaDay } from '@shared/domain/china-time';
import type { TEligibilityRule } from '@shared/schemas/content';
import { ZPolicyUpdateRequest, type TStandard } from '@shared/schemas/policies';
import ActionButton from '@/components/ActionButton';
import { check, errorsFromIssues, type ChoiceOption, type FieldErrors } from '@/components/StaffForm';
import { toApiError } from '@/services/api-error';
import { KINDS, policyPatch, type ContentKind } from '@/packages/admin/lib/kinds';
import { toInput, type Raw } from '@/packages/admin/lib/values';
import SpecForm from './SpecForm';

export type Loaded = {
  kind: ContentKind;
  /** The form state of the item being edited; null for a new item. */
  initial: Record<string, Raw> | null;
  options: { departments?: ChoiceOption<string>[]; providers?: ChoiceOption<string>[] };
  /** Editing a policy: its self-check rule (null when it has none) and the standards a condition may name. */
  rule?: { current: { version: number; rule: TEligibilityRule } | null; standards: TStandard[] };
};

type Props = { loaded: Loaded; slug?: string; onSaved: (message: string) => void };

const today = () => chinaDay(new Date());
/** Sensible starting values for a new item (the schemas' defaults, made visible). */
const NEW_DEFAULTS: Record<string, Raw> = { isSampleContact: true, languages: '普通话', capacity: 'available' };

/** Server paths of a policy update are under "patch."; the form's fields are not. */
const unprefix = (errors: FieldErrors): FieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.replace(/^patch\./, ''), v]));

/** The create/edit form of one content item: validates with the shared schema, then shows any server field errors. */
export default function ContentEditor({ loaded, slug, onSaved }: Props) {
  const spec = KINDS[loaded.kind];
  const [state, setState] = useState<Record<string, Raw>>(
    () => loaded.initial ?? { ...NEW_DEFAULTS, lastVerifiedAt: today(), ...(slug ? { slug } : {}) },
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const input = toInput(spec.fields, slug ? { ...state, slug } : state);
    const checked =
      slug && loaded.kind === 'policy'
        ? check(ZPolicyUpdateRequest, policyPatch(slug, input))
        : check(spec.schema, input);
    const crossed = checked.ok ? (spec.crossCheck?.(input) ?? {}) : {};
    if (!checked.ok || Object.keys(crossed).length) {
      setErrors(checked.ok ? crossed : unprefix(checked.errors));
      setError('有几项需要修改，请看红字提示');
      return;
    }
    setErrors({});
    setError(undefined);
    setBusy(true);
    try {
      if (slug) await spec.update(slug, input);
      else await spec.create(input);
      onSaved(slug ? '已保存' : '已存为草稿');
    } catch (caught) {
      const failure = toApiError(caught);
      setErrors(unprefix(errorsFromIssues(failure.details)));
      setError(
        failure.code === 'NETWORK' ? '网络不太好，没有保存成功。填写的内容还在，请稍后再点保存。' : failure.message,
      );
      setBusy(false);
    }
  };

  return (
    <View className='admin-edit__body'>
      <SpecForm
        fields={spec.fields}
        state={state}
        onChange={(key, value) => setState((prev) => ({ ...prev, [key]: value }))}
        errors={errors}
        loaded={loaded.options}
        editing={Boolean(slug)}
      />
      {error ? <Text className='admin-edit__error'>{error}</Text> : null}
      <ActionButton className='admin-edit__save' busy={busy} busyText='正在保存…' onTap={() => void save()}>
        保存
      </ActionButton>
    </View>
  );
}
