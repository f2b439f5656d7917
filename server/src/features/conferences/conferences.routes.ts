/** Thin routes of conferences, follow-up tasks and joint meetings: the endpoint map did auth and input parsing. */
import type { EndpointName } from '../../../../shared/api/endpoints';
import type { RouteDef } from '../../middleware/endpoint';
import { addConferenceTask, recordDecision } from './conference-record.service';
import { createConference, getConference, listConferences } from './conferences.service';
import * as meetings from './meetings.service';
import { completeTask, listMine } from './tasks.service';

type Name = Extract<EndpointName, `conferences.${string}` | `tasks.${string}` | `meetings.${string}`>;

export const conferencesRoutes: { [N in Name]: RouteDef<N> } = {
  'conferences.create': { handler: ({ deps, principal, input }) => createConference(deps, principal, input) },
  'conferences.list': { handler: ({ deps, principal }) => listConferences(deps, principal) },
  'conferences.get': { handler: ({ deps, principal, input }) => getConference(deps, principal, input.id) },
  'conferences.decide': { handler: ({ deps, principal, input }) => recordDecision(deps, principal, input) },
  'conferences.addTask': { handler: ({ deps, principal, input }) => addConferenceTask(deps, principal, input) },
  'tasks.mine': { handler: ({ deps, principal }) => listMine(deps, principal) },
  'tasks.done': { handler: ({ deps, principal, input }) => completeTask(deps, principal, input) },
  'meetings.proposal': {
    handler: ({ deps, principal, input }) => meetings.proposeAgenda(deps, principal, input.month),
  },
  'meetings.create': { handler: ({ deps, principal, input }) => meetings.createMeeting(deps, principal, input) },
  'meetings.list': { handler: ({ deps, principal }) => meetings.listMeetings(deps, principal) },
  'meetings.get': { handler: ({ deps, principal, input }) => meetings.getMeeting(deps, principal, input.id) },
  'meetings.addDecision': {
    handler: ({ deps, principal, input }) => meetings.addMeetingDecision(deps, principal, input),
  },
  'meetings.addAction': { handler: ({ deps, principal, input }) => meetings.addMeetingAction(deps, principal, input) },
};
