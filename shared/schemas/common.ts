import { z } from 'zod';

/** Every request object is strict: unknown fields are refused, never silently dropped. */
export const ZEmpty = z.strictObject({});
export const ZUuid = z.uuid({ message: '编号格式不对' });
export const ZDivisionCode = z.string().regex(/^\d{12}$/, { message: '地区编码应为12位数字' });
export const ZIsoDateTime = z.iso.datetime({ offset: true });
export const ZSlug = z.string().regex(/^[a-z0-9-]{3,60}$/, { message: '标识格式不对' });
export const ZSlugRequest = z.strictObject({ slug: ZSlug });
export const ZLimit = (max: number) => z.number().int().min(1).max(max).default(Math.min(20, max));
/** Required text of at most `max` characters, with messages naming the field by its label. */
export const text = (max: number, label: string) => z.string().trim().min(1, { message: `请填写${label}` }).max(max, { message: `${label}不能超过 ${max} 个字` });
export const ZPhone = z.string().trim().regex(/^[0-9+\-() ]{5,20}$/, { message: '电话号码格式不对' });

export const ZOk = z.object({ done: z.literal(true) });
export type TOk = z.infer<typeof ZOk>;
