/** Handlers of the media area (livestreams, stories, providers, services, service points); thin: service verbs do the work. */
import type { mediaEndpoints } from '../../../../shared/api/endpoints-media';
import type { RouteDef } from '../../middleware/endpoint';
import { setContentStatus } from './content.service';
import * as liveAdmin from './livestreams.admin';
import * as live from './livestreams.service';
import * as points from './points.service';
import * as svcAdmin from './services.admin';
import * as svc from './services.service';
import * as stories from './stories.service';

type Names = keyof typeof mediaEndpoints;

/** Views are counted per client IP: 30 a minute is plenty for a person, useless for inflating counts. */
const viewLimit = () => ({ name: 'live-view', limit: 30, windowMs: 60_000 });

export const mediaRoutes: { [N in Names]: RouteDef<N> } = {
  'livestreams.list': { handler: ({ deps, input }) => live.listLivestreams(deps, input) },
  'livestreams.get': { handler: ({ deps, input }) => live.getLivestream(deps, input.slug) },
  'livestreams.view': { rateLimit: viewLimit, handler: ({ deps, input }) => live.countView(deps, input.slug) },
  'livestreams.remind': { handler: ({ deps, input, principal }) => live.remind(deps, principal.userId, input.slug) },
  'livestreams.cancelReminder': { handler: ({ deps, input, principal }) => live.cancelReminder(deps, principal.userId, input.slug) },
  'stories.list': { handler: ({ deps, input }) => stories.listStories(deps, input) },
  'stories.get': { handler: ({ deps, input }) => stories.getStory(deps, input.slug) },
  'providers.list': { handler: ({ deps, input }) => svc.listProviders(deps, input.kind) },
  'services.list': { handler: ({ deps, input }) => svc.listServices(deps, input) },
  'services.get': { handler: ({ deps, input }) => svc.getService(deps, input.slug) },
  'servicePoints.get': { handler: ({ deps, input }) => points.getServicePoint(deps, input.id) },
  'servicePoints.near': { handler: ({ deps, input }) => points.nearServicePoints(deps, input) },

  'livestreams.adminList': { handler: ({ deps, input }) => liveAdmin.listAllLivestreams(deps, input.status) },
  'livestreams.create': { handler: ({ deps, input, principal }) => liveAdmin.createLivestream(deps, principal.userId, input) },
  'livestreams.update': { handler: ({ deps, input, principal }) => liveAdmin.updateLivestream(deps, principal.userId, input) },
  'livestreams.setStatus': { handler: ({ deps, input, principal }) => setContentStatus(deps, principal.userId, 'livestreams', input.slug, input.status) },
  'stories.adminList': { handler: ({ deps, input }) => stories.listAllStories(deps, input.status) },
  'stories.create': { handler: ({ deps, input, principal }) => stories.createStory(deps, principal.userId, input) },
  'stories.update': { handler: ({ deps, input, principal }) => stories.updateStory(deps, principal.userId, input) },
  'stories.setStatus': { handler: ({ deps, input, principal }) => setContentStatus(deps, principal.userId, 'stories', input.slug, input.status) },
  'providers.adminList': { handler: ({ deps, input }) => svcAdmin.listAllProviders(deps, input.status) },
  'providers.create': { handler: ({ deps, input, principal }) => svcAdmin.createProvider(deps, principal.userId, input) },
  'providers.update': { handler: ({ deps, input, principal }) => svcAdmin.updateProvider(deps, principal.userId, input) },
  'providers.setStatus': { handler: ({ deps, input, principal }) => setContentStatus(deps, principal.userId, 'providers', input.slug, input.status) },
  'services.adminList': { handler: ({ deps, input }) => svcAdmin.listAllServices(deps, input.status) },
  'services.create': { handler: ({ deps, input, principal }) => svcAdmin.createService(deps, principal.userId, input) },
  'services.update': { handler: ({ deps, input, principal }) => svcAdmin.updateService(deps, principal.userId, input) },
  'services.setStatus': { handler: ({ deps, input, principal }) => setContentStatus(deps, principal.userId, 'services', input.slug, input.status) },
  'servicePoints.update': { handler: ({ deps, input, principal }) => points.updateServicePoint(deps, principal.userId, input) },
};
