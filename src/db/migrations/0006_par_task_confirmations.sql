CREATE TABLE "par_task_confirmations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"person_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"excellent" boolean NOT NULL,
	"directly_does_par_work" boolean DEFAULT false NOT NULL,
	"confirmed_by_id" uuid,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "par_task_confirmations_year_person" UNIQUE("year","person_id")
);
--> statement-breakpoint
ALTER TABLE "par_task_confirmations" ADD CONSTRAINT "par_task_confirmations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_task_confirmations" ADD CONSTRAINT "par_task_confirmations_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_task_confirmations" ADD CONSTRAINT "par_task_confirmations_confirmed_by_id_users_id_fk" FOREIGN KEY ("confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "par_task_confirmations_unit" ON "par_task_confirmations" USING btree ("org_unit_id");