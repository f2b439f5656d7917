/** Service-order rules: the status machine, fen → yuan, and the resident's plain sentence per delivery kind. */
import {
  ORDER_STATUSES,
  deliverySentence,
  deliveryWhat,
  nextOrderStatus,
  yuanOf,
  type DeliveryFacts,
} from '../../shared/domain/service-orders';

const none = { cashFen: null, goods: null, quantity: null, visits: null, hours: null, developmentType: null };
const fact = (over: Partial<DeliveryFacts>): DeliveryFacts => ({
  kind: 'material',
  ...none,
  deliveredOn: '2026-12-08',
  byName: '善粮公社',
  ...over,
});

describe('service orders', () => {
  it('allows only created → accepted/declined/cancelled, accepted → delivered/cancelled, delivered → delivered', () => {
    const legal = ORDER_STATUSES.flatMap((s) =>
      (['accept', 'decline', 'deliver', 'cancel'] as const)
        .filter((a) => nextOrderStatus(s, a))
        .map((a) => `${s}.${a}→${nextOrderStatus(s, a)}`),
    );
    expect(legal).toEqual([
      'created.accept→accepted',
      'created.decline→declined',
      'created.cancel→cancelled',
      'accepted.deliver→delivered',
      'accepted.cancel→cancelled',
      'delivered.deliver→delivered',
    ]);
  });

  it('shows fen as yuan without trailing zeros', () => {
    expect([yuanOf(50000), yuanOf(12345), yuanOf(12340), yuanOf(5), yuanOf(100)]).toEqual([
      '500',
      '123.45',
      '123.4',
      '0.05',
      '1',
    ]);
  });

  it('words every kind for the resident, with the day and who delivered, in full-width punctuation', () => {
    expect(deliverySentence(fact({ goods: '米面油', quantity: 1 }))).toBe(
      '已为您送去米面油 1 份（12 月 8 日，善粮公社）',
    );
    expect(deliverySentence(fact({ cashFen: 80000, byName: '区民政局' }))).toBe(
      '已为您送去救助金 800 元（12 月 8 日，区民政局）',
    );
    expect(deliverySentence(fact({ kind: 'service', visits: 4 }))).toBe(
      '已为您提供服务上门 4 次（12 月 8 日，善粮公社）',
    );
    expect(
      deliverySentence(
        fact({ kind: 'development', developmentType: 'job_referral', deliveredOn: '2027-01-15', byName: '零工市场' }),
      ),
    ).toBe('已为您安排就业推荐（1 月 15 日，零工市场）');
    expect(deliveryWhat({ kind: 'service', ...none, hours: 2.5 })).toBe('服务共 2.5 小时');
  });
});
