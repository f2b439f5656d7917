/** Community events and 十二春风 service days: publish, list near me, sign up (self or a relative), check in. */
import { z } from 'zod';
import { EVENT_CODE_PATTERN, EVENT_STATUSES, SIGNUP_STATUSES } from '../domain/events';
import {
  ZClientDate,
  ZClientDateTime,
  ZDivisionCode,
  ZIsoDateTime,
  ZLimit,
  ZUuid,
  text,
  zFreeText,
  zNameText,
} from './common';

const ZCode = z.string().regex(EVENT_CODE_PATTERN, { message: '二维码不对，请重新扫码' });
const ZLat = z
  .number({ message: '纬度应是数字' })
  .min(-90, { message: '纬度应在 -90 到 90 之间' })
  .max(90, { message: '纬度应在 -90 到 90 之间' });
const ZLng = z
  .number({ message: '经度应是数字' })
  .min(-180, { message: '经度应在 -180 到 180 之间' })
  .max(180, { message: '经度应在 -180 到 180 之间' });

export const ZEventPlace = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('point'), pointId: ZUuid }),
    z.strictObject({ kind: z.literal('address'), address: text(100, '活动地址'), streetCode: ZDivisionCode }),
  ],
  { message: '请选择活动地点' },
);

const eventFields = {
  theme: text(40, '活动主题'),
  /** 十二春风 month tag (1–12); absent for other community events. */
  springMonth: z
    .number({ message: '请选择月份' })
    .int({ message: '请选择月份' })
    .min(1, { message: '请选择月份' })
    .max(12, { message: '请选择月份' })
    .nullable()
    .optional(),
  place: ZEventPlace,
  startsAt: ZClientDateTime,
  endsAt: ZClientDateTime,
  capacity: z
    .number({ message: '名额应为整数' })
    .int({ message: '名额应为整数' })
    .min(1, { message: '名额至少 1 个' })
    .max(2000, { message: '名额不能超过 2000 个' }),
  audience: text(60, '适合哪些人参加'),
  description: zFreeText().max(1000, { message: '活动介绍不能超过 1000 个字' }).optional(),
};

export const ZEventCreateRequest = z.strictObject({
  ...eventFields,
  /** The department the event counts for (人次); a department officer publishes for their own department. */
  departmentId: ZUuid.optional(),
});
export type TEventCreateRequest = z.infer<typeof ZEventCreateRequest>;

export const ZEventUpdateRequest = z.strictObject({
  id: ZUuid,
  theme: eventFields.theme.optional(),
  springMonth: eventFields.springMonth,
  place: ZEventPlace.optional(),
  startsAt: ZClientDateTime.optional(),
  endsAt: ZClientDateTime.optional(),
  capacity: eventFields.capacity.optional(),
  audience: eventFields.audience.optional(),
  description: eventFields.description,
});
export type TEventUpdateRequest = z.infer<typeof ZEventUpdateRequest>;

export const ZEventRef = z.strictObject({ id: ZUuid });

export const ZEventGetRequest = z
  .strictObject({ id: ZUuid.optional(), code: ZCode.optional() })
  .refine((v) => (v.id === undefined) !== (v.code === undefined), { path: ['id'], message: '请告诉我们是哪场活动' });

export const ZEventListRequest = z
  .strictObject({
    streetCode: ZDivisionCode.optional(),
    divisionCode: ZDivisionCode.optional(),
    lat: ZLat.optional(),
    lng: ZLng.optional(),
    limit: ZLimit(50),
  })
  .refine((v) => (v.lat === undefined) === (v.lng === undefined), { path: ['lat'], message: '经纬度要一起填写' });
export type TEventListRequest = z.infer<typeof ZEventListRequest>;

export const ZEvent = z.object({
  id: ZUuid,
  code: z.string(),
  theme: z.string(),
  springMonth: z.number().int().nullable(),
  department: z.object({ id: ZUuid, name: z.string() }).nullable(),
  /** The publishing service point (null when a department published it). */
  publisherPoint: z.object({ id: ZUuid, name: z.string() }).nullable(),
  place: z.object({
    pointId: ZUuid.nullable(),
    /** The point's name or the address. */
    name: z.string(),
    address: z.string().nullable(),
    lat: z.number().nullable(),
    lng: z.number().nullable(),
  }),
  streetCode: z.string().nullable(),
  streetName: z.string().nullable(),
  startsAt: ZIsoDateTime,
  endsAt: ZIsoDateTime,
  capacity: z.number().int(),
  confirmed: z.number().int(),
  waitlisted: z.number().int(),
  placesLeft: z.number().int(),
  audience: z.string(),
  description: z.string().nullable(),
  status: z.enum(EVENT_STATUSES),
  /** Metres from the asked location (near me); null otherwise or without coordinates. */
  distanceMetres: z.number().int().nullable(),
});
export type TEvent = z.infer<typeof ZEvent>;
export const ZEventList = z.object({ items: z.array(ZEvent) });

const ZRelative = z.strictObject({
  name: zNameText().min(1, { message: '请填写家人的姓名' }).max(40, { message: '姓名不能超过 40 个字' }),
  phone: z
    .string()
    .trim()
    .regex(/^1\d{10}$/, { message: '请填写家人的 11 位手机号' }),
});

export const ZSignUpRequest = z.strictObject({ eventId: ZUuid, relative: ZRelative.optional() });
export type TSignUpRequest = z.infer<typeof ZSignUpRequest>;
export const ZSignupRef = z.strictObject({ id: ZUuid });

export const ZSignup = z.object({
  id: ZUuid,
  status: z.enum(SIGNUP_STATUSES),
  /** The relative's name (shown to the one who signed them up); null for oneself. */
  relativeName: z.string().nullable(),
  /** 1 = next to move up; null unless waitlisted. */
  waitPosition: z.number().int().nullable(),
  checkedIn: z.boolean(),
  event: ZEvent,
});
export type TSignup = z.infer<typeof ZSignup>;
export const ZSignupList = z.object({ items: z.array(ZSignup) });

export const ZAttendee = z.object({
  id: ZUuid,
  status: z.enum(SIGNUP_STATUSES),
  name: z.string(),
  phoneMasked: z.string().nullable(),
  forRelative: z.boolean(),
  waitPosition: z.number().int().nullable(),
  checkedInAt: ZIsoDateTime.nullable(),
});
export type TAttendee = z.infer<typeof ZAttendee>;
export const ZAttendeeList = z.object({ event: ZEvent, items: z.array(ZAttendee) });

export const ZCheckInRequest = z
  .strictObject({ signupId: ZUuid.optional(), code: ZCode.optional() })
  .refine((v) => (v.signupId === undefined) !== (v.code === undefined), {
    path: ['signupId'],
    message: '请选择要签到的人',
  });
export const ZCheckInResult = z.object({ attendee: ZAttendee, eventTheme: z.string(), alreadyCheckedIn: z.boolean() });

export const ZEventQrRequest = z.strictObject({
  kind: z.enum(['event', 'signup'], { message: '没有这种二维码' }),
  id: ZUuid,
});
export const ZEventQr = z.object({ page: z.string(), scene: z.string(), url: z.string(), dataUrl: z.string() });

export const ZPersonTimesRequest = z.strictObject({
  from: ZClientDate,
  to: ZClientDate,
  groupBy: z.enum(['month', 'department', 'street'], { message: '没有这种分组' }).default('department'),
});
export const ZPersonTimes = z.object({
  items: z.array(z.object({ key: z.string().nullable(), personTimes: z.number().int() })),
});
