/** Where a suggestion leads in the mini-program: the policy page, the service page, the staff's new service order. */
export function suggestionPath(s: { kind: 'policy' | 'service'; id: string; slug: string }): string {
  return s.kind === 'policy'
    ? `/packages/content/pages/policy/index?slug=${encodeURIComponent(s.slug)}`
    : `/packages/content/pages/service/index?slug=${encodeURIComponent(s.slug)}`;
}

export function newServiceOrderPath(applicationId: string, serviceId: string): string {
  return `/packages/staff/pages/order-new/index?applicationId=${encodeURIComponent(applicationId)}&serviceId=${encodeURIComponent(serviceId)}`;
}
