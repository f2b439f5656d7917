/**
 * Service orders (服务单) and their deliveries. An order sends one service for one application to one receiver
 * (a provider, a department or a service point); each delivery row is one person-time (人次), the unit the district
 * reports. Kind-specific delivery fields are CHECKed so a row always carries what its kind needs.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { DELIVERY_KINDS, type DeliveryKind } from '../../../shared/domain/assistance';
import {
  DEVELOPMENT_TYPES,
  ORDER_RECEIVER_KINDS,
  ORDER_STATUSES,
  type DevelopmentType,
  type OrderReceiverKind,
  type OrderStatus,
} from '../../../shared/domain/service-orders';
import { isOneOf } from './checks';
import { departments, servicePoints, users } from './schema';
import { applications } from './schema-applications';
import { providers, services } from './schema-content';

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const serviceOrders = pgTable(
  'service_orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id),
    receiverKind: text('receiver_kind').$type<OrderReceiverKind>().notNull(),
    receiverProviderId: uuid('receiver_provider_id').references(() => providers.id),
    receiverDepartmentId: uuid('receiver_department_id').references(() => departments.id),
    receiverPointId: uuid('receiver_point_id').references(() => servicePoints.id),
    /** What to do, for whom (staff words; personal data stays on the application). */
    what: text('what').notNull(),
    notes: text('notes'),
    dueOn: date('due_on', { mode: 'string' }),
    status: text('status').$type<OrderStatus>().notNull().default('created'),
    declineReason: text('decline_reason'),
    /** True while this order holds one of its provider's open places (accepted, counted provider). */
    holdsPlace: boolean('holds_place').notNull().default(false),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    respondedBy: uuid('responded_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    acceptedAt: ts('accepted_at'),
    declinedAt: ts('declined_at'),
    deliveredAt: ts('delivered_at'),
    cancelledAt: ts('cancelled_at'),
  },
  (t) => [
    index('service_orders_application_idx').on(t.applicationId, t.createdAt),
    index('service_orders_provider_idx').on(t.receiverProviderId, t.status, t.createdAt),
    index('service_orders_department_idx').on(t.receiverDepartmentId, t.status, t.createdAt),
    index('service_orders_point_idx').on(t.receiverPointId, t.status, t.createdAt),
    index('service_orders_creator_idx').on(t.createdBy, t.createdAt),
    check('service_orders_status_chk', isOneOf(t.status, ORDER_STATUSES)),
    check('service_orders_receiver_kind_chk', isOneOf(t.receiverKind, ORDER_RECEIVER_KINDS)),
    check(
      'service_orders_receiver_chk',
      sql`(${t.receiverKind} = 'provider') = (${t.receiverProviderId} is not null)
       and (${t.receiverKind} = 'department') = (${t.receiverDepartmentId} is not null)
       and (${t.receiverKind} = 'point') = (${t.receiverPointId} is not null)`,
    ),
    check('service_orders_decline_reason_chk', sql`(${t.status} = 'declined') = (${t.declineReason} is not null)`),
  ],
);

export const serviceDeliveries = pgTable(
  'service_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => serviceOrders.id),
    kind: text('kind').$type<DeliveryKind>().notNull(),
    /** 物质: cash in fen, or goods and a quantity. */
    cashFen: integer('cash_fen'),
    goods: text('goods'),
    quantity: integer('quantity'),
    /** 服务: visits and/or hours of care. */
    visits: integer('visits'),
    hours: numeric('hours', { precision: 6, scale: 1, mode: 'number' }),
    /** 发展: a training place, a job referral (零工市场) or a placement. */
    developmentType: text('development_type').$type<DevelopmentType>(),
    /** Staff words on what was delivered (never shown to the resident). */
    note: text('note'),
    deliveredOn: date('delivered_on', { mode: 'string' }).notNull(),
    deliveredBy: uuid('delivered_by')
      .notNull()
      .references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('service_deliveries_order_idx').on(t.orderId),
    index('service_deliveries_on_idx').on(t.deliveredOn),
    check('service_deliveries_kind_chk', isOneOf(t.kind, DELIVERY_KINDS)),
    check('service_deliveries_development_type_chk', isOneOf(t.developmentType, DEVELOPMENT_TYPES)),
    check(
      'service_deliveries_fields_chk',
      sql`(${t.kind} = 'material' and ${t.visits} is null and ${t.hours} is null and ${t.developmentType} is null
            and ((${t.cashFen} > 0 and ${t.goods} is null and ${t.quantity} is null)
              or (${t.cashFen} is null and ${t.goods} is not null and (${t.quantity} is null or ${t.quantity} > 0))))
       or (${t.kind} = 'service' and ${t.cashFen} is null and ${t.goods} is null and ${t.quantity} is null
            and ${t.developmentType} is null and (${t.visits} > 0 or ${t.hours} > 0))
       or (${t.kind} = 'development' and ${t.cashFen} is null and ${t.goods} is null and ${t.quantity} is null
            and ${t.visits} is null and ${t.hours} is null and ${t.developmentType} is not null)`,
    ),
  ],
);
