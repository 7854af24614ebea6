CREATE TABLE `bundle_people` (
	`bundle_id` integer NOT NULL,
	`person_id` text NOT NULL,
	`identifying` integer NOT NULL,
	PRIMARY KEY(`bundle_id`, `person_id`)
);
--> statement-breakpoint
CREATE INDEX `bundle_people_person_idx` ON `bundle_people` (`person_id`);--> statement-breakpoint
CREATE TABLE `consent_records` (
	`id` text PRIMARY KEY NOT NULL,
	`hub_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`created_hlc` text DEFAULT '' NOT NULL,
	`hlc` text DEFAULT '' NOT NULL,
	`field_clocks` text DEFAULT '{}' NOT NULL,
	`change_seq` integer DEFAULT 0 NOT NULL,
	`person_id` text NOT NULL,
	`purpose` text NOT NULL,
	`action` text NOT NULL,
	`recorded_on` text NOT NULL,
	`method` text NOT NULL,
	`recorded_by` text NOT NULL,
	`guardian_name` text,
	`proof_sha256` text
);
--> statement-breakpoint
CREATE INDEX `consent_records_hub_change_idx` ON `consent_records` (`hub_id`,`change_seq`);--> statement-breakpoint
CREATE INDEX `consent_records_latest_idx` ON `consent_records` (`person_id`,`purpose`,`recorded_on`,`created_hlc`);--> statement-breakpoint
CREATE TABLE `privacy_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`person_id` text,
	`requester_name` text NOT NULL,
	`received_at` text NOT NULL,
	`due_at` text NOT NULL,
	`verification` text NOT NULL,
	`details` text,
	`status` text DEFAULT 'open' NOT NULL,
	`closed_at` text,
	`outcome` text
);
--> statement-breakpoint
CREATE INDEX `privacy_requests_status_idx` ON `privacy_requests` (`status`,`due_at`);--> statement-breakpoint
ALTER TABLE `people` ADD `consent_purposes` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `restricted_on` text;--> statement-breakpoint
ALTER TABLE `people` ADD `erased_at` text;--> statement-breakpoint
ALTER TABLE `people` ADD `age_band` text;--> statement-breakpoint
-- Consent given before this version covered contact only: until a person has a record of contact
-- consent, the derived purposes say what the flag said (src/main/privacy/sync.ts).
UPDATE `people` SET `consent_purposes` = '["contact"]' WHERE `consent` = 1;--> statement-breakpoint
-- An erased name must not linger in the search index's pages: FTS5 overwrites what it deletes.
INSERT INTO `people_fts` (`people_fts`, `rank`) VALUES ('secure-delete', 1);--> statement-breakpoint
INSERT INTO `organisations_fts` (`organisations_fts`, `rank`) VALUES ('secure-delete', 1);
