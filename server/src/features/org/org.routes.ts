/** Handlers of the organisation: divisions, service points (detail, near me, admin edits), departments. */
import type { orgEndpoints } from '../../../../shared/api/endpoints-org';
import type { RouteDef } from '../../middleware/endpoint';
import * as org from './org.service';
import * as pointsAdmin from './points-admin.service';
import * as points from './points.service';
import { contactFor } from './contact.service';
import { pointCompleteness } from './points-completeness.service';
import { importPoints } from './points-import.service';
import * as pointsSelf from './points-self.service';
import { readDb } from '../../db/read-routing';

type Names = keyof typeof orgEndpoints;

export const orgRoutes: { [N in Names]: RouteDef<N> } = {
  'org.overview': { handler: ({ deps }) => org.getDistrictOverview(readDb(deps)) },
  'divisions.list': { handler: ({ deps, input }) => org.listDivisions(readDb(deps), input.parentCode) },
  'servicePoints.list': { handler: ({ deps, input }) => org.listServicePoints(readDb(deps), input) },
  'servicePoints.get': { handler: ({ deps, input }) => points.getServicePoint(deps, input.id) },
  'servicePoints.near': { handler: ({ deps, input }) => points.nearServicePoints(deps, input) },
  'servicePoints.contact': { handler: ({ deps, input }) => contactFor(readDb(deps), input.id) },
  'departments.list': { handler: ({ deps }) => org.listDepartments(readDb(deps)) },

  'admin.servicePoints.update': {
    handler: ({ deps, input, principal }) => pointsAdmin.updateServicePoint(deps, principal.userId, input),
  },
  'org.points.mine': { handler: ({ deps, principal }) => pointsSelf.listMyPoints(deps, principal) },
  'org.points.update': { handler: ({ deps, input, principal }) => pointsSelf.updateOwnPoint(deps, principal, input) },
  'admin.points.import': { handler: ({ deps, input, principal }) => importPoints(deps, principal.userId, input) },
  'admin.points.completeness': { handler: ({ deps, input, principal }) => pointCompleteness(deps, principal, input) },
};
