/**
 * 您可能还可以申请 (issue 11): `applications.suggestions` for the applicant or subject of their own application, and the
 * ranked list in the staff case detail and, limited to their department, in a department officer's view.
 */
import { ZOfficerCaseView, ZStaffCaseDetail } from '../../shared/schemas/cases';
import { ZSuggestions } from '../../shared/schemas/matching';
import { buildApplication, makeIdNumber } from './support/applications';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { referralBody, selfBody, submit } from './support/intake';

const t = useTestApp();
type Session = Awaited<ReturnType<typeof buildSession>>;
let resident: Session;
let stranger: Session;

beforeAll(async () => {
  resident = await buildSession(t);
  stranger = await buildSession(t);
});

const suggestions = (id: unknown, s?: Session) => post(t, 'applications.suggestions', { id }, s?.accessToken);

async function ownApplication(over: Record<string, unknown> = {}): Promise<string> {
  const res = await submit(t, resident.accessToken, selfBody(over));
  expect(res.status).toBe(200);
  return res.body.data.id;
}

describe('applications.suggestions', () => {
  it('401 without a session', async () => {
    const id = await ownApplication();
    expect((await suggestions(id)).status).toBe(401);
  });

  it('400 names the field', async () => {
    const res = await suggestions('not-a-uuid', resident);
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe('id');
  });

  it('404 for someone else’s application and for the neighbour who reported a lead', async () => {
    const id = await ownApplication();
    expect((await suggestions(id, stranger)).status).toBe(404);
    const lead = await submit(t, resident.accessToken, referralBody());
    expect(lead.status).toBe(200);
    expect((await suggestions(lead.body.data.id, resident)).status).toBe(404);
  });

  it('a 76-year-old on basic living in 翠苑一区 gets 低保 among the first policies, and services that cover 翠苑', async () => {
    const id = await ownApplication({ categories: ['basic_living', 'elderly_care'], targetGroup: 'unknown' });
    const res = await suggestions(id, resident);
    expect(res.status).toBe(200);
    const data = ZSuggestions.parse(res.body.data);
    expect(data.policies.length).toBeGreaterThan(0);
    expect(data.policies.length).toBeLessThanOrEqual(5);
    // the basic-living cash programmes come first (特困 and 低保 for an older person on her own means)
    expect(data.policies.slice(0, 2).map((p) => p.slug)).toContain('minimum-living-allowance');
    expect(data.policies[0]!.reasons.length).toBeGreaterThan(0);
    expect(data.policies.map((p) => p.slug)).not.toContain('women-children-care');
    for (const s of [...data.policies, ...data.services]) {
      expect(s.reasons.length).toBeGreaterThan(0);
      expect(s.howToApply.length).toBeGreaterThan(0);
    }
    const reasons = data.services.flatMap((s) => s.reasons);
    expect(reasons.some((r) => /^您住在翠苑/.test(r))).toBe(true);
    // services of other streets never show
    expect(data.services.map((s) => s.slug)).not.toContain('gudang-elderly-visits');
  });
});

describe('case detail', () => {
  const ID = makeIdNumber('19500101', '122'); // a woman born 1950
  let caseId = '';
  let staff: Session;

  beforeAll(async () => {
    staff = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005055' }] });
    caseId = (await buildApplication(t, { idNumber: ID, status: 'accepted' })).id;
  });

  it('staff see the ranked list with reasons', async () => {
    const res = await post(t, 'cases.get', { id: caseId }, staff.accessToken);
    expect(res.status).toBe(200);
    const detail = ZStaffCaseDetail.parse(res.body.data);
    const slugs = detail.suggestions.policies.map((p) => p.slug);
    expect(slugs).toContain('minimum-living-allowance');
    expect(slugs).toContain('medical-assistance');
    expect(detail.suggestions.services.length).toBeGreaterThan(0);
    expect(JSON.stringify(detail.suggestions)).not.toContain(ID);
  });

  it('a department officer sees only what their department offers', async () => {
    const detail = ZStaffCaseDetail.parse((await post(t, 'cases.get', { id: caseId }, staff.accessToken)).body.data);
    const refer = await post(
      t,
      'cases.referDepartment',
      { id: caseId, expectedVersion: detail.version, departmentCode: 'medical_security', note: '请协助办理医疗救助' },
      staff.accessToken,
    );
    expect(refer.status).toBe(200);
    const officer = await buildSession(t, {
      memberships: [{ role: 'dept_officer', departmentCode: 'medical_security' }],
    });
    const res = await post(t, 'cases.get', { id: caseId }, officer.accessToken);
    expect(res.status).toBe(200);
    const view = ZOfficerCaseView.parse(res.body.data);
    const all = [...view.suggestions.policies, ...view.suggestions.services];
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) expect(s.department?.name).toBe('区医疗保障局');
  });
});
