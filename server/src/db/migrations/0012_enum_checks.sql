-- The database refuses values outside the shared enums that the schema's columns are typed with
-- (server/src/db/checks.ts spells each list from shared/domain or shared/schemas). NULL still passes.
ALTER TABLE "invites" ADD CONSTRAINT "invites_role_chk" CHECK ("invites"."role" in ('point_staff','station_staff','hub_staff','dept_officer','admin'));--> statement-breakpoint
ALTER TABLE "policies" ADD CONSTRAINT "policies_need_tiers_chk" CHECK ("policies"."need_tiers" <@ array['survival','care','development']::text[]);--> statement-breakpoint
ALTER TABLE "policies" ADD CONSTRAINT "policies_target_groups_chk" CHECK ("policies"."target_groups" <@ array['dibao','dibian','tekun','emergency','medical','education','housing','employment']::text[]);--> statement-breakpoint
ALTER TABLE "providers" ADD CONSTRAINT "providers_kind_chk" CHECK ("providers"."kind" in ('department','social_org','social_work_station','volunteer_team','enterprise'));--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_need_tier_chk" CHECK ("services"."need_tier" in ('survival','care','development'));--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_delivery_chk" CHECK ("services"."delivery" in ('material','service','development'));--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_target_groups_chk" CHECK ("services"."target_groups" <@ array['dibao','dibian','tekun','emergency','medical','education','housing','employment']::text[]);--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_need_tiers_chk" CHECK ("stories"."need_tiers" <@ array['survival','care','development']::text[]);--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_target_groups_chk" CHECK ("stories"."target_groups" <@ array['dibao','dibian','tekun','emergency','medical','education','housing','employment']::text[]);--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_type_chk" CHECK ("application_events"."type" in ('submitted','accept','contact','visit','askInfo','provideInfo','referDepartment','transfer','escalate','resolve','close','reopen','withdraw','referralResponse'));--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_status_from_chk" CHECK ("application_events"."status_from" in ('submitted','accepted','in_progress','needs_info','escalated','resolved','closed','withdrawn'));--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_status_to_chk" CHECK ("application_events"."status_to" in ('submitted','accepted','in_progress','needs_info','escalated','resolved','closed','withdrawn'));--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_need_tier_chk" CHECK ("applications"."need_tier" in ('survival','care','development'));--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_target_group_chk" CHECK ("applications"."target_group" in ('dibao','dibian','tekun','emergency','medical','education','housing','employment'));--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_relationship_chk" CHECK ("applications"."relationship" in ('spouse','child','parent','sibling','grandchild','grandparent','other_relative','guardian'));--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_categories_chk" CHECK ("applications"."categories" <@ array['basic_living','medical','education','housing','employment','elderly_care','disability','children','disaster','legal','other']::text[]);--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_outcome_chk" CHECK ("applications"."outcome" in ('helped','partly_helped','not_eligible'));--> statement-breakpoint
ALTER TABLE "department_referrals" ADD CONSTRAINT "department_referrals_status_chk" CHECK ("department_referrals"."status" in ('open','accepted','done'));
