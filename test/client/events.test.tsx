/**
 * Events screens: the list (tag, time, places), sign-up for a relative (field errors from the server shown under
 * the field), my sign-ups (wait position, cancel after a confirm), the attendee list's 签到 and the scan page.
 */
import { act, render, screen } from '@testing-library/react';
import { ZAttendeeList, ZEvent, ZSignup, type TEvent } from '@shared/schemas/events';
import AttendeesPage from '@/packages/events/pages/attendees/index';
import CheckinPage from '@/packages/events/pages/checkin/index';
import DetailPage from '@/packages/events/pages/detail/index';
import EventsPage from '@/packages/events/pages/index/index';
import MinePage from '@/packages/events/pages/mine/index';
import { clearSession, setSession } from '@/stores/session';
import { choose, fieldError, openPage, tap, typeInto } from './support/apply';
import { overview, session } from './support/fixtures';
import { fail, mockApi, ok } from './support/request-mock';
import { staffSession } from './support/staff-fixtures';

const EVENT_ID = '0a1b2c3d-0000-4000-8000-0000000a0001';
const SIGNUP_ID = '0a1b2c3d-0000-4000-8000-0000000a0002';

function event(overrides: Partial<TEvent> = {}): TEvent {
  return ZEvent.parse({
    id: EVENT_ID,
    code: 'AbCdEfGhIjKl',
    theme: '春风送暖义诊',
    springMonth: 3,
    department: { id: '0a1b2c3d-0000-4000-8000-0000000a0003', name: '区民政局' },
    publisherPoint: null,
    place: { pointId: null, name: '翠苑一区助联服务点', address: '文三路 1 号', lat: null, lng: null },
    streetCode: '330106005000',
    streetName: '翠苑街道',
    startsAt: '2030-03-08T01:00:00.000Z',
    endsAt: '2030-03-08T03:00:00.000Z',
    capacity: 10,
    confirmed: 10,
    waitlisted: 2,
    placesLeft: 0,
    audience: '60 岁以上老人',
    description: null,
    status: 'published',
    distanceMetres: 320,
    ...overrides,
  });
}
const signup = (overrides: Record<string, unknown> = {}) =>
  ZSignup.parse({
    id: SIGNUP_ID,
    status: 'waitlisted',
    relativeName: '王秀英',
    waitPosition: 3,
    checkedIn: false,
    event: event(),
    ...overrides,
  });

afterEach(() => {
  clearSession();
  jest.restoreAllMocks();
});

it('lists events with the 十二春风 tag, the time in China, the distance and that the places are full', async () => {
  mockApi({ 'events.list': () => ok({ items: [event()] }), 'org.overview': () => ok(overview()) });
  render(<EventsPage />);
  expect(await screen.findByText('春风送暖义诊')).toBeTruthy();
  expect(screen.getByText('十二春风·3月')).toBeTruthy();
  expect(screen.getByText('时间：3月8日（周五）9:00—11:00')).toBeTruthy();
  expect(screen.getByText('地点：翠苑一区助联服务点（约 320 米）')).toBeTruthy();
  expect(screen.getByText('名额已满，可排队候补（已有 2 人候补）')).toBeTruthy();
});

it('signs up a relative; a server field error shows under the field, then the wait position', async () => {
  setSession(session());
  openPage('/packages/events/pages/detail/index', { id: EVENT_ID });
  let first = true;
  const api = mockApi({
    'events.get': () => ok(event()),
    'events.signUp': () => {
      if (!first) return ok(signup());
      first = false;
      return fail(400, 'VALIDATION_FAILED', {
        details: [{ field: 'relative.phone', message: '请填写家人的 11 位手机号' }],
      });
    },
  });
  render(<DetailPage />);
  await screen.findByText('我要报名');
  await choose('帮家人报名');
  await typeInto('relative-name', '王秀英');
  await typeInto('relative-phone', '1390000');
  await tap('排队候补');
  await act(async () => undefined);
  expect(fieldError('relative-phone')).toBe('! 请填写家人的 11 位手机号');
  await typeInto('relative-phone', '13900001111');
  await tap('排队候补');
  expect(await screen.findByText(/已排队候补，排在第 3 位/)).toBeTruthy();
  expect(api.callsTo('events.signUp').at(-1)!.data).toEqual({
    eventId: EVENT_ID,
    relative: { name: '王秀英', phone: '13900001111' },
  });
});

it('my sign-ups show the wait position and cancel only after the confirm', async () => {
  setSession(session());
  const api = mockApi({
    'events.mine': () => ok({ items: [signup()] }),
    'events.cancelSignup': () => ok(signup({ status: 'cancelled', waitPosition: null })),
  });
  render(<MinePage />);
  expect(await screen.findByText('排队候补，第 3 位')).toBeTruthy();
  expect(screen.getByText('参加的人：王秀英')).toBeTruthy();
  await tap('不去了，取消报名');
  expect(api.callsTo('events.cancelSignup')).toHaveLength(0);
  await tap('确定取消');
  expect(api.callsTo('events.cancelSignup').map((c) => c.data)).toEqual([{ id: SIGNUP_ID }]);
});

it('staff check in from the attendee list and by the scanned sign-up code', async () => {
  setSession(staffSession());
  openPage('/packages/events/pages/attendees/index', { id: EVENT_ID });
  const attendee = {
    id: SIGNUP_ID,
    status: 'confirmed',
    name: '王秀英',
    phoneMasked: '139****1111',
    forRelative: true,
  };
  let checked = false;
  const api = mockApi({
    'events.attendees': () =>
      ok(
        ZAttendeeList.parse({
          event: event(),
          items: [{ ...attendee, waitPosition: null, checkedInAt: checked ? '2030-03-08T01:10:00.000Z' : null }],
        }),
      ),
    'events.checkIn': () => {
      checked = true;
      return ok({
        attendee: { ...attendee, waitPosition: null, checkedInAt: '2030-03-08T01:10:00.000Z' },
        eventTheme: '春风送暖义诊',
        alreadyCheckedIn: false,
      });
    },
  });
  const list = render(<AttendeesPage />);
  await screen.findByText('王秀英');
  await tap('签到');
  expect(await screen.findByText('已签到')).toBeTruthy();
  expect(api.callsTo('events.checkIn').map((c) => c.data)).toEqual([{ signupId: SIGNUP_ID }]);
  list.unmount();

  openPage('/packages/events/pages/checkin/index', { scene: 's.QrCodeAbc123' });
  render(<CheckinPage />);
  await tap('签到');
  await act(async () => undefined);
  expect(await screen.findByText('王秀英 签到好了。')).toBeTruthy();
  expect(api.callsTo('events.checkIn').at(-1)!.data).toEqual({ code: 'QrCodeAbc123' });
});
