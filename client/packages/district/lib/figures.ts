/**
 * The dashboard's figures: each chart and the table beside it are built here from the same numbers, so what a
 * chart draws is exactly what its table says (and the monthly report exports).
 */
import { CHANNELS, CHANNEL_LABELS, URGENCY_LABELS } from '@shared/domain/categories';
import type { TDashboard } from '@shared/schemas/stats';
import { axisLabel, monthLabel } from './month';

export type ChartSpec = {
  kind: 'bar' | 'line';
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  stacked?: boolean;
  horizontal?: boolean;
};
export type Table = { headers: string[]; rows: (string | number)[][] };
/** `empty`: a plain sentence shown instead of the chart and table when there is nothing to draw. */
export type FigureData = { key: string; title: string; chart: ChartSpec; table: Table; empty?: string };

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
export const rate = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 1000) / 10}%` : '—');
const orDash = (n: number | null) => (n === null ? '—' : n);

/** The headline numbers of the last month. */
export function headline(d: TDashboard): { label: string; value: string }[] {
  const m = d.months[d.months.length - 1]!;
  const accepted = sum(m.compliance.map((c) => c.accepted));
  const onTime = sum(m.compliance.map((c) => c.onTime));
  return [
    { label: '服务人次', value: String(m.personTimes) },
    { label: '帮助人数', value: String(m.peopleHelped) },
    { label: '申请件数', value: String(m.applications) },
    { label: '受理用时中位数', value: m.medianAcceptHours === null ? '—' : `${m.medianAcceptHours}小时` },
    { label: '办结用时中位数', value: m.medianResolveHours === null ? '—' : `${m.medianResolveHours}小时` },
    { label: '按时受理率', value: rate(onTime, accepted) },
    { label: '升级次数', value: String(m.escalations) },
    { label: '未分类占比', value: rate(m.unclassified, m.applications) },
  ];
}

export function figures(d: TDashboard): FigureData[] {
  const months = d.months;
  const axis = months.map((m) => axisLabel(m.month));
  const last = months[months.length - 1]!;
  return [
    {
      key: 'person-times',
      title: '服务人次和帮助人数（逐月）',
      chart: {
        kind: 'line',
        categories: axis,
        series: [
          { name: '服务人次', values: months.map((m) => m.personTimes) },
          { name: '帮助人数', values: months.map((m) => m.peopleHelped) },
        ],
      },
      table: {
        headers: ['月份', '服务人次', '帮助人数'],
        rows: months.map((m) => [monthLabel(m.month), m.personTimes, m.peopleHelped]),
      },
    },
    {
      key: 'channels',
      title: '申请件数（按渠道，逐月）',
      chart: {
        kind: 'bar',
        stacked: true,
        categories: axis,
        series: CHANNELS.map((c) => ({
          name: CHANNEL_LABELS[c],
          values: months.map((m) => m.byChannel.find((x) => x.channel === c)?.count ?? 0),
        })),
      },
      table: {
        headers: ['月份', ...CHANNELS.map((c) => CHANNEL_LABELS[c]), '合计'],
        rows: months.map((m) => [monthLabel(m.month), ...m.byChannel.map((c) => c.count), m.applications]),
      },
    },
    {
      key: 'streets',
      title: `各镇街（${monthLabel(last.month)}）`,
      chart: {
        kind: 'bar',
        horizontal: true,
        categories: d.streets.map((s) => s.name),
        series: [
          { name: '申请件数', values: d.streets.map((s) => s.applications) },
          { name: '服务人次', values: d.streets.map((s) => s.personTimes) },
        ],
      },
      table: {
        headers: ['镇街', '申请件数', '服务人次'],
        rows: [
          ...d.streets.map((s) => [s.name, s.applications, s.personTimes]),
          ['合计', sum(d.streets.map((s) => s.applications)), sum(d.streets.map((s) => s.personTimes))],
        ],
      },
    },
    {
      key: 'durations',
      title: '受理和办结用时中位数（小时，逐月）',
      chart: {
        kind: 'line',
        categories: axis,
        series: [
          { name: '受理用时', values: months.map((m) => m.medianAcceptHours) },
          { name: '办结用时', values: months.map((m) => m.medianResolveHours) },
        ],
      },
      table: {
        headers: ['月份', '受理用时（小时）', '办结用时（小时）'],
        rows: months.map((m) => [monthLabel(m.month), orDash(m.medianAcceptHours), orDash(m.medianResolveHours)]),
      },
    },
    {
      key: 'compliance',
      title: `按时受理（${monthLabel(last.month)}，按紧急程度）`,
      chart: {
        kind: 'bar',
        categories: last.compliance.map((c) => URGENCY_LABELS[c.urgency]),
        series: [
          { name: '受理件数', values: last.compliance.map((c) => c.accepted) },
          { name: '按时受理', values: last.compliance.map((c) => c.onTime) },
        ],
      },
      table: {
        headers: ['紧急程度', '受理件数', '按时受理', '达标率'],
        rows: last.compliance.map((c) => [URGENCY_LABELS[c.urgency], c.accepted, c.onTime, rate(c.onTime, c.accepted)]),
      },
    },
    {
      key: 'escalations',
      title: '升级和未分类（逐月）',
      chart: {
        kind: 'bar',
        categories: axis,
        series: [
          { name: '升级次数', values: months.map((m) => m.escalations) },
          { name: '未分类件数', values: months.map((m) => m.unclassified) },
        ],
      },
      table: {
        headers: ['月份', '升级次数', '未分类件数', '未分类占比'],
        rows: months.map((m) => [
          monthLabel(m.month),
          m.escalations,
          m.unclassified,
          rate(m.unclassified, m.applications),
        ]),
      },
    },
    reachFigure(d, last.month),
  ];
}

/** 宣传码触达: per community with codes, what came from them in the last month (streets in official order). */
function reachFigure(d: TDashboard, month: string): FigureData {
  const r = d.reach;
  const scanned = sum(r.map((x) => x.visits + x.selfChecks + x.applications));
  return {
    key: 'reach',
    title: `宣传码触达（${monthLabel(month)}）`,
    chart: {
      kind: 'bar',
      horizontal: true,
      categories: r.map((x) => x.community.name),
      series: [
        { name: '扫码次数', values: r.map((x) => x.visits) },
        { name: '自查次数', values: r.map((x) => x.selfChecks) },
        { name: '申请件数', values: r.map((x) => x.applications) },
      ],
    },
    table: {
      headers: ['村社', '扫码次数', '自查次数', '申请件数', '宣传码个数', '所属镇街'],
      rows: [
        ...r.map((x) => [x.community.name, x.visits, x.selfChecks, x.applications, x.codes, x.street.name]),
        [
          '合计',
          sum(r.map((x) => x.visits)),
          sum(r.map((x) => x.selfChecks)),
          sum(r.map((x) => x.applications)),
          sum(r.map((x) => x.codes)),
          '',
        ],
      ],
    },
    ...(scanned ? {} : { empty: '这个月还没有人扫宣传码。' }),
  };
}
