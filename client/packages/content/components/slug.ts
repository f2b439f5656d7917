import { ApiError } from '@/services/api-error';

const SLUG = /^[a-z0-9-]{3,60}$/;

/**
 * The slug from a page's query string, checked before any request.
 *
 * @throws ApiError NOT_FOUND with `message` when the link is malformed (so PageShell shows it with a retry).
 */
export function requireSlug(slug: string | undefined, message: string): string {
  if (!slug || !SLUG.test(slug)) throw new ApiError('NOT_FOUND', { message });
  return slug;
}
