import { Text, View } from '@tarojs/components';
import { Choice, Field, fieldError, type ChoiceOption, type FieldErrors } from '@/components/StaffForm';
import type { FieldSpec, Raw } from '@/packages/admin/lib/values';

type Props = {
  fields: readonly FieldSpec[];
  state: Record<string, Raw>;
  onChange: (key: string, value: Raw) => void;
  errors: FieldErrors;
  /** Options loaded at run time, by FieldSpec.optionsFrom. */
  loaded: Partial<Record<NonNullable<FieldSpec['optionsFrom']>, ChoiceOption<string>[]>>;
  editing: boolean;
};

const MULTILINE = new Set(['textarea', 'lines', 'steps', 'contacts', 'chapters']);

/** Renders an admin form from its field list: text boxes, one-per-line lists and tappable options. */
export default function SpecForm({ fields, state, onChange, errors, loaded, editing }: Props) {
  return (
    <View className='spec-form'>
      {fields.map((f) => {
        const error = fieldError(errors, f.key);
        const raw = state[f.key];
        if (f.kind === 'bool') {
          return (
            <Choice
              key={f.key}
              label={f.label}
              options={[
                { value: 'yes', label: '是' },
                { value: 'no', label: '否' },
              ]}
              value={raw === true ? 'yes' : 'no'}
              onChange={(v) => onChange(f.key, v === 'yes')}
              error={error}
            />
          );
        }
        if (f.kind === 'enum' || f.kind === 'multi') {
          const options = f.options ?? (f.optionsFrom ? (loaded[f.optionsFrom] ?? []) : []);
          const list = Array.isArray(raw) ? raw : [];
          return (
            <Choice
              key={f.key}
              label={f.label}
              options={options}
              value={f.kind === 'multi' ? list : typeof raw === 'string' && raw ? raw : undefined}
              onChange={(v) =>
                onChange(
                  f.key,
                  f.kind === 'multi'
                    ? list.includes(v)
                      ? list.filter((x) => x !== v)
                      : [...list, v]
                    : raw === v
                      ? ''
                      : v,
                )
              }
              error={error}
              hint={f.hint ?? (f.kind === 'multi' ? '可以选多项，再点一次取消' : '再点一次可以取消')}
            />
          );
        }
        if (f.lockedOnEdit && editing) {
          return (
            <View key={f.key} className='staff-field'>
              <Text className='staff-field__label'>{f.label}</Text>
              <Text className='spec-form__locked'>{String(raw ?? '')}</Text>
            </View>
          );
        }
        return (
          <Field
            key={f.key}
            name={f.key}
            label={f.label}
            value={typeof raw === 'string' ? raw : ''}
            onChange={(v) => onChange(f.key, v)}
            multiline={MULTILINE.has(f.kind)}
            type={f.kind === 'number' ? 'number' : undefined}
            maxlength={10000}
            error={error}
            hint={f.hint}
            placeholder={f.placeholder}
          />
        );
      })}
    </View>
  );
}
