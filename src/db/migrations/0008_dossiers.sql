CREATE TABLE "dossier_scans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"document_kind" text NOT NULL,
	"attachment_id" uuid NOT NULL,
	"signature_status" text NOT NULL,
	"signature_report" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossier_scans_kind" CHECK ("dossier_scans"."document_kind" in ('submission_letter', 'council_minutes', 'achievement_report')),
	CONSTRAINT "dossier_scans_signature_status" CHECK ("dossier_scans"."signature_status" in ('none', 'valid', 'invalid'))
);
--> statement-breakpoint
CREATE TABLE "dossiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nomination_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"council_meeting" jsonb,
	"council_meeting_recorded_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"submitted_by_id" uuid,
	"returned_at" timestamp with time zone,
	"returned_by_id" uuid,
	"return_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossiers_status" CHECK ("dossiers"."status" in ('draft', 'submitted', 'returned'))
);
--> statement-breakpoint
ALTER TABLE "dossier_scans" ADD CONSTRAINT "dossier_scans_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_scans" ADD CONSTRAINT "dossier_scans_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_returned_by_id_users_id_fk" FOREIGN KEY ("returned_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossier_scans_dossier" ON "dossier_scans" USING btree ("dossier_id","document_kind");--> statement-breakpoint
CREATE UNIQUE INDEX "dossiers_nomination" ON "dossiers" USING btree ("nomination_id");--> statement-breakpoint
CREATE INDEX "dossiers_campaign_status" ON "dossiers" USING btree ("campaign_id","status");--> statement-breakpoint
CREATE INDEX "dossiers_org_unit" ON "dossiers" USING btree ("org_unit_id");