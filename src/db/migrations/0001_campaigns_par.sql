CREATE TABLE "attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"uploaded_by_id" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stored_files" (
	"sha256" text PRIMARY KEY NOT NULL,
	"size" integer NOT NULL,
	"mime_type" text NOT NULL,
	"data" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"plan_number" text NOT NULL,
	"plan_date" date NOT NULL,
	"era_id" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"definition" jsonb NOT NULL,
	"rule_set" jsonb,
	"cloned_from_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid,
	"org_unit_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"effect" text NOT NULL,
	"period_from" date,
	"period_to" date,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"full_name" text NOT NULL,
	"position" text NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"birth_year" integer,
	"gender" text,
	"search_text" text NOT NULL,
	"sort_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registration_individuals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"position" text NOT NULL,
	"content" text NOT NULL,
	"par_tasks_excellent" boolean,
	"directly_does_par_work" boolean,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "registration_individuals_campaign_person" UNIQUE("campaign_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "registration_summaries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"status" text DEFAULT 'forwarded' NOT NULL,
	"note" text,
	"forwarded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"forwarded_by_id" uuid,
	CONSTRAINT "registration_summaries_campaign_unit" UNIQUE("campaign_id","org_unit_id")
);
--> statement-breakpoint
CREATE TABLE "registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"content" text NOT NULL,
	"created_by_id" uuid,
	"submitted_at" timestamp with time zone,
	"submitted_by_id" uuid,
	"return_reason" text,
	"late_override_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registrations_campaign_unit" UNIQUE("campaign_id","org_unit_id")
);
--> statement-breakpoint
CREATE TABLE "attestations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"compliance" boolean,
	"solidarity" boolean,
	"attested_by_id" uuid,
	"attested_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attestations_campaign_unit" UNIQUE("campaign_id","org_unit_id")
);
--> statement-breakpoint
CREATE TABLE "classification_schemes" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"valid_from_year" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commune_recognitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"district_unit_id" uuid NOT NULL,
	"commune_unit_id" uuid NOT NULL,
	"decision_reference" text,
	"recognised_at" date,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commune_recognitions_campaign_commune" UNIQUE("campaign_id","commune_unit_id")
);
--> statement-breakpoint
CREATE TABLE "holiday_calendars" (
	"year" integer PRIMARY KEY NOT NULL,
	"definition" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "par_publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"decision_number" text NOT NULL,
	"decision_date" date NOT NULL,
	"signer" text NOT NULL,
	"scheme_id" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"published_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "par_publications_year" UNIQUE("year")
);
--> statement-breakpoint
CREATE TABLE "par_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"block_code" text NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"self_score" numeric(7, 2),
	"appraised_score" numeric(7, 2),
	"survey_score" numeric(7, 2),
	"published_total" numeric(7, 2),
	"published_classification" text,
	"source" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "par_results_year_unit" UNIQUE("year","org_unit_id")
);
--> statement-breakpoint
CREATE TABLE "ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"person_id" uuid,
	"rating" text NOT NULL,
	"source" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ratings_subject" UNIQUE NULLS NOT DISTINCT("year","kind","org_unit_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "unit_merit_criteria" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"issuer_unit_id" uuid NOT NULL,
	"criteria" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_merit_criteria_campaign_issuer" UNIQUE("campaign_id","issuer_unit_id")
);
--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_file_sha256_stored_files_sha256_fk" FOREIGN KEY ("file_sha256") REFERENCES "public"."stored_files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_era_id_org_eras_id_fk" FOREIGN KEY ("era_id") REFERENCES "public"."org_eras"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_cloned_from_id_campaigns_id_fk" FOREIGN KEY ("cloned_from_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_individuals" ADD CONSTRAINT "registration_individuals_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_individuals" ADD CONSTRAINT "registration_individuals_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_individuals" ADD CONSTRAINT "registration_individuals_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_summaries" ADD CONSTRAINT "registration_summaries_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_summaries" ADD CONSTRAINT "registration_summaries_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_summaries" ADD CONSTRAINT "registration_summaries_forwarded_by_id_users_id_fk" FOREIGN KEY ("forwarded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestations" ADD CONSTRAINT "attestations_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestations" ADD CONSTRAINT "attestations_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestations" ADD CONSTRAINT "attestations_attested_by_id_users_id_fk" FOREIGN KEY ("attested_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commune_recognitions" ADD CONSTRAINT "commune_recognitions_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commune_recognitions" ADD CONSTRAINT "commune_recognitions_district_unit_id_org_units_id_fk" FOREIGN KEY ("district_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commune_recognitions" ADD CONSTRAINT "commune_recognitions_commune_unit_id_org_units_id_fk" FOREIGN KEY ("commune_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commune_recognitions" ADD CONSTRAINT "commune_recognitions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_publications" ADD CONSTRAINT "par_publications_scheme_id_classification_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."classification_schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_publications" ADD CONSTRAINT "par_publications_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_results" ADD CONSTRAINT "par_results_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_merit_criteria" ADD CONSTRAINT "unit_merit_criteria_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_merit_criteria" ADD CONSTRAINT "unit_merit_criteria_issuer_unit_id_org_units_id_fk" FOREIGN KEY ("issuer_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_entity" ON "attachments" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "campaigns_year" ON "campaigns" USING btree ("year");--> statement-breakpoint
CREATE INDEX "initiatives_unit" ON "initiatives" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "initiatives_campaign" ON "initiatives" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "people_unit" ON "people" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "registration_individuals_reg" ON "registration_individuals" USING btree ("registration_id");--> statement-breakpoint
CREATE INDEX "registrations_unit" ON "registrations" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "par_results_year_block" ON "par_results" USING btree ("year","block_code");--> statement-breakpoint
CREATE INDEX "ratings_person" ON "ratings" USING btree ("person_id");