CREATE TABLE "eligibility_stale" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"org_unit_id" uuid,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eligibility_verdicts" (
	"campaign_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"person_id" uuid,
	"kind" text NOT NULL,
	"verdict" text NOT NULL,
	"unit_path" text NOT NULL,
	"unit_kind" text NOT NULL,
	"unit_sort_key" text NOT NULL,
	"unit_code" text NOT NULL,
	"member_order" integer,
	"person_sort_key" text
);
--> statement-breakpoint
ALTER TABLE "eligibility_stale" ADD CONSTRAINT "eligibility_stale_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eligibility_verdicts" ADD CONSTRAINT "eligibility_verdicts_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "eligibility_stale_campaign" ON "eligibility_stale" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "eligibility_verdicts_campaign_unit" ON "eligibility_verdicts" USING btree ("campaign_id","org_unit_id");--> statement-breakpoint
CREATE INDEX "eligibility_verdicts_list_order" ON "eligibility_verdicts" USING btree ("campaign_id","kind","unit_sort_key" collate "C","unit_code","member_order","person_sort_key" collate "C","person_id");
--> statement-breakpoint
-- Marks written by the triggers below, in the changing statement's transaction (see src/db/schema/eligibility.ts).
-- Statement-level with transition tables: a bulk import marks each unit once per statement, not once per row.
-- PostgreSQL allows transition tables on single-event triggers only, hence three triggers per table.
CREATE FUNCTION "eligibility_mark_units"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- (campaign, unit) pairs a changed row affects; a null unit stands for the whole campaign.
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    EXECUTE format('INSERT INTO eligibility_stale (campaign_id, org_unit_id) SELECT DISTINCT campaign_id, org_unit_id FROM (%s) marks', replace(TG_ARGV[0], '$rows', 'new_rows'));
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    EXECUTE format('INSERT INTO eligibility_stale (campaign_id, org_unit_id) SELECT DISTINCT campaign_id, org_unit_id FROM (%s) marks', replace(TG_ARGV[0], '$rows', 'old_rows'));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "eligibility_mark_campaign"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO eligibility_stale (campaign_id) VALUES (NEW.id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "campaigns_eligibility_insert" AFTER INSERT ON "campaigns" FOR EACH ROW EXECUTE FUNCTION eligibility_mark_campaign();
--> statement-breakpoint
CREATE TRIGGER "campaigns_eligibility_update" AFTER UPDATE OF "rule_set", "year" ON "campaigns" FOR EACH ROW
  WHEN (OLD.rule_set IS DISTINCT FROM NEW.rule_set OR OLD.year IS DISTINCT FROM NEW.year) EXECUTE FUNCTION eligibility_mark_campaign();
--> statement-breakpoint
CREATE TRIGGER "registrations_eligibility_insert" AFTER INSERT ON "registrations" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units('select campaign_id, org_unit_id from $rows');
--> statement-breakpoint
CREATE TRIGGER "registrations_eligibility_update" AFTER UPDATE ON "registrations" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units('select campaign_id, org_unit_id from $rows');
--> statement-breakpoint
CREATE TRIGGER "registrations_eligibility_delete" AFTER DELETE ON "registrations" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units('select campaign_id, org_unit_id from $rows');
--> statement-breakpoint
CREATE TRIGGER "registration_individuals_eligibility_insert" AFTER INSERT ON "registration_individuals" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units('select r.campaign_id, reg.org_unit_id from $rows r join registrations reg on reg.id = r.registration_id');
--> statement-breakpoint
CREATE TRIGGER "registration_individuals_eligibility_update" AFTER UPDATE ON "registration_individuals" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units('select r.campaign_id, reg.org_unit_id from $rows r join registrations reg on reg.id = r.registration_id');
--> statement-breakpoint
CREATE TRIGGER "registration_individuals_eligibility_delete" AFTER DELETE ON "registration_individuals" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units('select r.campaign_id, reg.org_unit_id from $rows r join registrations reg on reg.id = r.registration_id');
--> statement-breakpoint
CREATE TRIGGER "attestations_eligibility_insert" AFTER INSERT ON "attestations" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units('select campaign_id, org_unit_id from $rows');
--> statement-breakpoint
CREATE TRIGGER "attestations_eligibility_update" AFTER UPDATE ON "attestations" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units('select campaign_id, org_unit_id from $rows');
--> statement-breakpoint
CREATE TRIGGER "attestations_eligibility_delete" AFTER DELETE ON "attestations" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units('select campaign_id, org_unit_id from $rows');
--> statement-breakpoint
-- Whether the unit (or a person of it) has an active proposal: the nominee's unit.
CREATE TRIGGER "nominations_eligibility_insert" AFTER INSERT ON "nominations" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units('select campaign_id, nominee_unit_id as org_unit_id from $rows');
--> statement-breakpoint
CREATE TRIGGER "nominations_eligibility_update" AFTER UPDATE ON "nominations" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units('select campaign_id, nominee_unit_id as org_unit_id from $rows');
--> statement-breakpoint
CREATE TRIGGER "nominations_eligibility_delete" AFTER DELETE ON "nominations" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units('select campaign_id, nominee_unit_id as org_unit_id from $rows');
--> statement-breakpoint
-- A recognition decides the commune's fact and, for its district's other communes, "recognised another" (false).
CREATE TRIGGER "commune_recognitions_eligibility_insert" AFTER INSERT ON "commune_recognitions" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units('select r.campaign_id, u.id as org_unit_id from $rows r join org_units u on u.id = r.commune_unit_id or u.parent_id = r.district_unit_id');
--> statement-breakpoint
CREATE TRIGGER "commune_recognitions_eligibility_update" AFTER UPDATE ON "commune_recognitions" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units('select r.campaign_id, u.id as org_unit_id from $rows r join org_units u on u.id = r.commune_unit_id or u.parent_id = r.district_unit_id');
--> statement-breakpoint
CREATE TRIGGER "commune_recognitions_eligibility_delete" AFTER DELETE ON "commune_recognitions" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units('select r.campaign_id, u.id as org_unit_id from $rows r join org_units u on u.id = r.commune_unit_id or u.parent_id = r.district_unit_id');
--> statement-breakpoint
-- A unit's ratings of the year (and its PAR task rating of the year before, C1); a person's rating wherever they registered.
CREATE TRIGGER "ratings_eligibility_insert" AFTER INSERT ON "ratings" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units('select c.id as campaign_id, r.org_unit_id from $rows r join campaigns c on c.year in (r.year, r.year + 1) union all select ri.campaign_id, reg.org_unit_id from $rows r join registration_individuals ri on ri.person_id = r.person_id join campaigns c on c.id = ri.campaign_id and c.year = r.year join registrations reg on reg.id = ri.registration_id');
--> statement-breakpoint
CREATE TRIGGER "ratings_eligibility_update" AFTER UPDATE ON "ratings" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units('select c.id as campaign_id, r.org_unit_id from $rows r join campaigns c on c.year in (r.year, r.year + 1) union all select ri.campaign_id, reg.org_unit_id from $rows r join registration_individuals ri on ri.person_id = r.person_id join campaigns c on c.id = ri.campaign_id and c.year = r.year join registrations reg on reg.id = ri.registration_id');
--> statement-breakpoint
CREATE TRIGGER "ratings_eligibility_delete" AFTER DELETE ON "ratings" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units('select c.id as campaign_id, r.org_unit_id from $rows r join campaigns c on c.year in (r.year, r.year + 1) union all select ri.campaign_id, reg.org_unit_id from $rows r join registration_individuals ri on ri.person_id = r.person_id join campaigns c on c.id = ri.campaign_id and c.year = r.year join registrations reg on reg.id = ri.registration_id');
--> statement-breakpoint
CREATE TRIGGER "par_task_confirmations_eligibility_insert" AFTER INSERT ON "par_task_confirmations" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units('select ri.campaign_id, reg.org_unit_id from $rows r join registration_individuals ri on ri.person_id = r.person_id join campaigns c on c.id = ri.campaign_id and c.year = r.year join registrations reg on reg.id = ri.registration_id');
--> statement-breakpoint
CREATE TRIGGER "par_task_confirmations_eligibility_update" AFTER UPDATE ON "par_task_confirmations" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units('select ri.campaign_id, reg.org_unit_id from $rows r join registration_individuals ri on ri.person_id = r.person_id join campaigns c on c.id = ri.campaign_id and c.year = r.year join registrations reg on reg.id = ri.registration_id');
--> statement-breakpoint
CREATE TRIGGER "par_task_confirmations_eligibility_delete" AFTER DELETE ON "par_task_confirmations" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units('select ri.campaign_id, reg.org_unit_id from $rows r join registration_individuals ri on ri.person_id = r.person_id join campaigns c on c.id = ri.campaign_id and c.year = r.year join registrations reg on reg.id = ri.registration_id');
--> statement-breakpoint
-- A person's name is shown and sorted on; people referenced by a registration are not deleted.
CREATE TRIGGER "people_eligibility_update" AFTER UPDATE ON "people" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units('select ri.campaign_id, reg.org_unit_id from $rows r join registration_individuals ri on ri.person_id = r.id join registrations reg on reg.id = ri.registration_id');
--> statement-breakpoint
-- A unit's kind, level, parent and depth are facts; units with registrations are not deleted.
CREATE TRIGGER "org_units_eligibility_update" AFTER UPDATE ON "org_units" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units('select c.id as campaign_id, r.id as org_unit_id from $rows r join campaigns c on c.era_id = r.era_id');
--> statement-breakpoint
-- The province's publication gives every unit's PAR class (and each district PAR unit's district class).
CREATE TRIGGER "par_publications_eligibility_insert" AFTER INSERT ON "par_publications" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units('select c.id as campaign_id, null::uuid as org_unit_id from $rows r join campaigns c on c.year = r.year');
--> statement-breakpoint
CREATE TRIGGER "par_publications_eligibility_update" AFTER UPDATE ON "par_publications" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units('select c.id as campaign_id, null::uuid as org_unit_id from $rows r join campaigns c on c.year = r.year');
--> statement-breakpoint
CREATE TRIGGER "par_publications_eligibility_delete" AFTER DELETE ON "par_publications" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units('select c.id as campaign_id, null::uuid as org_unit_id from $rows r join campaigns c on c.year = r.year');
--> statement-breakpoint
-- A district's publication gives the classes of the communes in its snapshot.
CREATE TRIGGER "district_par_publications_eligibility_insert" AFTER INSERT ON "district_par_publications" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units('select c.id as campaign_id, (item->>''communeUnitId'')::uuid as org_unit_id from $rows r join campaigns c on c.year = r.year cross join jsonb_array_elements(r.snapshot) item');
--> statement-breakpoint
CREATE TRIGGER "district_par_publications_eligibility_update" AFTER UPDATE ON "district_par_publications" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units('select c.id as campaign_id, (item->>''communeUnitId'')::uuid as org_unit_id from $rows r join campaigns c on c.year = r.year cross join jsonb_array_elements(r.snapshot) item');
--> statement-breakpoint
CREATE TRIGGER "district_par_publications_eligibility_delete" AFTER DELETE ON "district_par_publications" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units('select c.id as campaign_id, (item->>''communeUnitId'')::uuid as org_unit_id from $rows r join campaigns c on c.year = r.year cross join jsonb_array_elements(r.snapshot) item');
--> statement-breakpoint
-- Campaigns that exist before this migration start with nothing stored.
INSERT INTO "eligibility_stale" ("campaign_id") SELECT "id" FROM "campaigns";
