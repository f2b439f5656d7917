import type { mediaEndpoints } from '../../../../shared/api/endpoints-media';
import type { RouteDef } from '../../middleware/endpoint';

type Names = keyof typeof mediaEndpoints;

export const mediaRoutes: { [N in Names]: RouteDef<N> } = {};
