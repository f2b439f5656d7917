import { useSyncExternalStore } from 'react';

export type Store<T> = {
  get: () => T;
  set: (value: T) => void;
  subscribe: (listener: () => void) => () => void;
};

/** A minimal observable value for cross-page UI state (no library needed at this size). */
export function createStore<T>(initial: () => T): Store<T> {
  let loaded = false;
  let value: T;
  const listeners = new Set<() => void>();

  const get = () => {
    if (!loaded) {
      value = initial();
      loaded = true;
    }
    return value;
  };

  return {
    get,
    set(next) {
      loaded = true;
      if (Object.is(next, value)) return;
      value = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Subscribes a component to a store. */
export function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
