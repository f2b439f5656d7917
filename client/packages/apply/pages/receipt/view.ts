/** What the receipt shows, from the stored submit answer or (reopened later) from applications.get. */
import { z } from 'zod';
import { contactPlan, type ContactPlan } from '@shared/domain/contact-fallback';
import { POINT_LEVELS } from '@shared/domain/roles';
import { ZSubmitResult, type TApplicationDetail } from '@shared/schemas/applications';
import { call } from '@/services/api';
import { readReceiptRaw } from '@/storage/apply';

export type ReceiptView = {
  id: string;
  refNo: string;
  channel: string;
  pointId: string | null;
  pointName: string | null;
  pointPhone: string | null;
  pointAddress: string | null;
  pointLevel: string | null;
  /** One number to call and one place to go; filled by withContact. */
  contact: ContactPlan | null;
  reason: string | null;
  dueAt: string | null;
};

const ZStoredReceipt = ZSubmitResult.extend({ channel: z.string(), subjectName: z.string() });

/** The receipt saved by the wizard for this application, if it is the last one sent from this device. */
export function storedReceipt(id: string): ReceiptView | null {
  const parsed = ZStoredReceipt.safeParse(readReceiptRaw());
  if (!parsed.success || parsed.data.id !== id) return null;
  const { routing } = parsed.data;
  return {
    id,
    refNo: parsed.data.refNo,
    channel: parsed.data.channel,
    pointId: routing.servicePoint?.id ?? null,
    pointLevel: routing.servicePoint?.level ?? null,
    contact: null,
    pointName: routing.servicePoint?.name ?? null,
    pointPhone: routing.servicePoint?.phone ?? null,
    pointAddress: routing.servicePoint?.address ?? null,
    reason: routing.reason,
    dueAt: routing.dueAt,
  };
}

export function receiptFromDetail(detail: TApplicationDetail): ReceiptView {
  return {
    id: detail.id,
    refNo: detail.refNo,
    channel: detail.channel,
    pointId: null,
    pointLevel: null,
    contact: detail.contact,
    pointName: detail.servicePointName,
    pointPhone: detail.servicePointPhone,
    pointAddress: null,
    reason: detail.routingReason,
    dueAt: null,
  };
}

const levelOf = (level: string | null) => POINT_LEVELS.find((l) => l === level) ?? 'community_point';

/**
 * The receipt with its contact plan: asked from the server for the stored answer (the point's station and the hub
 * fill any gap); without network, worked out from the point alone (its phone, else 12345).
 */
export async function withContact(view: ReceiptView): Promise<ReceiptView> {
  if (view.contact) return view;
  try {
    return { ...view, contact: await call('servicePoints.contact', view.pointId ? { id: view.pointId } : {}) };
  } catch {
    const point = view.pointName
      ? {
          name: view.pointName,
          level: levelOf(view.pointLevel),
          phone: view.pointPhone,
          address: view.pointAddress,
          isSampleContact: false,
        }
      : null;
    return { ...view, contact: contactPlan({ point, station: null, hub: null }) };
  }
}

/** "XH261129-7KQ3" → ["XH", "261129", "7KQ3"]: short groups are easier to read out on the phone. */
export function referenceGroups(refNo: string): string[] {
  const match = /^([A-Z]+)(\d+)-(\w+)$/.exec(refNo);
  return match ? [match[1]!, match[2]!, match[3]!] : [refNo];
}
