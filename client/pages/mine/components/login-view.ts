import type { ReactNode } from 'react';

export type LoginAttempt = (login: (inviteCode?: string) => Promise<unknown>) => Promise<void>;

/** What LoginPanel hands to the platform's login view (WechatLogin in the mini-program, DevLogin in H5). */
export type LoginViewProps = { busy: boolean; attempt: LoginAttempt; inviteField: ReactNode };
