import { z } from 'zod';

/** Every request object is strict: unknown fields are refused, never silently dropped. */
export const ZEmpty = z.strictObject({});
export const ZUuid = z.uuid({ message: '编号格式不对' });
export const ZDivisionCode = z.string().regex(/^\d{12}$/, { message: '地区编码应为12位数字' });
export const ZIsoDateTime = z.iso.datetime({ offset: true });

export const ZOk = z.object({ done: z.literal(true) });
export type TOk = z.infer<typeof ZOk>;
