/** Points kept by their own staff: the self-service edit page, the admin import and the completeness view. */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import CompletenessPage from '@/packages/admin/pages/points-completeness/index';
import ImportPage from '@/packages/admin/pages/points-import/index';
import PointEditPage from '@/packages/staff/pages/point/index';
import { bodyOf, formOf, parseExceptions } from '@/packages/staff/pages/point/form';
import { tableFromBytes } from '@/services/pick-table';
import { clearSession, setSession } from '@/stores/session';
import { openPage } from './support/apply';
import { pointDetail } from './support/content-fixtures';
import { me, point, session } from './support/fixtures';
import { fail, mockApi, ok } from './support/request-mock';

const typeInto = (name: string, value: string) =>
  fireEvent(
    document.querySelector(`.staff-field__input--${name}`)!,
    new CustomEvent('input', { bubbles: true, detail: { value } }),
  );

beforeEach(() => {
  jest.restoreAllMocks();
  clearSession();
  openPage('/packages/staff/pages/point/index', {});
});

describe('point self-service page', () => {
  it('point staff edit their only point: hours typed in words, holidays, exceptions; saved and confirmed', async () => {
    setSession(session({ user: me({ roles: ['point_staff'] }) }));
    const detail = pointDetail({ address: null, phone: null, lat: null, lng: null });
    const api = mockApi({
      'org.points.mine': () => ok({ items: [point({ id: detail.id, name: detail.name })] }),
      'servicePoints.get': () => ok(detail),
      'org.points.update': () => ok(point({ id: detail.id })),
    });
    render(<PointEditPage />);
    expect(await screen.findByText(detail.name)).toBeInTheDocument();
    expect((document.querySelector('.staff-field__input--hours') as HTMLTextAreaElement).value).toBe(
      '周一至周五 08:30–12:00、13:30–17:30',
    );
    typeInto('address', '翠苑一区 12 幢 1 楼');
    typeInto('phone', '0571-88880001');
    typeInto('hours', '周一至周五 09:00-17:00');
    typeInto('exceptions', '2030-10-08 休息 培训');
    typeInto('lat', '30.2891');
    typeInto('lng', '120.1202');
    fireEvent.click(screen.getByText('节假日休息'));
    await act(async () => fireEvent.click(screen.getByText('保存')));
    expect(api.callsTo('org.points.update')[0]!.data).toEqual({
      id: detail.id,
      address: '翠苑一区 12 幢 1 楼',
      phone: '0571-88880001',
      openingSchedule: {
        weekly: [{ days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' }],
        isSample: false,
        exceptions: [{ date: '2030-10-08', closed: true, ranges: [], note: '培训' }],
        publicHolidays: 'closed',
      },
      openingHours: null, // the seeded sample note is replaced
      lat: 30.2891,
      lng: 120.1202,
    });
    expect(await screen.findByText('已保存，居民马上就能看到')).toBeInTheDocument();
  });

  it("shows the server's field message under the field, and unreadable hours before sending", async () => {
    setSession(session({ user: me({ roles: ['point_staff'] }) }));
    const detail = pointDetail();
    const api = mockApi({
      'org.points.mine': () => ok({ items: [point({ id: detail.id })] }),
      'servicePoints.get': () => ok(detail),
      'org.points.update': () =>
        fail(400, 'VALIDATION_FAILED', {
          message: '填写的内容有误',
          details: [{ field: 'lat', message: '这个位置不在西湖区附近，请重新选择' }],
        }),
    });
    render(<PointEditPage />);
    await screen.findByText(detail.name);
    typeInto('hours', '上午九点');
    await act(async () => fireEvent.click(screen.getByText('保存')));
    expect(screen.getByText('看不懂“上午九点”，应像“周一至周五 08:30-17:30”')).toBeInTheDocument();
    expect(api.callsTo('org.points.update')).toHaveLength(0);
    typeInto('hours', '每天 09:00-17:00');
    typeInto('lat', '31.2');
    typeInto('lng', '121.4');
    await act(async () => fireEvent.click(screen.getByText('保存')));
    expect(screen.getByText('这个位置不在西湖区附近，请重新选择')).toBeInTheDocument();
  });

  it('a station picks one of its points first', async () => {
    setSession(session({ user: me({ roles: ['station_staff'] }) }));
    const a = point({
      id: '0a1b2c3d-0000-4000-8000-00000000aa01',
      name: '翠苑街道助联服务站',
      level: 'street_station',
    });
    const b = point({
      id: '0a1b2c3d-0000-4000-8000-00000000aa02',
      name: '翠苑二区助联服务点',
      phone: null,
      address: null,
    });
    const api = mockApi({
      'org.points.mine': () => ok({ items: [a, b] }),
      'servicePoints.get': () => ok(pointDetail({ id: b.id, name: b.name })),
    });
    render(<PointEditPage />);
    expect(await screen.findAllByText(/缺电话 · 缺地址/)).toHaveLength(2);
    await act(async () => fireEvent.click(screen.getByText('翠苑二区助联服务点')));
    expect(await screen.findByText('‹ 换一个服务点')).toBeInTheDocument();
    expect(api.callsTo('servicePoints.get')[0]!.data).toEqual({ id: b.id });
  });

  it('residents get the staff-only refusal', async () => {
    setSession(session({ user: me({ roles: ['resident'] }) }));
    mockApi({});
    render(<PointEditPage />);
    expect(screen.getByText('这里是工作人员使用的页面')).toBeInTheDocument();
  });
});

describe('point form (pure)', () => {
  it('round-trips a stored schedule and reads exception lines', () => {
    const detail = pointDetail({
      openingSchedule: {
        weekly: [{ days: [1, 2, 3], open: '09:00', close: '12:00' }],
        isSample: false,
        publicHolidays: 'open',
        exceptions: [{ date: '2030-01-02', closed: false, ranges: [{ open: '09:00', close: '10:00' }] }],
      },
    });
    const form = formOf(detail);
    expect(form).toMatchObject({
      hours: '周一至周三 09:00–12:00',
      holidays: 'open',
      exceptions: '2030-01-02 09:00-10:00',
    });
    const body = bodyOf(detail.id, form);
    expect(body.ok && body.value.openingSchedule).toEqual(detail.openingSchedule);
    expect(parseExceptions('2030-1-5 9:00-11:00、14:00-16:00 值班')).toEqual({
      ok: true,
      value: [
        {
          date: '2030-01-05',
          closed: false,
          ranges: [
            { open: '09:00', close: '11:00' },
            { open: '14:00', close: '16:00' },
          ],
          note: '值班',
        },
      ],
    });
    expect(parseExceptions('下周一休息')).toMatchObject({ ok: false, field: 'exceptions' });
    expect(bodyOf(detail.id, { ...form, hours: '', exceptions: '2030-01-05 休息' })).toEqual({
      ok: false,
      field: 'openingSchedule',
      message: '请先填每周的开放时间',
    });
  });
});

describe('admin import page', () => {
  const dry = {
    dryRun: true,
    applied: false,
    rows: 2,
    unchanged: 0,
    changes: [
      {
        row: 2,
        pointId: '0a1b2c3d-0000-4000-8000-00000000aa01',
        pointName: '翠苑一区社区助联服务点',
        fields: [{ field: 'phone', label: '电话', from: '（空）', to: '0571-88881111' }],
      },
    ],
    errors: [
      { row: 3, column: '电话', message: '第 3 行「电话」：电话号码格式不对，应像 0571-88888888 或 13800000000' },
    ],
  };

  it('a pasted CSV: dry run lists changes and row errors; apply is offered only without errors', async () => {
    setSession(session({ user: me({ roles: ['admin'] }) }));
    let answer: unknown = dry;
    const api = mockApi({ 'admin.points.import': () => ok(answer) });
    render(<ImportPage />);
    const csv = '名称,电话\n翠苑一区社区助联服务点,0571-88881111\n翠苑二区社区助联服务点,call me';
    fireEvent(
      document.querySelector('.points-import__paste')!,
      new CustomEvent('input', { bubbles: true, detail: { value: csv } }),
    );
    await act(async () => fireEvent.click(screen.getByText('试导入')));
    expect(api.callsTo('admin.points.import')[0]!.data).toEqual({ format: 'csv', content: csv, dryRun: true });
    expect(screen.getByText(dry.errors[0]!.message)).toBeInTheDocument();
    expect(screen.getByText('电话：（空） → 0571-88881111')).toBeInTheDocument();
    expect(screen.queryByText(/^确认导入/)).toBeNull();

    answer = { ...dry, errors: [], rows: 1 };
    await act(async () => fireEvent.click(screen.getByText('试导入')));
    answer = { ...dry, errors: [], rows: 1, dryRun: false, applied: true };
    await act(async () => fireEvent.click(screen.getByText('确认导入 1 个服务点')));
    expect(api.callsTo('admin.points.import')[2]!.data).toEqual({ format: 'csv', content: csv, dryRun: false });
    expect(screen.getByText('已导入：1 个服务点的资料已更新，居民马上能看到')).toBeInTheDocument();
  });
});

describe('completeness page', () => {
  it('lists per street what is missing and opens a point to edit', async () => {
    setSession(session({ user: me({ roles: ['station_staff'] }) }));
    const zero = { phone: 0, address: 0, location: 0, hours: 0 };
    mockApi({
      'admin.points.completeness': () =>
        ok({
          totals: { points: 2, complete: 1, missing: { ...zero, phone: 1, location: 1 } },
          streets: [
            {
              streetCode: '330106005000',
              streetName: '翠苑街道',
              points: 2,
              complete: 1,
              missing: { ...zero, phone: 1, location: 1 },
              incomplete: [
                {
                  id: '0a1b2c3d-0000-4000-8000-00000000aa02',
                  name: '翠苑二区社区助联服务点',
                  level: 'community_point',
                  missing: ['phone', 'location'],
                },
              ],
            },
          ],
        }),
    });
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    render(<CompletenessPage />);
    expect(await screen.findByText('1/2 个服务点资料齐全；缺电话 1，缺位置 1')).toBeInTheDocument();
    expect(screen.queryByText('从 Excel 批量导入 ›')).toBeNull(); // stations do not import
    fireEvent.click(screen.getByText('翠苑街道'));
    fireEvent.click(screen.getByText('翠苑二区社区助联服务点'));
    expect(navigate).toHaveBeenCalledWith({
      url: '/packages/staff/pages/point/index?id=0a1b2c3d-0000-4000-8000-00000000aa02',
    });
    expect(screen.getByText('缺：电话、位置 ›')).toBeInTheDocument();
  });
});

describe('picking a table to import', () => {
  it('decodes UTF-8, or GB18030 as Excel saves CSV on a Chinese Windows; XLSX goes as base64', () => {
    Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder }); // browsers have them; jsdom not
    const gbk = Uint8Array.from([0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xb5, 0xe7, 0xbb, 0xb0]); // "名称,电话" in GBK
    expect(tableFromBytes('points.csv', gbk)).toEqual({ name: 'points.csv', format: 'csv', content: '名称,电话' });
    expect(tableFromBytes('p.csv', new TextEncoder().encode('名称,电话')).content).toBe('名称,电话');
    expect(tableFromBytes('p.XLSX', Uint8Array.from([0x50, 0x4b, 0x03, 0x04]))).toEqual({
      name: 'p.XLSX',
      format: 'xlsx',
      content: 'UEsDBA==',
    });
  });
});
