import type { policiesEndpoints } from '../../../../shared/api/endpoints-policies';
import type { RouteDef } from '../../middleware/endpoint';

type Names = keyof typeof policiesEndpoints;

export const policiesRoutes: { [N in Names]: RouteDef<N> } = {};
