/** The logged-in session as UI state, mirrored to storage/session.ts. */
import type { TMe, TSession } from '@shared/schemas/auth';
import { readSession, removeSession, writeSession } from '../storage/session';
import { createStore, useStore } from './create-store';

const sessionStore = createStore<TSession | null>(readSession);

export const getSession = (): TSession | null => sessionStore.get();

export function setSession(session: TSession): void {
  writeSession(session);
  sessionStore.set(session);
}

export function clearSession(): void {
  removeSession();
  sessionStore.set(null);
}

/** Replaces the user of the current session (after me.get) and keeps the tokens. */
export function updateSessionUser(user: TMe): void {
  const current = sessionStore.get();
  if (current) setSession({ ...current, user });
}

/** Re-reads storage; for tests and for pages that must see changes made elsewhere. */
export function reloadSession(): void {
  sessionStore.set(readSession());
}

export function useSession(): TSession | null {
  return useStore(sessionStore);
}
