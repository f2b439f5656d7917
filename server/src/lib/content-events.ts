/**
 * "Published content changed" inside this process: features that cache content (the matching catalog) subscribe,
 * and every admin write of policies, services, providers or standards announces it, whichever feature folder it
 * lives in (a lower folder cannot import a higher one's cache). Other processes catch up through their TTLs.
 */
type Listener = (db: object) => void;
const listeners = new Set<Listener>();

export function onContentChanged(listener: Listener): void {
  listeners.add(listener);
}

export function contentChanged(db: object): void {
  for (const listener of listeners) listener(db);
}
