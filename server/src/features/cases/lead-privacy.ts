/**
 * Neighbour leads (channel 'referral', issue 10.7): until the subject's consent is recorded (`cases.recordConsent`),
 * only the assigned unit — staff of the point the lead sits at, and its assignee — sees the lead's details (name,
 * address, observed text). Everyone else in scope (the station, the hub, a department) sees that it exists, where
 * (street/community) and its deadline: the same shapes with `detailsWithheld: true` (shared/schemas/cases.ts).
 */
import {
  LEAD_WITHHELD_TEXT,
  type TCaseQueueItem,
  type TOfficerCaseView,
  type TStaffCaseDetail,
} from '../../../../shared/schemas/cases';
import type { Principal } from '../auth/principal';
import { EMPTY_SUGGESTIONS } from '../../../../shared/schemas/matching';

const POINT_ROLES = new Set(['point_staff', 'station_staff', 'hub_staff']);

/** The caller works at the point the case sits at, or is its assignee. */
export function isAssignedUnit(
  principal: Principal,
  app: { servicePointId: string | null; assigneeUserId: string | null },
): boolean {
  if (app.assigneeUserId === principal.userId) return true;
  return (
    !!app.servicePointId &&
    principal.row.memberships.some((m) => POINT_ROLES.has(m.role) && m.pointId === app.servicePointId)
  );
}

/** True when the caller must see the redacted form: a lead still pending consent, outside its assigned unit. */
export function detailsWithheld(
  principal: Principal,
  row: { leadPending: boolean; app: { servicePointId: string | null; assigneeUserId: string | null } },
): boolean {
  return row.leadPending && !isAssignedUnit(principal, row.app);
}

export function redactQueueItem(item: TCaseQueueItem): TCaseQueueItem {
  return { ...item, subjectName: LEAD_WITHHELD_TEXT, detailsWithheld: true };
}

/** Existence, place, status and deadline stay; name, address, observed text, contact, notes and files go. */
export function redactStaffDetail(d: TStaffCaseDetail): TStaffCaseDetail {
  return {
    ...d,
    subjectName: LEAD_WITHHELD_TEXT,
    address: LEAD_WITHHELD_TEXT,
    description: LEAD_WITHHELD_TEXT,
    idNumberMasked: null,
    phoneMasked: null,
    relationship: null,
    applicant: null,
    referrals: d.referrals.map((r) => ({ ...r, note: '' })),
    timeline: d.timeline.map((e) => ({ ...e, note: null, data: {} })),
    attachments: [],
    detailsWithheld: true,
    suggestions: EMPTY_SUGGESTIONS,
  };
}

export function redactOfficerView(v: TOfficerCaseView): TOfficerCaseView {
  const out: TOfficerCaseView = {
    ...v,
    subjectName: LEAD_WITHHELD_TEXT,
    description: LEAD_WITHHELD_TEXT,
    detailsWithheld: true,
    suggestions: EMPTY_SUGGESTIONS,
  };
  if (out.address !== undefined) out.address = LEAD_WITHHELD_TEXT;
  if (out.idNumberMasked !== undefined) out.idNumberMasked = null;
  if (out.ageYears !== undefined) out.ageYears = null;
  return out;
}
