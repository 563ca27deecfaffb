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
CREATE INDEX "eligibility_verdicts_counts" ON "eligibility_verdicts" USING btree ("campaign_id","kind","verdict","unit_kind","unit_path");--> statement-breakpoint
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
-- One insert, one update and one delete trigger per table the eligibility rules read, each with the query that maps a
-- changed row ($rows) to the (campaign, unit) pairs it affects; a null unit stands for the whole campaign.
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('registrations', 'select campaign_id, org_unit_id from $rows'),
    ('registration_individuals', 'select r.campaign_id, reg.org_unit_id from $rows r join registrations reg on reg.id = r.registration_id'),
    ('attestations', 'select campaign_id, org_unit_id from $rows'),
    -- Whether the unit (or a person of it) has an active proposal: the nominee's unit.
    ('nominations', 'select campaign_id, nominee_unit_id as org_unit_id from $rows'),
    -- A recognition decides the commune's fact and, for its district's other communes, "recognised another" (false).
    ('commune_recognitions', 'select r.campaign_id, u.id as org_unit_id from $rows r join org_units u on u.id = r.commune_unit_id or u.parent_id = r.district_unit_id'),
    -- A unit's ratings of the year (and its PAR task rating of the year before, C1); a person's wherever they registered.
    ('ratings', 'select c.id as campaign_id, r.org_unit_id from $rows r join campaigns c on c.year in (r.year, r.year + 1)
      union all select ri.campaign_id, reg.org_unit_id from $rows r join registration_individuals ri on ri.person_id = r.person_id
      join campaigns c on c.id = ri.campaign_id and c.year = r.year join registrations reg on reg.id = ri.registration_id'),
    ('par_task_confirmations', 'select ri.campaign_id, reg.org_unit_id from $rows r join registration_individuals ri on ri.person_id = r.person_id
      join campaigns c on c.id = ri.campaign_id and c.year = r.year join registrations reg on reg.id = ri.registration_id'),
    -- A person's name is shown and sorted on.
    ('people', 'select ri.campaign_id, reg.org_unit_id from $rows r join registration_individuals ri on ri.person_id = r.id join registrations reg on reg.id = ri.registration_id'),
    -- A unit's name, code, path, kind, level, parent and depth are shown, sorted or filtered on, or are facts.
    ('org_units', 'select c.id as campaign_id, r.id as org_unit_id from $rows r join campaigns c on c.era_id = r.era_id'),
    -- The province's publication gives every unit's PAR class (and each district PAR unit's district class).
    ('par_publications', 'select c.id as campaign_id, null::uuid as org_unit_id from $rows r join campaigns c on c.year = r.year'),
    -- A district's publication gives the classes of the communes in its snapshot.
    ('district_par_publications', 'select c.id as campaign_id, (item->>''communeUnitId'')::uuid as org_unit_id from $rows r join campaigns c on c.year = r.year cross join jsonb_array_elements(r.snapshot) item')
  ) AS marks(tbl, query) LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units(%L)', t.tbl || '_eligibility_insert', t.tbl, t.query);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units(%L)', t.tbl || '_eligibility_update', t.tbl, t.query);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION eligibility_mark_units(%L)', t.tbl || '_eligibility_delete', t.tbl, t.query);
  END LOOP;
END $$;
--> statement-breakpoint
-- Campaigns that exist before this migration start with nothing stored.
INSERT INTO "eligibility_stale" ("campaign_id") SELECT "id" FROM "campaigns";
