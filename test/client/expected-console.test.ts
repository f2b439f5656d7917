import { isExpectedConsoleError, silenceExpectedConsoleErrors } from './support/expected-console';

const VALUE_MESSAGE = "Cannot read properties of undefined (reading 'value')";

/** What Stencil logs when Taro's Input value watcher runs before its inner <input> exists (stack as seen in jest). */
function watcherError(host: string, component = host): unknown[] {
  const error = new TypeError(VALUE_MESSAGE);
  const Name = component === 'taro-textarea-core' ? 'Textarea' : 'Input';
  error.stack = [
    `TypeError: ${VALUE_MESSAGE}`,
    `    at ${Name}.value.value [as watchValue] (/w/node_modules/@tarojs/components/dist/components/${component}.js:165:23)`,
    '    at /w/node_modules/@stencil/core/internal/client/index.js:2091:54',
  ].join('\n');
  return [error, document.createElement(host)];
}

function jsdomNotImplemented(name: string): unknown[] {
  const error = Object.assign(new Error(`Not implemented: ${name}`), { type: 'not implemented' });
  return [error];
}

describe('expected console errors (test setup)', () => {
  it('drops only the known Taro input watcher and jsdom media errors', () => {
    expect(isExpectedConsoleError(watcherError('taro-input-core'))).toBe(true);
    expect(isExpectedConsoleError(watcherError('taro-textarea-core'))).toBe(true);
    expect(isExpectedConsoleError(jsdomNotImplemented('HTMLMediaElement.prototype.load'))).toBe(true);

    expect(isExpectedConsoleError(watcherError('div', 'taro-input-core'))).toBe(false);
    expect(isExpectedConsoleError(watcherError('taro-input-core', 'taro-picker-core'))).toBe(false);
    expect(isExpectedConsoleError([new TypeError("Cannot read properties of undefined (reading 'value')")])).toBe(
      false,
    );
    expect(isExpectedConsoleError(jsdomNotImplemented('window.scrollTo'))).toBe(false);
    expect(isExpectedConsoleError(['Warning: Each child in a list should have a unique "key" prop.'])).toBe(false);
    expect(isExpectedConsoleError([new Error('boom')])).toBe(false);
  });

  it('forwards every other error to the console', () => {
    const original = jest.fn();
    const target = { error: original };
    silenceExpectedConsoleErrors(target);
    target.error(...watcherError('taro-input-core'));
    target.error('a real problem', 42);
    expect(original.mock.calls).toEqual([['a real problem', 42]]);
  });
});
