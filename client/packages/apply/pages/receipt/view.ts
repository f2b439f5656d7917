/** What the receipt shows, from the stored submit answer or (reopened later) from applications.get. */
import { z } from 'zod';
import { ZSubmitResult, type TApplicationDetail } from '@shared/schemas/applications';
import { readReceiptRaw } from '@/storage/apply';

export type ReceiptView = {
  id: string;
  refNo: string;
  channel: string;
  pointName: string | null;
  pointPhone: string | null;
  pointAddress: string | null;
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
    pointName: detail.servicePointName,
    pointPhone: detail.servicePointPhone,
    pointAddress: null,
    reason: detail.routingReason,
    dueAt: null,
  };
}

/** "XH261129-7KQ3" → ["XH", "261129", "7KQ3"]: short groups are easier to read out on the phone. */
export function referenceGroups(refNo: string): string[] {
  const match = /^([A-Z]+)(\d+)-(\w+)$/.exec(refNo);
  return match ? [match[1]!, match[2]!, match[3]!] : [refNo];
}
