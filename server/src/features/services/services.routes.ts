/** Handlers of providers (力量清单) and services (服务清单); thin: service verbs do the work. */
import type { servicesEndpoints } from '../../../../shared/api/endpoints-services';
import type { Deps } from '../../deps';
import { contentChanged } from '../../lib/content-events';
import type { RouteDef } from '../../middleware/endpoint';
import { setContentStatus } from '../content/content.service';
import * as svcAdmin from './services-admin.service';
import * as svc from './services.service';

type Names = keyof typeof servicesEndpoints;

export const servicesRoutes: { [N in Names]: RouteDef<N> } = {
  'providers.list': { handler: ({ deps, input }) => svc.listProviders(deps, input) },
  'providers.get': { handler: ({ deps, input }) => svc.getProvider(deps, input.slug) },
  'services.list': { handler: ({ deps, input }) => svc.listServices(deps, input) },
  'services.get': { handler: ({ deps, input }) => svc.getService(deps, input.slug) },

  'admin.providers.list': { handler: ({ deps, input }) => svcAdmin.listAllProviders(deps, input.status) },
  'admin.providers.create': {
    handler: ({ deps, input, principal }) => changed(deps, svcAdmin.createProvider(deps, principal.userId, input)),
  },
  'admin.providers.update': {
    handler: ({ deps, input, principal }) => changed(deps, svcAdmin.updateProvider(deps, principal.userId, input)),
  },
  'admin.providers.setStatus': {
    handler: ({ deps, input, principal }) =>
      changed(deps, setContentStatus(deps, principal.userId, 'providers', input.slug, input.status)),
  },
  'admin.services.list': { handler: ({ deps, input }) => svcAdmin.listAllServices(deps, input.status) },
  'admin.services.create': {
    handler: ({ deps, input, principal }) => changed(deps, svcAdmin.createService(deps, principal.userId, input)),
  },
  'admin.services.update': {
    handler: ({ deps, input, principal }) => changed(deps, svcAdmin.updateService(deps, principal.userId, input)),
  },
  'admin.services.setStatus': {
    handler: ({ deps, input, principal }) =>
      changed(deps, setContentStatus(deps, principal.userId, 'services', input.slug, input.status)),
  },
};

/** Admin writes change what matching reads: this process drops its cached catalog once the write committed. */
async function changed<T>(deps: Deps, write: Promise<T>): Promise<T> {
  const result = await write;
  contentChanged(deps.db);
  return result;
}
