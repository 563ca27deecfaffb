CREATE TABLE "audit_chain_head" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"seq" bigint DEFAULT 0 NOT NULL,
	"hash" text DEFAULT '' NOT NULL,
	CONSTRAINT "audit_chain_head_single" CHECK ("audit_chain_head"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "dossier_appraisals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"checklist" jsonb NOT NULL,
	"outcome" text NOT NULL,
	"note" text,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone NOT NULL,
	CONSTRAINT "dossier_appraisals_outcome" CHECK ("dossier_appraisals"."outcome" in ('accepted', 'returned'))
);
--> statement-breakpoint
CREATE TABLE "dossier_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"content_sha256" text NOT NULL,
	"submitted_by_id" uuid,
	"submitted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"position" text NOT NULL,
	"council_role" text DEFAULT 'member' NOT NULL,
	"org_unit_id" uuid,
	"user_id" uuid,
	"attendance" text DEFAULT 'present' NOT NULL,
	CONSTRAINT "council_members_role" CHECK ("council_members"."council_role" in ('chair', 'vice_chair', 'member', 'secretary')),
	CONSTRAINT "council_members_attendance" CHECK ("council_members"."attendance" in ('present', 'written', 'absent'))
);
--> statement-breakpoint
CREATE TABLE "council_session_dossiers" (
	"session_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"outcome" text,
	"tally" jsonb,
	CONSTRAINT "council_session_dossiers_session_id_dossier_id_pk" PRIMARY KEY("session_id","dossier_id"),
	CONSTRAINT "council_session_dossiers_outcome" CHECK ("council_session_dossiers"."outcome" is null or "council_session_dossiers"."outcome" in ('passed', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "council_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"title" text NOT NULL,
	"held_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"quorum_percent" integer DEFAULT 80 NOT NULL,
	"pass_rule" text DEFAULT 'majority_of_members' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by_id" uuid,
	"snapshot" jsonb,
	"snapshot_sha256" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_sessions_status" CHECK ("council_sessions"."status" in ('open', 'closed')),
	CONSTRAINT "council_sessions_pass_rule" CHECK ("council_sessions"."pass_rule" in ('majority_of_members', 'majority_of_present')),
	CONSTRAINT "council_sessions_quorum" CHECK ("council_sessions"."quorum_percent" between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "council_votes" (
	"session_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"vote" text NOT NULL,
	"note" text,
	"recorded_by_id" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "council_votes_session_id_member_id_dossier_id_pk" PRIMARY KEY("session_id","member_id","dossier_id"),
	CONSTRAINT "council_votes_vote" CHECK ("council_votes"."vote" in ('agree', 'disagree', 'abstain', 'recused'))
);
--> statement-breakpoint
CREATE TABLE "award_decision_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"nominee_kind" text NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"person_id" uuid,
	"nominee_name" text NOT NULL,
	"position" text,
	"unit_name" text NOT NULL,
	"achievement" text NOT NULL,
	CONSTRAINT "award_decision_entries_kind" CHECK ("award_decision_entries"."nominee_kind" in ('unit', 'person'))
);
--> statement-breakpoint
CREATE TABLE "award_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"number" text NOT NULL,
	"decision_date" date NOT NULL,
	"signer_name" text NOT NULL,
	"signer_position" text NOT NULL,
	"status" text DEFAULT 'issued' NOT NULL,
	"snapshot" jsonb NOT NULL,
	"snapshot_sha256" text NOT NULL,
	"issued_by_id" uuid,
	"issued_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone,
	"published_by_id" uuid,
	CONSTRAINT "award_decisions_status" CHECK ("award_decisions"."status" in ('issued', 'published'))
);
--> statement-breakpoint
CREATE TABLE "award_proposal_entries" (
	"proposal_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	CONSTRAINT "award_proposal_entries_proposal_id_dossier_id_pk" PRIMARY KEY("proposal_id","dossier_id")
);
--> statement-breakpoint
CREATE TABLE "award_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"number" text,
	"proposal_date" date,
	"signer_name" text,
	"signer_position" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"return_reason" text,
	"approved_by_id" uuid,
	"approved_at" timestamp with time zone,
	"snapshot" jsonb,
	"snapshot_sha256" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "award_proposals_status" CHECK ("award_proposals"."status" in ('draft', 'submitted', 'approved', 'returned'))
);
--> statement-breakpoint
CREATE TABLE "public_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notice_id" uuid NOT NULL,
	"dossier_id" uuid,
	"author_name" text NOT NULL,
	"author_contact" text,
	"body" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"moderated_by_id" uuid,
	"moderated_at" timestamp with time zone,
	"moderation_note" text,
	"sender_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "public_comments_status" CHECK ("public_comments"."status" in ('pending', 'approved', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "public_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"decision_id" uuid,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"entries" jsonb NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"published_by_id" uuid,
	"published_at" timestamp with time zone NOT NULL,
	CONSTRAINT "public_notices_kind" CHECK ("public_notices"."kind" in ('proposed_list', 'decision'))
);
--> statement-breakpoint
CREATE TABLE "feedback_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"thread_id" uuid NOT NULL,
	"author_user_id" uuid,
	"author_unit_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_threads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid,
	"org_unit_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"first_answered_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"last_activity_at" timestamp with time zone NOT NULL,
	CONSTRAINT "feedback_threads_status" CHECK ("feedback_threads"."status" in ('open', 'answered', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "background_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"params" jsonb NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"total" integer,
	"message" text,
	"result_file_sha256" text,
	"result_file_name" text,
	"error" text,
	"org_unit_id" uuid NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "background_jobs_status" CHECK ("background_jobs"."status" in ('queued', 'running', 'done', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "evaluation_reports" (
	"campaign_id" uuid PRIMARY KEY NOT NULL,
	"narrative" jsonb NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dossiers" DROP CONSTRAINT "dossiers_status";--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind";--> statement-breakpoint
DROP INDEX "notifications_once_per_campaign";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email_notifications" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "seq" bigint;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "hash" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "accepted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "accepted_by_id" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "dedupe_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "dossier_appraisals" ADD CONSTRAINT "dossier_appraisals_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_appraisals" ADD CONSTRAINT "dossier_appraisals_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_versions" ADD CONSTRAINT "dossier_versions_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_versions" ADD CONSTRAINT "dossier_versions_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_session_id_council_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_session_dossiers" ADD CONSTRAINT "council_session_dossiers_session_id_council_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_session_dossiers" ADD CONSTRAINT "council_session_dossiers_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_sessions" ADD CONSTRAINT "council_sessions_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_sessions" ADD CONSTRAINT "council_sessions_closed_by_id_users_id_fk" FOREIGN KEY ("closed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_sessions" ADD CONSTRAINT "council_sessions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_votes" ADD CONSTRAINT "council_votes_session_id_council_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_votes" ADD CONSTRAINT "council_votes_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_votes" ADD CONSTRAINT "council_votes_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_votes" ADD CONSTRAINT "council_votes_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_decision_entries" ADD CONSTRAINT "award_decision_entries_decision_id_award_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."award_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_decision_entries" ADD CONSTRAINT "award_decision_entries_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_decision_entries" ADD CONSTRAINT "award_decision_entries_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_decision_entries" ADD CONSTRAINT "award_decision_entries_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_decisions" ADD CONSTRAINT "award_decisions_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_decisions" ADD CONSTRAINT "award_decisions_proposal_id_award_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."award_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_decisions" ADD CONSTRAINT "award_decisions_issued_by_id_users_id_fk" FOREIGN KEY ("issued_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_decisions" ADD CONSTRAINT "award_decisions_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposal_entries" ADD CONSTRAINT "award_proposal_entries_proposal_id_award_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."award_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposal_entries" ADD CONSTRAINT "award_proposal_entries_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposals" ADD CONSTRAINT "award_proposals_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposals" ADD CONSTRAINT "award_proposals_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposals" ADD CONSTRAINT "award_proposals_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_comments" ADD CONSTRAINT "public_comments_notice_id_public_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."public_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_comments" ADD CONSTRAINT "public_comments_moderated_by_id_users_id_fk" FOREIGN KEY ("moderated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_notices" ADD CONSTRAINT "public_notices_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_notices" ADD CONSTRAINT "public_notices_decision_id_award_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."award_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_notices" ADD CONSTRAINT "public_notices_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_messages" ADD CONSTRAINT "feedback_messages_thread_id_feedback_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."feedback_threads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_messages" ADD CONSTRAINT "feedback_messages_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_messages" ADD CONSTRAINT "feedback_messages_author_unit_id_org_units_id_fk" FOREIGN KEY ("author_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_threads" ADD CONSTRAINT "feedback_threads_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_threads" ADD CONSTRAINT "feedback_threads_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_threads" ADD CONSTRAINT "feedback_threads_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "background_jobs" ADD CONSTRAINT "background_jobs_result_file_sha256_stored_files_sha256_fk" FOREIGN KEY ("result_file_sha256") REFERENCES "public"."stored_files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "background_jobs" ADD CONSTRAINT "background_jobs_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "background_jobs" ADD CONSTRAINT "background_jobs_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_reports" ADD CONSTRAINT "evaluation_reports_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_reports" ADD CONSTRAINT "evaluation_reports_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_appraisals_once" ON "dossier_appraisals" USING btree ("dossier_id","version");--> statement-breakpoint
CREATE INDEX "dossier_appraisals_dossier" ON "dossier_appraisals" USING btree ("dossier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_versions_once" ON "dossier_versions" USING btree ("dossier_id","version");--> statement-breakpoint
CREATE INDEX "council_members_session" ON "council_members" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "council_sessions_campaign" ON "council_sessions" USING btree ("campaign_id");--> statement-breakpoint
CREATE UNIQUE INDEX "award_decision_entries_dossier" ON "award_decision_entries" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "award_decision_entries_decision" ON "award_decision_entries" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "award_decision_entries_unit" ON "award_decision_entries" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "award_decision_entries_person" ON "award_decision_entries" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "award_decisions_proposal" ON "award_decisions" USING btree ("proposal_id");--> statement-breakpoint
CREATE INDEX "award_decisions_campaign" ON "award_decisions" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "award_proposals_campaign" ON "award_proposals" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "public_comments_notice" ON "public_comments" USING btree ("notice_id","status");--> statement-breakpoint
CREATE INDEX "public_comments_sender" ON "public_comments" USING btree ("sender_hash","created_at");--> statement-breakpoint
CREATE INDEX "public_notices_campaign" ON "public_notices" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "feedback_messages_thread" ON "feedback_messages" USING btree ("thread_id","created_at");--> statement-breakpoint
CREATE INDEX "feedback_threads_unit" ON "feedback_threads" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "feedback_threads_status" ON "feedback_threads" USING btree ("status","last_activity_at");--> statement-breakpoint
CREATE INDEX "background_jobs_owner" ON "background_jobs" USING btree ("created_by_id","created_at");--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_accepted_by_id_users_id_fk" FOREIGN KEY ("accepted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_events_seq" ON "audit_events" USING btree ("seq");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_once_per_campaign" ON "notifications" USING btree ("campaign_id","recipient_unit_id","kind","dedupe_key") WHERE "notifications"."campaign_id" is not null;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_status" CHECK ("dossiers"."status" in ('draft', 'submitted', 'returned', 'accepted', 'council_passed', 'council_failed', 'awarded'));--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind" CHECK ("notifications"."kind" in ('collective_selected', 'dossier_due_5d', 'dossier_due_1d', 'dossier_returned', 'council_session', 'decision_published', 'feedback_answered'));