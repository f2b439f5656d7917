/** Handlers of content (livestreams, stories); thin: service verbs do the work. */
import type { contentEndpoints } from '../../../../shared/api/endpoints-content';
import type { RouteDef } from '../../middleware/endpoint';
import { setContentStatus } from './content.service';
import * as liveAdmin from './livestreams-admin.service';
import * as live from './livestreams.service';
import * as storiesAdmin from './stories-admin.service';
import * as stories from './stories.service';

type Names = keyof typeof contentEndpoints;

/** Views are counted per client IP: 30 a minute is plenty for a person, useless for inflating counts. */
const viewLimit = () => ({ name: 'live-view', limit: 30, windowMs: 60_000 });

export const contentRoutes: { [N in Names]: RouteDef<N> } = {
  'livestreams.list': { handler: ({ deps, input }) => live.listLivestreams(deps, input) },
  'livestreams.get': { handler: ({ deps, input }) => live.getLivestream(deps, input.slug) },
  'livestreams.view': { rateLimit: viewLimit, handler: ({ deps, input }) => live.countView(deps, input.slug) },
  'livestreams.remind': { handler: ({ deps, input, principal }) => live.remind(deps, principal.userId, input.slug) },
  'livestreams.cancelReminder': {
    handler: ({ deps, input, principal }) => live.cancelReminder(deps, principal.userId, input.slug),
  },
  'stories.list': { handler: ({ deps, input }) => stories.listStories(deps, input) },
  'stories.get': { handler: ({ deps, input }) => stories.getStory(deps, input.slug) },

  'admin.livestreams.list': { handler: ({ deps, input }) => liveAdmin.listAllLivestreams(deps, input.status) },
  'admin.livestreams.create': {
    handler: ({ deps, input, principal }) => liveAdmin.createLivestream(deps, principal.userId, input),
  },
  'admin.livestreams.update': {
    handler: ({ deps, input, principal }) => liveAdmin.updateLivestream(deps, principal.userId, input),
  },
  'admin.livestreams.setStatus': {
    handler: ({ deps, input, principal }) =>
      setContentStatus(deps, principal.userId, 'livestreams', input.slug, input.status),
  },
  'admin.stories.list': { handler: ({ deps, input }) => storiesAdmin.listAllStories(deps, input.status) },
  'admin.stories.create': {
    handler: ({ deps, input, principal }) => storiesAdmin.createStory(deps, principal.userId, input),
  },
  'admin.stories.update': {
    handler: ({ deps, input, principal }) => storiesAdmin.updateStory(deps, principal.userId, input),
  },
  'admin.stories.setStatus': {
    handler: ({ deps, input, principal }) =>
      setContentStatus(deps, principal.userId, 'stories', input.slug, input.status),
  },
};
