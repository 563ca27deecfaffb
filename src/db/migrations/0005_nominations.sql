CREATE TABLE "nomination_quota_locks" (
	"campaign_id" uuid NOT NULL,
	"quota_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nomination_quota_locks_campaign_id_quota_key_pk" PRIMARY KEY("campaign_id","quota_key")
);
--> statement-breakpoint
CREATE TABLE "nominations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"nominee_kind" text NOT NULL,
	"nominee_unit_id" uuid NOT NULL,
	"nominee_person_id" uuid,
	"proposing_unit_id" uuid NOT NULL,
	"quota_key" text NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"proposed_by_id" uuid,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_by_id" uuid,
	"withdrawn_at" timestamp with time zone,
	"withdrawal_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nominations_kind" CHECK (("nominations"."nominee_kind" = 'unit' and "nominations"."nominee_person_id" is null) or ("nominations"."nominee_kind" = 'person' and "nominations"."nominee_person_id" is not null)),
	CONSTRAINT "nominations_status" CHECK ("nominations"."status" in ('proposed', 'withdrawn'))
);
--> statement-breakpoint
ALTER TABLE "nomination_quota_locks" ADD CONSTRAINT "nomination_quota_locks_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_nominee_unit_id_org_units_id_fk" FOREIGN KEY ("nominee_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_nominee_person_id_people_id_fk" FOREIGN KEY ("nominee_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_proposing_unit_id_org_units_id_fk" FOREIGN KEY ("proposing_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_proposed_by_id_users_id_fk" FOREIGN KEY ("proposed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_withdrawn_by_id_users_id_fk" FOREIGN KEY ("withdrawn_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "nominations_active_unit" ON "nominations" USING btree ("campaign_id","nominee_unit_id") WHERE "nominations"."status" = 'proposed' and "nominations"."nominee_kind" = 'unit';--> statement-breakpoint
CREATE UNIQUE INDEX "nominations_active_person" ON "nominations" USING btree ("campaign_id","nominee_person_id") WHERE "nominations"."status" = 'proposed' and "nominations"."nominee_kind" = 'person';--> statement-breakpoint
CREATE INDEX "nominations_quota" ON "nominations" USING btree ("campaign_id","quota_key");--> statement-breakpoint
CREATE INDEX "nominations_proposing_unit" ON "nominations" USING btree ("proposing_unit_id");--> statement-breakpoint
CREATE INDEX "nominations_nominee_unit" ON "nominations" USING btree ("nominee_unit_id");