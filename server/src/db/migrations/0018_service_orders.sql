CREATE TABLE "service_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"cash_fen" integer,
	"goods" text,
	"quantity" integer,
	"visits" integer,
	"hours" numeric(6, 1),
	"development_type" text,
	"note" text,
	"delivered_on" date NOT NULL,
	"delivered_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_deliveries_kind_chk" CHECK ("service_deliveries"."kind" in ('material','service','development')),
	CONSTRAINT "service_deliveries_development_type_chk" CHECK ("service_deliveries"."development_type" in ('training','job_referral','placement')),
	CONSTRAINT "service_deliveries_fields_chk" CHECK (("service_deliveries"."kind" = 'material' and "service_deliveries"."visits" is null and "service_deliveries"."hours" is null and "service_deliveries"."development_type" is null
            and (("service_deliveries"."cash_fen" > 0 and "service_deliveries"."goods" is null and "service_deliveries"."quantity" is null)
              or ("service_deliveries"."cash_fen" is null and "service_deliveries"."goods" is not null and ("service_deliveries"."quantity" is null or "service_deliveries"."quantity" > 0))))
       or ("service_deliveries"."kind" = 'service' and "service_deliveries"."cash_fen" is null and "service_deliveries"."goods" is null and "service_deliveries"."quantity" is null
            and "service_deliveries"."development_type" is null and ("service_deliveries"."visits" > 0 or "service_deliveries"."hours" > 0))
       or ("service_deliveries"."kind" = 'development' and "service_deliveries"."cash_fen" is null and "service_deliveries"."goods" is null and "service_deliveries"."quantity" is null
            and "service_deliveries"."visits" is null and "service_deliveries"."hours" is null and "service_deliveries"."development_type" is not null))
);
--> statement-breakpoint
CREATE TABLE "service_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"receiver_kind" text NOT NULL,
	"receiver_provider_id" uuid,
	"receiver_department_id" uuid,
	"receiver_point_id" uuid,
	"what" text NOT NULL,
	"notes" text,
	"due_on" date,
	"status" text DEFAULT 'created' NOT NULL,
	"decline_reason" text,
	"holds_place" boolean DEFAULT false NOT NULL,
	"created_by" uuid NOT NULL,
	"responded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_at" timestamp with time zone,
	"declined_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "service_orders_status_chk" CHECK ("service_orders"."status" in ('created','accepted','declined','delivered','cancelled')),
	CONSTRAINT "service_orders_receiver_kind_chk" CHECK ("service_orders"."receiver_kind" in ('provider','department','point')),
	CONSTRAINT "service_orders_receiver_chk" CHECK (("service_orders"."receiver_kind" = 'provider') = ("service_orders"."receiver_provider_id" is not null)
       and ("service_orders"."receiver_kind" = 'department') = ("service_orders"."receiver_department_id" is not null)
       and ("service_orders"."receiver_kind" = 'point') = ("service_orders"."receiver_point_id" is not null)),
	CONSTRAINT "service_orders_decline_reason_chk" CHECK (("service_orders"."status" = 'declined') = ("service_orders"."decline_reason" is not null))
);
--> statement-breakpoint
ALTER TABLE "invites" DROP CONSTRAINT "invites_role_chk";--> statement-breakpoint
ALTER TABLE "memberships" DROP CONSTRAINT "memberships_role_chk";--> statement-breakpoint
ALTER TABLE "memberships" DROP CONSTRAINT "memberships_scope_chk";--> statement-breakpoint
ALTER TABLE "application_events" DROP CONSTRAINT "application_events_type_chk";--> statement-breakpoint
DROP INDEX "memberships_active_uq";--> statement-breakpoint
ALTER TABLE "invites" ADD COLUMN "provider_id" uuid;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "provider_id" uuid;--> statement-breakpoint
ALTER TABLE "providers" ADD COLUMN "open_places" integer;--> statement-breakpoint
ALTER TABLE "service_deliveries" ADD CONSTRAINT "service_deliveries_order_id_service_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."service_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_deliveries" ADD CONSTRAINT "service_deliveries_delivered_by_users_id_fk" FOREIGN KEY ("delivered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_receiver_provider_id_providers_id_fk" FOREIGN KEY ("receiver_provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_receiver_department_id_departments_id_fk" FOREIGN KEY ("receiver_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_receiver_point_id_service_points_id_fk" FOREIGN KEY ("receiver_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_responded_by_users_id_fk" FOREIGN KEY ("responded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_deliveries_order_idx" ON "service_deliveries" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "service_deliveries_on_idx" ON "service_deliveries" USING btree ("delivered_on");--> statement-breakpoint
CREATE INDEX "service_orders_application_idx" ON "service_orders" USING btree ("application_id","created_at");--> statement-breakpoint
CREATE INDEX "service_orders_provider_idx" ON "service_orders" USING btree ("receiver_provider_id","status","created_at");--> statement-breakpoint
CREATE INDEX "service_orders_department_idx" ON "service_orders" USING btree ("receiver_department_id","status","created_at");--> statement-breakpoint
CREATE INDEX "service_orders_point_idx" ON "service_orders" USING btree ("receiver_point_id","status","created_at");--> statement-breakpoint
CREATE INDEX "service_orders_creator_idx" ON "service_orders" USING btree ("created_by","created_at");--> statement-breakpoint
ALTER TABLE "invites" ADD CONSTRAINT "invites_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_active_uq" ON "memberships" USING btree ("user_id","role",coalesce("service_point_id", "department_id", "provider_id")) WHERE "memberships"."revoked_at" is null;--> statement-breakpoint
ALTER TABLE "invites" ADD CONSTRAINT "invites_role_chk" CHECK ("invites"."role" in ('point_staff','station_staff','hub_staff','dept_officer','provider_staff','admin'));--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_role_chk" CHECK ("memberships"."role" in ('point_staff','station_staff','hub_staff','dept_officer','provider_staff','admin'));--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_scope_chk" CHECK ((("memberships"."role" = 'dept_officer' and "memberships"."department_id" is not null and "memberships"."service_point_id" is null)
       or ("memberships"."role" in ('point_staff','station_staff','hub_staff') and "memberships"."service_point_id" is not null and "memberships"."department_id" is null)
       or ("memberships"."role" = 'admin' and "memberships"."department_id" is null)
       or ("memberships"."role" = 'provider_staff' and "memberships"."service_point_id" is null and "memberships"."department_id" is null))
       and (("memberships"."role" = 'provider_staff') = ("memberships"."provider_id" is not null)));--> statement-breakpoint
ALTER TABLE "providers" ADD CONSTRAINT "providers_open_places_chk" CHECK ("providers"."open_places" >= 0);--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_type_chk" CHECK ("application_events"."type" in ('submitted','accept','contact','visit','askInfo','provideInfo','referDepartment','transfer','escalate','resolve','close','reopen','withdraw','referralResponse','consentRecorded','serviceOrder'));