import './zod-setup'; // first: zod must be jitless before any schema is built (no eval in WeChat)
import type { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { applyToDocument, isCareMode } from './stores/care-mode';
import './app.scss';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    applyToDocument(isCareMode());
  });

  // children is the page being rendered
  return children;
}

export default App;
