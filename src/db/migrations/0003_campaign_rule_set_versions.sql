CREATE TABLE "campaign_rule_set_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"rule_set" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text,
	CONSTRAINT "campaign_rule_set_versions_campaign_version" UNIQUE("campaign_id","version")
);
--> statement-breakpoint
ALTER TABLE "campaign_rule_set_versions" ADD CONSTRAINT "campaign_rule_set_versions_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_rule_set_versions" ADD CONSTRAINT "campaign_rule_set_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
INSERT INTO "campaign_rule_set_versions" ("campaign_id", "version", "rule_set", "created_at", "note")
SELECT "id", 1, "rule_set", "created_at", 'Bộ tiêu chuẩn có sẵn trước khi lưu phiên bản' FROM "campaigns" WHERE "rule_set" IS NOT NULL;
