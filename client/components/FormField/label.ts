/**
 * Ties a text box to the label above it: FormField names its label and hint, the input inside reads them here.
 * H5: the native <input> gets `aria-labelledby` / `aria-describedby` (Taro's `nativeProps`); the mini-program
 * gets WeChat's `aria-label`.
 */
import { createContext, useContext, useId } from 'react';
import { isH5 } from '@/env';

export type FieldLabel = { label: string; labelId: string; describedBy?: string };

export const FieldLabelContext = createContext<FieldLabel | null>(null);

export const useFieldLabel = (): FieldLabel | null => useContext(FieldLabelContext);

/** A stable id usable in HTML id references (React's useId has colons). */
export function useDomId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/** Props for a Taro Input / Textarea so screen readers read its label (and hint or error) with it. */
export function labelledInputProps(field: FieldLabel | null, invalid = false) {
  if (!field) return {};
  if (!isH5) return { ariaLabel: field.label };
  return {
    nativeProps: {
      'aria-labelledby': field.labelId,
      ...(field.describedBy ? { 'aria-describedby': field.describedBy } : {}),
      ...(invalid ? { 'aria-invalid': 'true' } : {}),
    },
  };
}
