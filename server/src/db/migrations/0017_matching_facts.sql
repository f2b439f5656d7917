ALTER TABLE "policies" ADD COLUMN "categories" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "categories" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "min_age" smallint;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "max_age" smallint;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "sex" text;--> statement-breakpoint
ALTER TABLE "policies" ADD CONSTRAINT "policies_categories_chk" CHECK ("policies"."categories" <@ array['basic_living','medical','education','housing','employment','elderly_care','disability','children','disaster','legal','other']::text[]);--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_categories_chk" CHECK ("services"."categories" <@ array['basic_living','medical','education','housing','employment','elderly_care','disability','children','disaster','legal','other']::text[]);--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_sex_chk" CHECK ("services"."sex" in ('female','male'));--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_age_range_chk" CHECK ("services"."min_age" is null or "services"."max_age" is null or "services"."min_age" <= "services"."max_age");--> statement-breakpoint
-- Matching facts for content seeded before 0017 (server/src/db/seed/content/matching-facts.ts); rows an admin already gave categories are left alone.
UPDATE "policies" SET "categories" = array['basic_living']::text[] WHERE "slug" = 'minimum-living-allowance' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['basic_living']::text[] WHERE "slug" = 'low-income-marginal-family' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['basic_living','elderly_care','disability']::text[] WHERE "slug" = 'extreme-hardship-support' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['disaster','basic_living']::text[] WHERE "slug" = 'temporary-assistance' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['disaster','medical']::text[] WHERE "slug" = 'urgent-hardship-first-aid' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['medical']::text[] WHERE "slug" = 'high-medical-cost-family-assistance' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['elderly_care']::text[] WHERE "slug" = 'home-care-service-subsidy' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['elderly_care']::text[] WHERE "slug" = 'high-age-allowance' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['elderly_care']::text[] WHERE "slug" = 'lonely-elderly-visits' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['children','basic_living']::text[] WHERE "slug" = 'children-in-difficult-situations' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['other']::text[] WHERE "slug" = 'basic-funeral-fee-waiver' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['basic_living','medical']::text[] WHERE "slug" = 'charity-assistance' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['medical']::text[] WHERE "slug" = 'medical-assistance' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['medical']::text[] WHERE "slug" = 'critical-illness-insurance-tilt' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['medical']::text[] WHERE "slug" = 'medical-insurance-premium-subsidy' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['medical','elderly_care']::text[] WHERE "slug" = 'family-doctor-home-visits' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['medical','elderly_care']::text[] WHERE "slug" = 'elderly-free-health-checkup' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['education','children']::text[] WHERE "slug" = 'student-financial-aid' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['education']::text[] WHERE "slug" = 'student-loan-origin-based' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['housing']::text[] WHERE "slug" = 'rental-housing-subsidy' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['housing']::text[] WHERE "slug" = 'public-rental-housing' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['housing']::text[] WHERE "slug" = 'rural-dilapidated-house-renovation' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['employment']::text[] WHERE "slug" = 'employment-assistance' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['employment']::text[] WHERE "slug" = 'public-welfare-jobs' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['employment']::text[] WHERE "slug" = 'gig-work-market' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['employment']::text[] WHERE "slug" = 'vocational-training-subsidy' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['basic_living','employment']::text[] WHERE "slug" = 'rural-low-income-household-support' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['employment']::text[] WHERE "slug" = 'rural-farming-skills-guidance' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['disaster','housing']::text[] WHERE "slug" = 'natural-disaster-relief' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['elderly_care','disability']::text[] WHERE "slug" = 'household-safety-check-for-vulnerable' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['disability','basic_living']::text[] WHERE "slug" = 'disability-two-subsidies' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['disability']::text[] WHERE "slug" = 'disability-assistive-devices' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['disability','employment']::text[] WHERE "slug" = 'disability-employment-support' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['legal']::text[] WHERE "slug" = 'legal-aid' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['basic_living','medical']::text[] WHERE "slug" = 'worker-hardship-support' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['education']::text[] WHERE "slug" = 'worker-children-study-aid' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['children','medical']::text[] WHERE "slug" = 'women-children-care' AND "categories" = '{}';--> statement-breakpoint
UPDATE "policies" SET "categories" = array['employment']::text[] WHERE "slug" = 'women-employment-skills' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['basic_living']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'dibao-application-intake' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['basic_living']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'dibian-recognition-intake' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['basic_living','elderly_care','disability']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'tekun-care-arrangement' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['disaster','basic_living']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'temporary-assistance-fast-track' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['children']::text[], "min_age" = NULL, "max_age" = 17, "sex" = NULL WHERE "slug" = 'children-care-director-visits' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['employment']::text[], "min_age" = 16, "max_age" = 59, "sex" = NULL WHERE "slug" = 'employment-one-to-one' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['employment']::text[], "min_age" = 16, "max_age" = 59, "sex" = NULL WHERE "slug" = 'public-welfare-job-signup' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['employment']::text[], "min_age" = 16, "max_age" = 59, "sex" = NULL WHERE "slug" = 'free-skills-training-classes' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['medical']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'medical-assistance-one-stop' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['medical']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'insurance-enrolment-check' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['medical','elderly_care']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'family-doctor-home-visit' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['medical','elderly_care']::text[], "min_age" = 65, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'elderly-annual-checkup' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['education','children']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'student-aid-guidance' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['education']::text[], "min_age" = 16, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'student-loan-signing' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['disability']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'disability-subsidy-intake' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['disability','elderly_care']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'assistive-device-fitting' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['disability','housing']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'home-accessibility-renovation' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['disability','employment']::text[], "min_age" = 16, "max_age" = 59, "sex" = NULL WHERE "slug" = 'disability-job-support' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['legal']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'legal-aid-application' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['legal']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'community-lawyer-sessions' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['basic_living']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'worker-hardship-intake' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['education']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'golden-autumn-study-aid' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['medical']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = 'female' WHERE "slug" = 'women-two-cancers-aid' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['employment']::text[], "min_age" = 16, "max_age" = 59, "sex" = 'female' WHERE "slug" = 'women-home-economics-training' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['housing']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'rental-subsidy-intake' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['housing']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'public-rental-queue' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['housing']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'rural-house-safety-renovation' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['employment']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'farming-tech-home-guidance' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['basic_living','employment']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'low-income-farmer-pairing' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['elderly_care','disability']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'home-safety-check-and-alarms' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['disaster','housing']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'disaster-relief-supplies' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['basic_living','other']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'cuiyuan-case-support' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['elderly_care']::text[], "min_age" = 60, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'gudang-elderly-visits' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['children','education']::text[], "min_age" = 6, "max_age" = 12, "sex" = NULL WHERE "slug" = 'sandun-after-school-class' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['elderly_care','medical']::text[], "min_age" = 60, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'shuangpu-rural-elderly-care' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['disability','other']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'liuxia-family-support' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['medical','basic_living']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'charity-medical-and-living-aid' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['elderly_care','basic_living']::text[], "min_age" = 60, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'cuiyuan-meal-assistance' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['elderly_care']::text[], "min_age" = 60, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'cuiyuan-bathing-cleaning' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['other']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'free-counselling' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['children']::text[], "min_age" = 6, "max_age" = 16, "sex" = NULL WHERE "slug" = 'child-companion-program' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['elderly_care']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'cuiyuan1-neighbour-watch' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['elderly_care','housing','disability']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'elderly-home-small-repairs' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['education','children']::text[], "min_age" = 6, "max_age" = 18, "sex" = NULL WHERE "slug" = 'volunteer-homework-tutoring' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['basic_living']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'shanliang-monthly-food-parcel' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['basic_living','disaster']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'shanliang-emergency-food' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['employment']::text[], "min_age" = 16, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'gig-market-job-matching' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['employment']::text[], "min_age" = 16, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'gig-market-hiring-day' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['elderly_care','basic_living']::text[], "min_age" = 60, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'caring-canteen-discount' AND "categories" = '{}';--> statement-breakpoint
UPDATE "services" SET "categories" = array['elderly_care']::text[], "min_age" = NULL, "max_age" = NULL, "sex" = NULL WHERE "slug" = 'caring-housekeeping-free-hours' AND "categories" = '{}';--> statement-breakpoint
-- Rules that now ask what changes their result: sex for the women's programmes, the grade for the disability subsidies (a new version, as an admin edit would make).
INSERT INTO "eligibility_rules" ("policy_id", "version", "rule") SELECT p."id", max(r."version") + 1, '{"conditions":[{"field":"monthlyIncomePerPerson","op":"lt","reason":"家庭人均月收入低于本区低边标准","standard":"dibian_monthly","required":false}],"anyOf":[[{"field":"sex","op":"eq","reason":"需要帮助的是妇女","value":"female","required":true},{"field":"age","op":"lt","reason":"需要帮助的是未成年的孩子","value":18,"required":true},{"field":"studentsInSchool","op":"gte","reason":"家里有孩子在上学","value":1,"required":true}],[{"field":"studentsInSchool","op":"gte","reason":"家里有孩子在上学","value":1,"required":true},{"field":"heavyMedicalCosts","op":"isTrue","reason":"看病花费较大","required":true}]]}'::jsonb FROM "policies" p JOIN "eligibility_rules" r ON r."policy_id" = p."id" WHERE p."slug" = 'women-children-care' GROUP BY p."id";--> statement-breakpoint
INSERT INTO "eligibility_rules" ("policy_id", "version", "rule") SELECT p."id", max(r."version") + 1, '{"conditions":[{"field":"hasDisability","op":"isTrue","reason":"持有残疾人证","required":true}],"anyOf":[[{"field":"monthlyIncomePerPerson","op":"lt","reason":"家庭人均月收入低于本区低边标准","standard":"dibian_monthly","required":true},{"field":"disabilityGrade","op":"lte","reason":"残疾等级为一级或二级（重度），可申请护理补贴","value":2,"required":true}]]}'::jsonb FROM "policies" p JOIN "eligibility_rules" r ON r."policy_id" = p."id" WHERE p."slug" = 'disability-two-subsidies' GROUP BY p."id";--> statement-breakpoint
INSERT INTO "eligibility_rules" ("policy_id", "version", "rule") SELECT p."id", max(r."version") + 1, '{"conditions":[{"field":"sex","op":"eq","reason":"这项培训面向妇女","value":"female","required":true},{"field":"unemployed","op":"isTrue","reason":"目前没有工作，想出来工作","required":true},{"field":"age","op":"lt","reason":"在劳动年龄内","standard":"working_age_max","required":true}],"anyOf":[]}'::jsonb FROM "policies" p JOIN "eligibility_rules" r ON r."policy_id" = p."id" WHERE p."slug" = 'women-employment-skills' GROUP BY p."id";
