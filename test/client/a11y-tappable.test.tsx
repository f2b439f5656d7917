/** Tappable things are buttons or links for screen readers and keyboards; text boxes carry their labels. */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import FormChoice from '@/components/FormChoice';
import FormField from '@/components/FormField';
import FormInput from '@/components/FormInput';
import Tappable from '@/components/Tappable';

async function settle() {
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

describe('Tappable', () => {
  it('is a focusable button that Enter and Space activate', async () => {
    const onTap = jest.fn();
    render(
      <Tappable className='card' onTap={onTap} label='打开翠苑街道'>
        翠苑街道
      </Tappable>,
    );
    await settle();
    const el = document.querySelector('.card') as HTMLElement;
    expect(el.getAttribute('role')).toBe('button');
    expect(el.tabIndex).toBe(0);
    expect(el.getAttribute('aria-label')).toBe('打开翠苑街道');
    fireEvent.keyDown(el, { key: 'Enter' });
    fireEvent.keyDown(el, { key: ' ' });
    fireEvent.keyDown(el, { key: 'a' });
    fireEvent.click(el);
    expect(onTap).toHaveBeenCalledTimes(3);
  });

  it('a link opens with Enter, not Space', async () => {
    const onTap = jest.fn();
    render(
      <Tappable className='link' role='link' onTap={onTap}>
        查看
      </Tappable>,
    );
    await settle();
    const el = document.querySelector('.link') as HTMLElement;
    expect(el.getAttribute('role')).toBe('link');
    fireEvent.keyDown(el, { key: ' ' });
    expect(onTap).not.toHaveBeenCalled();
    fireEvent.keyDown(el, { key: 'Enter' });
    expect(onTap).toHaveBeenCalledTimes(1);
  });
});

describe('form controls', () => {
  it('options are radios in a group named by the question, chosen state said in words', async () => {
    const onToggle = jest.fn();
    render(
      <FormField label='有多着急?' name='urgency'>
        <FormChoice
          name='urgency'
          options={[
            { value: 'normal', label: '一般' },
            { value: 'urgent', label: '比较急' },
          ]}
          selected={['urgent']}
          onToggle={onToggle}
        />
      </FormField>,
    );
    await settle();
    const group = document.querySelector('.form-choice') as HTMLElement;
    expect(group.getAttribute('role')).toBe('radiogroup');
    const label = document.getElementById(group.getAttribute('aria-labelledby')!);
    expect(label?.textContent).toBe('有多着急?');
    const options = Array.from(document.querySelectorAll<HTMLElement>('.form-choice__option'));
    expect(options.map((o) => [o.getAttribute('role'), o.getAttribute('aria-checked'), o.tabIndex])).toEqual([
      ['radio', 'false', 0],
      ['radio', 'true', 0],
    ]);
    fireEvent.keyDown(options[0]!, { key: ' ' });
    expect(onToggle).toHaveBeenCalledWith('normal');
  });

  it('a text box is labelled by its question and described by its example and error', async () => {
    render(
      <FormField label='详细地址' hint='例如：文三路 100 号' error='请填写详细地址' name='address'>
        <FormInput value='' invalid onChange={() => undefined} />
      </FormField>,
    );
    // the native <input> is rendered by Taro's web component, a moment after React's render
    await waitFor(() => expect(document.querySelector('.form-field--address input')).not.toBeNull());
    const input = document.querySelector('.form-field--address input') as HTMLInputElement;
    expect(document.getElementById(input.getAttribute('aria-labelledby')!)?.textContent).toBe('详细地址');
    const described = input
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id));
    expect(described.map((el) => el?.textContent)).toEqual(['例如：文三路 100 号', '! 请填写详细地址']);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('详细地址')).toBeInTheDocument();
  });
});
