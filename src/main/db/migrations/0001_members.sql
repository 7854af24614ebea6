CREATE TABLE `affiliations` (
	`id` text PRIMARY KEY NOT NULL,
	`hub_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`person_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`role` text NOT NULL,
	`from_on` text NOT NULL,
	`until_on` text
);
--> statement-breakpoint
CREATE INDEX `affiliations_hub_updated_idx` ON `affiliations` (`hub_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `affiliations_person_idx` ON `affiliations` (`person_id`);--> statement-breakpoint
CREATE INDEX `affiliations_organisation_idx` ON `affiliations` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `capacity_assessments` (
	`id` text PRIMARY KEY NOT NULL,
	`hub_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`organisation_id` text NOT NULL,
	`assessed_on` text NOT NULL,
	`scores` text NOT NULL,
	`note` text
);
--> statement-breakpoint
CREATE INDEX `capacity_assessments_hub_updated_idx` ON `capacity_assessments` (`hub_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `capacity_assessments_org_idx` ON `capacity_assessments` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `membership_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`hub_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`organisation_id` text NOT NULL,
	`status` text NOT NULL,
	`effective_on` text NOT NULL,
	`note` text
);
--> statement-breakpoint
CREATE INDEX `membership_changes_hub_updated_idx` ON `membership_changes` (`hub_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `membership_changes_org_idx` ON `membership_changes` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `merges` (
	`id` text PRIMARY KEY NOT NULL,
	`hub_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`kind` text NOT NULL,
	`survivor_id` text NOT NULL,
	`merged_id` text NOT NULL,
	`survivor_before` text NOT NULL,
	`merged_before` text NOT NULL,
	`moved_references` text NOT NULL,
	`undone_at` text
);
--> statement-breakpoint
CREATE INDEX `merges_hub_updated_idx` ON `merges` (`hub_id`,`updated_at`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` text PRIMARY KEY NOT NULL,
	`hub_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`acronym` text,
	`type_code` text,
	`legal_form` text,
	`registration_number` text,
	`founded_year` integer,
	`regency_code` text NOT NULL,
	`district_code` text,
	`district_name` text,
	`village_code` text,
	`village_name` text,
	`address` text,
	`phone` text,
	`email` text,
	`website` text,
	`social_media` text,
	`sector_codes` text DEFAULT '[]' NOT NULL,
	`sdgs` text DEFAULT '[]' NOT NULL,
	`focus` text,
	`beneficiaries` text,
	`staff_count` integer,
	`volunteer_count` integer,
	`status` text NOT NULL,
	`status_since` text NOT NULL,
	`notes` text,
	`merged_into_id` text
);
--> statement-breakpoint
CREATE INDEX `organisations_hub_updated_idx` ON `organisations` (`hub_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `organisations_name_key_idx` ON `organisations` (`name_key`,`regency_code`);--> statement-breakpoint
CREATE INDEX `organisations_regency_idx` ON `organisations` (`regency_code`);--> statement-breakpoint
CREATE INDEX `organisations_phone_idx` ON `organisations` (`phone`);--> statement-breakpoint
CREATE INDEX `organisations_email_idx` ON `organisations` (`email`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`hub_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`gender` text NOT NULL,
	`birth_year` integer,
	`role` text NOT NULL,
	`organisation_id` text NOT NULL,
	`phone` text,
	`email` text,
	`consent` integer DEFAULT false NOT NULL,
	`consent_on` text,
	`notes` text,
	`merged_into_id` text
);
--> statement-breakpoint
CREATE INDEX `people_hub_updated_idx` ON `people` (`hub_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `people_organisation_idx` ON `people` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `people_name_key_idx` ON `people` (`name_key`);--> statement-breakpoint
CREATE INDEX `people_phone_idx` ON `people` (`phone`);--> statement-breakpoint
CREATE INDEX `people_email_idx` ON `people` (`email`);--> statement-breakpoint
-- Sorting the directory by name, case-insensitively, without sorting 100k rows per page.
CREATE INDEX `organisations_name_sort_idx` ON `organisations` (`name` COLLATE NOCASE);--> statement-breakpoint
CREATE INDEX `people_name_sort_idx` ON `people` (`name` COLLATE NOCASE);--> statement-breakpoint
-- Full-text search (not in the drizzle schema: drizzle-kit has no virtual tables or triggers).
-- The FTS tables are contentless and keyed by search_keys' integer rowid rather than the member
-- tables' implicit rowids, which VACUUM may renumber. Triggers keep them current for every writer:
-- forms, imports, merges and, later, sync. Soft-deleted rows leave the index.
CREATE TABLE `search_keys` (`rowid` integer PRIMARY KEY, `entity_id` text NOT NULL);--> statement-breakpoint
CREATE UNIQUE INDEX `search_keys_entity_idx` ON `search_keys` (`entity_id`);--> statement-breakpoint
-- Prefix indexes down to one letter: the first keystroke ("b") would otherwise merge the lists of
-- every word it begins, which took twice as long.
CREATE VIRTUAL TABLE `organisations_fts` USING fts5(
  name, acronym, place, contact,
  content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);--> statement-breakpoint
CREATE VIRTUAL TABLE `people_fts` USING fts5(
  name, contact, organisation,
  content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);--> statement-breakpoint
-- What people_fts holds per live person: "who is the contact at Yayasan X / in Madiun" is searched
-- by the OMS's name, acronym and kabupaten/kota, so those are indexed with the person.
CREATE VIEW `people_search_rows` AS
SELECT k.rowid, p.id AS person_id, p.organisation_id, p.name,
  concat_ws(' ', p.phone, '0' || substr(p.phone, 4),
    CASE WHEN lower(substr(p.email, instr(p.email, '@') + 1)) IN ('gmail.com', 'yahoo.com', 'yahoo.co.id', 'ymail.com',
      'hotmail.com', 'outlook.com', 'live.com', 'icloud.com', 'rocketmail.com')
    THEN substr(p.email, 1, instr(p.email, '@') - 1) ELSE p.email END) AS contact,
  concat_ws(' ', o.name, o.acronym, r.name) AS organisation
FROM people p
JOIN search_keys k ON k.entity_id = p.id
LEFT JOIN organisations o ON o.id = p.organisation_id AND o.deleted_at IS NULL
LEFT JOIN ref_regencies r ON r.code = o.regency_code
WHERE p.deleted_at IS NULL;--> statement-breakpoint
-- What organisations_fts holds per live OMS. A free-mail domain (gmail.com, yahoo.co.id, …) says
-- nothing about whom an address belongs to, and a search for it would list half the directory, so
-- only the part before the @ is indexed; matchExpression drops such a domain from what is typed.
CREATE VIEW `organisation_search_rows` AS
SELECT k.rowid, o.id AS organisation_id, o.name, o.acronym,
  concat_ws(' ', r.name, coalesce(d.name, o.district_name), coalesce(v.name, o.village_name)) AS place,
  concat_ws(' ', o.phone, '0' || substr(o.phone, 4),
    CASE WHEN lower(substr(o.email, instr(o.email, '@') + 1)) IN ('gmail.com', 'yahoo.com', 'yahoo.co.id', 'ymail.com',
      'hotmail.com', 'outlook.com', 'live.com', 'icloud.com', 'rocketmail.com')
    THEN substr(o.email, 1, instr(o.email, '@') - 1) ELSE o.email END, o.registration_number) AS contact
FROM organisations o
JOIN search_keys k ON k.entity_id = o.id
LEFT JOIN ref_regencies r ON r.code = o.regency_code
LEFT JOIN ref_districts d ON d.code = o.district_code
LEFT JOIN ref_villages v ON v.code = o.village_code
WHERE o.deleted_at IS NULL;--> statement-breakpoint
CREATE TRIGGER `organisations_search_insert` AFTER INSERT ON `organisations` BEGIN
  INSERT INTO search_keys (entity_id) VALUES (new.id) ON CONFLICT (entity_id) DO NOTHING;
  INSERT INTO organisations_fts (rowid, name, acronym, place, contact)
  SELECT rowid, name, acronym, place, contact FROM organisation_search_rows WHERE organisation_id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER `organisations_search_update` AFTER UPDATE OF
  name, acronym, regency_code, district_code, district_name, village_code, village_name,
  phone, email, registration_number, deleted_at
ON `organisations` BEGIN
  DELETE FROM organisations_fts WHERE rowid = (SELECT rowid FROM search_keys WHERE entity_id = old.id);
  INSERT INTO search_keys (entity_id) VALUES (new.id) ON CONFLICT (entity_id) DO NOTHING;
  INSERT INTO organisations_fts (rowid, name, acronym, place, contact)
  SELECT rowid, name, acronym, place, contact FROM organisation_search_rows WHERE organisation_id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER `organisations_search_delete` AFTER DELETE ON `organisations` BEGIN
  DELETE FROM organisations_fts WHERE rowid = (SELECT rowid FROM search_keys WHERE entity_id = old.id);
  DELETE FROM search_keys WHERE entity_id = old.id;
END;--> statement-breakpoint
CREATE TRIGGER `people_search_insert` AFTER INSERT ON `people` BEGIN
  INSERT INTO search_keys (entity_id) VALUES (new.id) ON CONFLICT (entity_id) DO NOTHING;
  INSERT INTO people_fts (rowid, name, contact, organisation)
  SELECT rowid, name, contact, organisation FROM people_search_rows WHERE person_id = new.id;
END;--> statement-breakpoint
-- organisation_id: people moved by a merge or an edit are found by their new OMS.
CREATE TRIGGER `people_search_update` AFTER UPDATE OF name, phone, email, organisation_id, deleted_at ON `people` BEGIN
  DELETE FROM people_fts WHERE rowid = (SELECT rowid FROM search_keys WHERE entity_id = old.id);
  INSERT INTO search_keys (entity_id) VALUES (new.id) ON CONFLICT (entity_id) DO NOTHING;
  INSERT INTO people_fts (rowid, name, contact, organisation)
  SELECT rowid, name, contact, organisation FROM people_search_rows WHERE person_id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER `people_search_delete` AFTER DELETE ON `people` BEGIN
  DELETE FROM people_fts WHERE rowid = (SELECT rowid FROM search_keys WHERE entity_id = old.id);
  DELETE FROM search_keys WHERE entity_id = old.id;
END;;--> statement-breakpoint
-- Forms write every column, so only a real change re-indexes an OMS's people.
CREATE TRIGGER `organisations_people_search_update` AFTER UPDATE OF name, acronym, regency_code, deleted_at
ON `organisations` WHEN old.name IS NOT new.name OR old.acronym IS NOT new.acronym
  OR old.regency_code IS NOT new.regency_code OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL)
BEGIN
  DELETE FROM people_fts WHERE rowid IN (
    SELECT k.rowid FROM people p JOIN search_keys k ON k.entity_id = p.id WHERE p.organisation_id = new.id
  );
  INSERT INTO people_fts (rowid, name, contact, organisation)
  SELECT rowid, name, contact, organisation FROM people_search_rows WHERE organisation_id = new.id;
END;
