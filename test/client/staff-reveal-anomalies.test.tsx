/** The queue page's reveal-volume panel: hub and station staff see it, point staff never call the endpoint. */
import { act, render, screen } from '@testing-library/react';
import { ZRevealAnomalies } from '@shared/schemas/cases';
import QueuePage from '@/packages/staff/pages/queue/index';
import { clearSession, setSession } from '@/stores/session';
import { me, session } from './support/fixtures';
import { mockApi, ok } from './support/request-mock';
import { queueItem, staffSession } from './support/staff-fixtures';

const HUB = {
  role: 'hub_staff' as const,
  servicePoint: {
    id: '0a1b2c3d-0000-4000-8000-0000000000a1',
    name: '西湖区助联体',
    level: 'district_hub' as const,
    divisionCode: '330106000000',
  },
  department: null,
};
const anomalies = {
  since: '2026-11-28T04:00:00.000Z',
  threshold: 10,
  items: [
    {
      userId: '0a1b2c3d-0000-4000-8000-0000000000b1',
      displayName: '陈社工',
      total: 45,
      byReason: [
        { reason: 'call_person', count: 40 },
        { reason: 'other', count: 5 },
      ],
    },
  ],
};

beforeEach(() => {
  jest.restoreAllMocks();
  clearSession();
});

describe('reveal anomalies on the workbench', () => {
  it('hub staff see who revealed unusually many numbers, with counts by reason', async () => {
    ZRevealAnomalies.parse(anomalies);
    setSession(session({ user: me({ displayName: '区级', roles: ['resident', 'hub_staff'], memberships: [HUB] }) }));
    const api = mockApi({
      'cases.queue': () => ok({ view: 'staff', items: [queueItem()], nextCursor: null }),
      'cases.revealAnomalies': () => ok(anomalies),
    });
    render(<QueuePage />);
    expect(await screen.findByText('查看完整号码次数偏多（近 24 小时超过 10 次）')).toBeInTheDocument();
    expect(screen.getByText('陈社工：45 次')).toBeInTheDocument();
    expect(screen.getByText('电话联系本人 40 次，其他 5 次')).toBeInTheDocument();
    expect(api.callsTo('cases.revealAnomalies')[0]!.data).toEqual({});
  });

  it('shows nothing when nobody is over the threshold', async () => {
    setSession(session({ user: me({ roles: ['resident', 'hub_staff'], memberships: [HUB] }) }));
    const api = mockApi({
      'cases.queue': () => ok({ view: 'staff', items: [queueItem()], nextCursor: null }),
      'cases.revealAnomalies': () => ok({ ...anomalies, items: [] }),
    });
    const { container } = render(<QueuePage />);
    await screen.findByText('王大爷');
    expect(api.callsTo('cases.revealAnomalies')).toHaveLength(1);
    await act(async () => undefined); // let its answer arrive
    expect(container.querySelector('.reveal-anomalies')).toBeNull();
  });

  it('point staff never ask for it', async () => {
    setSession(staffSession());
    const api = mockApi({ 'cases.queue': () => ok({ view: 'staff', items: [queueItem()], nextCursor: null }) });
    render(<QueuePage />);
    await screen.findByText('王大爷');
    expect(api.callsTo('cases.revealAnomalies')).toHaveLength(0);
  });
});
