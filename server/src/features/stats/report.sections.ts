/**
 * The monthly report for the joint meeting (联席会议) as sections of rows: one sheet each in the XLSX, one block
 * each in the CSV. Built only from the dashboard's and the demand list's answers, so the figures are the same.
 */
import { CHANNEL_LABELS, URGENCY_LABELS } from '../../../../shared/domain/categories';
import type { TDashboard, TDemandList } from '../../../../shared/schemas/stats';

export type Cell = string | number;
export type ReportSection = { sheet: string; headers: string[]; rows: Cell[][]; total: Cell[] | null };

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const rate = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 1000) / 10}%` : '—');
const orDash = (n: number | null) => (n === null ? '—' : n);

export function reportSections(
  dash: TDashboard,
  demand: { targetGroup: TDemandList; needTier: TDemandList; category: TDemandList },
): ReportSection[] {
  const m = dash.months[dash.months.length - 1]!;
  const accepted = sum(m.compliance.map((c) => c.accepted));
  const onTime = sum(m.compliance.map((c) => c.onTime));
  const demandSection = (sheet: string, list: TDemandList): ReportSection => ({
    sheet,
    headers: [sheet, '人数', '在办件数', '办结件数'],
    rows: list.rows.map((r) => [r.label, r.people, r.open, r.closed]),
    total: ['合计', list.totals.people, list.totals.open, list.totals.closed],
  });
  return [
    {
      sheet: '月度概况',
      headers: ['指标', '数值'],
      rows: [
        ['统计范围', dash.scopeLabel],
        ['月份', m.month],
        ['服务人次', m.personTimes],
        ['帮助人数', m.peopleHelped],
        ['申请件数', m.applications],
        ['受理用时中位数（小时）', orDash(m.medianAcceptHours)],
        ['办结用时中位数（小时）', orDash(m.medianResolveHours)],
        ['按时受理率', rate(onTime, accepted)],
        ['升级次数', m.escalations],
        ['未分类件数', m.unclassified],
        ['未分类占比', rate(m.unclassified, m.applications)],
      ],
      total: null,
    },
    {
      sheet: '申请渠道',
      headers: ['渠道', '申请件数'],
      rows: m.byChannel.map((c) => [CHANNEL_LABELS[c.channel], c.count]),
      total: ['合计', sum(m.byChannel.map((c) => c.count))],
    },
    {
      sheet: '镇街',
      headers: ['镇街', '申请件数', '服务人次'],
      rows: dash.streets.map((s) => [s.name, s.applications, s.personTimes]),
      total: ['合计', sum(dash.streets.map((s) => s.applications)), sum(dash.streets.map((s) => s.personTimes))],
    },
    {
      sheet: '时限达标',
      headers: ['紧急程度', '受理件数', '按时受理件数', '达标率'],
      rows: m.compliance.map((c) => [URGENCY_LABELS[c.urgency], c.accepted, c.onTime, rate(c.onTime, c.accepted)]),
      total: ['合计', accepted, onTime, rate(onTime, accepted)],
    },
    {
      sheet: '宣传触达',
      headers: ['镇街', '村社', '宣传码个数', '扫码次数', '自查次数', '申请件数'],
      rows: dash.reach.map((r) => [r.street.name, r.community.name, r.codes, r.visits, r.selfChecks, r.applications]),
      total: [
        '合计',
        '',
        sum(dash.reach.map((r) => r.codes)),
        sum(dash.reach.map((r) => r.visits)),
        sum(dash.reach.map((r) => r.selfChecks)),
        sum(dash.reach.map((r) => r.applications)),
      ],
    },
    demandSection('救助对象', demand.targetGroup),
    demandSection('需求层次', demand.needTier),
    demandSection('困难类别', demand.category),
    {
      sheet: '逐月趋势',
      headers: ['月份', '服务人次', '帮助人数', '申请件数', '升级次数', '未分类件数'],
      rows: dash.months.map((x) => [
        x.month,
        x.personTimes,
        x.peopleHelped,
        x.applications,
        x.escalations,
        x.unclassified,
      ]),
      total: null,
    },
  ];
}
