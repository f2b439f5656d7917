/** Thin routes of the district statistics: the endpoint map did auth and input parsing; services hold the rules. */
import type { EndpointName } from '../../../../shared/api/endpoints';
import type { RouteDef } from '../../middleware/endpoint';
import { dashboard } from './dashboard.service';
import { monthlyReport } from './report.service';
import { demandCases, demandList } from './stats.service';

type StatsEndpoint = Extract<EndpointName, `stats.${string}`>;

export const statsRoutes: { [N in StatsEndpoint]: RouteDef<N> } = {
  'stats.demand': { handler: ({ deps, principal, input }) => demandList(deps, principal, input) },
  'stats.demandCases': { handler: ({ deps, principal, input }) => demandCases(deps, principal, input) },
  'stats.dashboard': { handler: ({ deps, principal, input }) => dashboard(deps, principal, input) },
  'stats.monthlyReport': { handler: ({ deps, principal, input }) => monthlyReport(deps, principal, input) },
};
