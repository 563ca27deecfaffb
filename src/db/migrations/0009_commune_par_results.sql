CREATE TABLE "commune_par_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"district_unit_id" uuid NOT NULL,
	"commune_unit_id" uuid NOT NULL,
	"total_points" numeric(7, 2),
	"classification" text NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commune_par_results_year_commune" UNIQUE("year","commune_unit_id")
);
--> statement-breakpoint
CREATE TABLE "district_par_publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"district_unit_id" uuid NOT NULL,
	"decision_number" text NOT NULL,
	"decision_date" date NOT NULL,
	"signer" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"published_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "district_par_publications_year_district" UNIQUE("year","district_unit_id")
);
--> statement-breakpoint
ALTER TABLE "commune_par_results" ADD CONSTRAINT "commune_par_results_district_unit_id_org_units_id_fk" FOREIGN KEY ("district_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commune_par_results" ADD CONSTRAINT "commune_par_results_commune_unit_id_org_units_id_fk" FOREIGN KEY ("commune_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commune_par_results" ADD CONSTRAINT "commune_par_results_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "district_par_publications" ADD CONSTRAINT "district_par_publications_district_unit_id_org_units_id_fk" FOREIGN KEY ("district_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "district_par_publications" ADD CONSTRAINT "district_par_publications_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "commune_par_results_district" ON "commune_par_results" USING btree ("year","district_unit_id");