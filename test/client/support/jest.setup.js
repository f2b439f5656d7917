// Runs before each client test file (jest "setupFiles"): make Taro behave like the H5 build.
process.env.TARO_ENV = 'h5';
process.env.TARO_PLATFORM = 'web';

const React = require('react');
const ReactDOM = require('react-dom');
const { createH5NativeComponentConfig } = require('@tarojs/plugin-framework-react/dist/runtime');

// Registers React with Taro's runtime (else the hooks fail with "React.useContext is not a function").
createH5NativeComponentConfig(() => null, React, ReactDOM);

// Drop the known Taro/jsdom console errors (Stencil's input value watcher, jsdom's media load) so real ones show.
require('./expected-console').silenceExpectedConsoleErrors(console);

// findBy*/waitFor wait up to 5 s (testing-library's default is 1 s): a loaded 2-core CI machine can take longer than
// a second to render a Taro page with its requests, and a timeout there is a flake, not a finding.
require('@testing-library/dom').configure({ asyncUtilTimeout: 5000 });

// A phone-width window by default (jsdom's is 1024, the desktop layout's threshold): desktop tests set it themselves.
if (typeof globalThis.window !== 'undefined')
  Object.defineProperty(globalThis.window, 'innerWidth', { configurable: true, writable: true, value: 375 });
