/** Thin routes of service orders (服务单): the endpoint map did auth and input parsing; services hold the rules. */
import type { EndpointName } from '../../../../shared/api/endpoints';
import type { RouteDef } from '../../middleware/endpoint';
import { acceptOrder, cancelOrder, declineOrder, deliverOrder } from './orders-actions.service';
import { createOrder, getOrder, listOrders, listServiceOptions } from './orders.service';

type OrderEndpoint = Extract<EndpointName, `orders.${string}`>;

export const ordersRoutes: { [N in OrderEndpoint]: RouteDef<N> } = {
  'orders.create': { handler: ({ deps, principal, input }) => createOrder(deps, principal, input) },
  'orders.serviceOptions': { handler: ({ deps }) => listServiceOptions(deps) },
  'orders.list': { handler: ({ deps, principal, input }) => listOrders(deps, principal, input) },
  'orders.get': { handler: ({ deps, principal, input }) => getOrder(deps, principal, input.id) },
  'orders.accept': { handler: ({ deps, principal, input }) => acceptOrder(deps, principal, input.id) },
  'orders.decline': { handler: ({ deps, principal, input }) => declineOrder(deps, principal, input.id, input.reason) },
  'orders.cancel': { handler: ({ deps, principal, input }) => cancelOrder(deps, principal, input.id, input.reason) },
  'orders.deliver': {
    handler: ({ deps, principal, input }) => deliverOrder(deps, principal, input.id, input.deliveries),
  },
};
