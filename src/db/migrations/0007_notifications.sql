CREATE TABLE "collective_selections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"selected_by_id" uuid,
	"selected_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recipient_unit_id" uuid NOT NULL,
	"recipient_user_id" uuid,
	"campaign_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"email_to" text,
	"email_status" text DEFAULT 'none' NOT NULL,
	"email_sent_at" timestamp with time zone,
	"email_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone,
	"read_by_id" uuid,
	CONSTRAINT "notifications_kind" CHECK ("notifications"."kind" in ('collective_selected', 'dossier_due_5d', 'dossier_due_1d')),
	CONSTRAINT "notifications_email_status" CHECK ("notifications"."email_status" in ('none', 'queued', 'sent', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "org_units" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "collective_selections" ADD CONSTRAINT "collective_selections_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collective_selections" ADD CONSTRAINT "collective_selections_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collective_selections" ADD CONSTRAINT "collective_selections_selected_by_id_users_id_fk" FOREIGN KEY ("selected_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_unit_id_org_units_id_fk" FOREIGN KEY ("recipient_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_user_id_users_id_fk" FOREIGN KEY ("recipient_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_read_by_id_users_id_fk" FOREIGN KEY ("read_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "collective_selections_once" ON "collective_selections" USING btree ("campaign_id","org_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_once_per_campaign" ON "notifications" USING btree ("campaign_id","recipient_unit_id","kind") WHERE "notifications"."campaign_id" is not null;--> statement-breakpoint
CREATE INDEX "notifications_recipient" ON "notifications" USING btree ("recipient_unit_id","created_at");