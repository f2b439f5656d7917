/** Service orders (服务单): create, the receiver's workbench, accept / decline / deliver / cancel. */
import { z } from 'zod';
import { DELIVERY_KINDS } from '../domain/assistance';
import { DEVELOPMENT_TYPES, ORDER_RECEIVER_KINDS, ORDER_STATUSES, ORDER_TABS } from '../domain/service-orders';
import { ZClientDate, ZUuid, zFreeText } from './common';

const ZOrderId = z.strictObject({ id: ZUuid });

export const ZOrderReceiver = z.strictObject({
  kind: z.enum(ORDER_RECEIVER_KINDS, { message: '请选择由谁来办' }),
  id: ZUuid,
});

export const ZOrderCreateRequest = z.strictObject({
  applicationId: ZUuid,
  serviceId: ZUuid,
  /** Default: the provider of the service. */
  receiver: ZOrderReceiver.optional(),
  what: zFreeText().min(1, { message: '请写明要办什么' }).max(200, { message: '要办的事不能超过 200 个字' }),
  notes: zFreeText().max(500, { message: '备注不能超过 500 个字' }).optional(),
  dueOn: ZClientDate.optional(),
});
export type TOrderCreateRequest = z.infer<typeof ZOrderCreateRequest>;

export const ZOrderListRequest = z.strictObject({
  tab: z.enum(ORDER_TABS, { message: '没有这个分类' }).default('pending'),
  /** received: orders sent to me (provider, department, my point); sent: orders I created. */
  side: z.enum(['received', 'sent'], { message: '没有这个分类' }).default('received'),
  limit: z.number().int().min(1).max(100).default(50),
});
export type TOrderListRequest = z.infer<typeof ZOrderListRequest>;

export const ZOrderRef = ZOrderId;
export const ZOrderDeclineRequest = ZOrderId.extend({
  reason: zFreeText().min(2, { message: '请写明退回的原因' }).max(200, { message: '原因不能超过 200 个字' }),
});
export const ZOrderCancelRequest = ZOrderId.extend({
  reason: zFreeText().max(200, { message: '原因不能超过 200 个字' }).optional(),
});

const deliveryBase = {
  deliveredOn: ZClientDate,
  note: zFreeText().max(200, { message: '说明不能超过 200 个字' }).optional(),
};
const positive = (message: string, max: number, tooBig: string) =>
  z.number({ message }).int({ message }).min(1, { message }).max(max, { message: tooBig });

export const ZMaterialDelivery = z
  .strictObject({
    kind: z.literal('material'),
    /** Cash in fen (分), or goods with a quantity. */
    cashFen: positive('金额应为大于 0 的整数（分）', 100_000_000, '金额太大，请核对').optional(),
    goods: zFreeText().min(1, { message: '请写明送了什么' }).max(100, { message: '物品不能超过 100 个字' }).optional(),
    quantity: positive('数量应为大于 0 的整数', 100_000, '数量太多，请核对').optional(),
    ...deliveryBase,
  })
  .superRefine((d, ctx) => {
    if ((d.cashFen === undefined) === (d.goods === undefined))
      ctx.addIssue({ code: 'custom', path: ['goods'], message: '请填写金额或物品（二选一）' });
    if (d.cashFen !== undefined && d.quantity !== undefined)
      ctx.addIssue({ code: 'custom', path: ['quantity'], message: '发放现金时不用填数量' });
  });
export const ZServiceDelivery = z
  .strictObject({
    kind: z.literal('service'),
    visits: positive('上门次数应为大于 0 的整数', 1000, '上门次数太多，请核对').optional(),
    hours: z
      .number({ message: '服务时长应为数字' })
      .positive({ message: '服务时长应大于 0' })
      .max(10_000, { message: '服务时长太长，请核对' })
      .refine((h) => Math.round(h * 10) === h * 10, { message: '服务时长最多保留一位小数' })
      .optional(),
    ...deliveryBase,
  })
  .superRefine((d, ctx) => {
    if (d.visits === undefined && d.hours === undefined)
      ctx.addIssue({ code: 'custom', path: ['visits'], message: '请填写上门次数或服务时长' });
  });
