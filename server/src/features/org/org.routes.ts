import type { RouteDef } from '../../middleware/endpoint';
import * as org from './org.service';

export const orgRoutes: {
  'org.overview': RouteDef<'org.overview'>;
  'divisions.list': RouteDef<'divisions.list'>;
  'servicePoints.list': RouteDef<'servicePoints.list'>;
  'departments.list': RouteDef<'departments.list'>;
} = {
  'org.overview': { handler: ({ deps }) => org.getDistrictOverview(deps.db) },
  'divisions.list': { handler: ({ deps, input }) => org.listDivisions(deps.db, input.parentCode) },
  'servicePoints.list': { handler: ({ deps, input }) => org.listServicePoints(deps.db, input) },
  'departments.list': { handler: ({ deps }) => org.listDepartments(deps.db) },
};
