CREATE INDEX "org_units_sort_c" ON "org_units" USING btree ("sort_key" collate "C");--> statement-breakpoint
CREATE INDEX "ratings_unit_year" ON "ratings" USING btree ("org_unit_id","year");