export const ZDevelopmentDelivery = z.strictObject({
  kind: z.literal('development'),
  developmentType: z.enum(DEVELOPMENT_TYPES, { message: '请选择培训、就业推荐或安置' }),
  ...deliveryBase,
});
export const ZDeliveryInput = z.discriminatedUnion(
  'kind',
  [ZMaterialDelivery, ZServiceDelivery, ZDevelopmentDelivery],
  {
    message: '请选择帮扶类型：物质、服务或发展',
  },
);
export type TDeliveryInput = z.infer<typeof ZDeliveryInput>;

export const ZOrderDeliverRequest = ZOrderId.extend({
  deliveries: z
    .array(ZDeliveryInput, { message: '请至少记录一次送达' })
    .min(1, { message: '请至少记录一次送达' })
    .max(20, { message: '一次最多记录 20 条' }),
});
export type TOrderDeliverRequest = z.infer<typeof ZOrderDeliverRequest>;

export const ZDelivery = z.object({
  id: ZUuid,
  kind: z.enum(DELIVERY_KINDS),
  cashFen: z.number().int().nullable(),
  goods: z.string().nullable(),
  quantity: z.number().int().nullable(),
  visits: z.number().int().nullable(),
  hours: z.number().nullable(),
  developmentType: z.enum(DEVELOPMENT_TYPES).nullable(),
  note: z.string().nullable(),
  deliveredOn: z.string(),
  deliveredBy: z.object({ id: ZUuid, displayName: z.string() }),
  /** In plain words, e.g. "米面油 1 份". */
  text: z.string(),
});

export const ZOrder = z.object({
  id: ZUuid,
  applicationId: ZUuid,
  refNo: z.string(),
  /** For whom: the person's name and community (never ID number, phone or address). */
  subjectName: z.string(),
  communityName: z.string().nullable(),
  status: z.enum(ORDER_STATUSES),
  statusLabel: z.string(),
  service: z.object({ id: ZUuid, name: z.string(), delivery: z.enum(DELIVERY_KINDS) }),
  receiver: z.object({ kind: z.enum(ORDER_RECEIVER_KINDS), id: ZUuid, name: z.string() }),
  what: z.string(),
  notes: z.string().nullable(),
  dueOn: z.string().nullable(),
  declineReason: z.string().nullable(),
  createdBy: z.object({ id: ZUuid, displayName: z.string() }),
  /** The creating point and its phone, so the receiver can ask for contact details. */
  fromPoint: z.object({ name: z.string(), phone: z.string().nullable() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deliveries: z.array(ZDelivery),
  can: z.object({ accept: z.boolean(), decline: z.boolean(), deliver: z.boolean(), cancel: z.boolean() }),
});
export type TOrder = z.infer<typeof ZOrder>;
export const ZOrderList = z.object({ items: z.array(ZOrder) });
export type TOrderList = z.infer<typeof ZOrderList>;

/** What the resident sees: one line per delivery. */
export const ZResidentDelivery = z.object({ id: ZUuid, deliveredOn: z.string(), text: z.string() });
export type TResidentDelivery = z.infer<typeof ZResidentDelivery>;

/** The service list staff pick from when opening an order (published services; full providers marked). */
export const ZOrderServiceOption = z.object({
  id: ZUuid,
  name: z.string(),
  delivery: z.enum(DELIVERY_KINDS),
  provider: z.object({ id: ZUuid, name: z.string() }),
  /** null = no limit; 0 = full (no new orders). */
  openPlaces: z.number().int().nullable(),
});
export type TOrderServiceOption = z.infer<typeof ZOrderServiceOption>;
export const ZOrderServiceOptions = z.object({ items: z.array(ZOrderServiceOption) });
