/** Helpers for the staff case page tests: open a case, type into Taro fields, drive the action sheets. */
import { act, fireEvent, within } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import { CASE_ID } from './staff-fixtures';

export function openCase(id = CASE_ID) {
  Current.router = {
    params: { id },
    path: '/packages/staff/pages/case/index',
    onReady: '',
    onHide: '',
    onShow: '',
    shareTimelineReady: '',
  } as never;
}
/** Taro's H5 <Input>/<Textarea> report typing as an input event carrying { detail: { value } }. */
export const typeInto = (el: Element, value: string) =>
  fireEvent(el, new CustomEvent('input', { bubbles: true, detail: { value } }));
export const sheet = (name: string) => document.querySelector(`.staff-sheet--${name}`) as HTMLElement;
export const actionTexts = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('.case-action'), (el) => el.textContent);
export const tapAction = (label: string) =>
  fireEvent.click(within(document.querySelector('.case-actions') as HTMLElement).getByText(label));
export const submitSheet = (name: string, label: string) =>
  act(async () => fireEvent.click(within(sheet(name)).getByText(label)));
