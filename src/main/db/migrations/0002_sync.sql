DROP TABLE `merges`;--> statement-breakpoint
DROP INDEX `hubs_hub_updated_idx`;--> statement-breakpoint
ALTER TABLE `hubs` ADD `created_hlc` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `hubs` ADD `hlc` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `hubs` ADD `field_clocks` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `hubs` ADD `change_seq` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `hubs_hub_change_idx` ON `hubs` (`hub_id`,`change_seq`);--> statement-breakpoint
DROP INDEX `affiliations_hub_updated_idx`;--> statement-breakpoint
ALTER TABLE `affiliations` ADD `created_hlc` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `affiliations` ADD `hlc` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `affiliations` ADD `field_clocks` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `affiliations` ADD `change_seq` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `affiliations_hub_change_idx` ON `affiliations` (`hub_id`,`change_seq`);--> statement-breakpoint
DROP INDEX `capacity_assessments_hub_updated_idx`;--> statement-breakpoint
ALTER TABLE `capacity_assessments` ADD `created_hlc` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `capacity_assessments` ADD `hlc` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `capacity_assessments` ADD `field_clocks` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `capacity_assessments` ADD `change_seq` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `capacity_assessments_hub_change_idx` ON `capacity_assessments` (`hub_id`,`change_seq`);--> statement-breakpoint
DROP INDEX `membership_changes_hub_updated_idx`;--> statement-breakpoint
ALTER TABLE `membership_changes` ADD `created_hlc` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `membership_changes` ADD `hlc` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `membership_changes` ADD `field_clocks` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `membership_changes` ADD `change_seq` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `membership_changes_hub_change_idx` ON `membership_changes` (`hub_id`,`change_seq`);--> statement-breakpoint
DROP INDEX `organisations_hub_updated_idx`;--> statement-breakpoint
ALTER TABLE `organisations` ADD `created_hlc` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `hlc` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `field_clocks` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `change_seq` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `organisations_hub_change_idx` ON `organisations` (`hub_id`,`change_seq`);--> statement-breakpoint
DROP INDEX `people_hub_updated_idx`;--> statement-breakpoint
ALTER TABLE `people` ADD `created_hlc` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `hlc` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `field_clocks` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `change_seq` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `people_hub_change_idx` ON `people` (`hub_id`,`change_seq`);--> statement-breakpoint
CREATE TABLE `merges` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`survivor_id` text NOT NULL,
	`merged_id` text NOT NULL,
	`merged_name` text NOT NULL,
	`changes` text NOT NULL,
	`merged_at` text NOT NULL,
	`undone_at` text
);
--> statement-breakpoint
CREATE TABLE `sync_acks` (
	`receiver_key_id` text NOT NULL,
	`key_id` text NOT NULL,
	`applied_through` integer NOT NULL,
	`recorded_at` text NOT NULL,
	PRIMARY KEY(`receiver_key_id`, `key_id`)
);
--> statement-breakpoint
CREATE TABLE `sync_attachments` (
	`sha256` text PRIMARY KEY NOT NULL,
	`size` integer NOT NULL,
	`data` blob NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_bundles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`direction` text NOT NULL,
	`kind` text,
	`outcome` text NOT NULL,
	`bundle_id` text,
	`key_id` text,
	`hub_id` text,
	`province_code` text,
	`sequence` integer,
	`covers_from` integer,
	`file_sha256` text,
	`previous_sha256` text,
	`created_at` text,
	`recorded_at` text NOT NULL,
	`file_name` text,
	`counts` text,
	`reason` text,
	`up_to_change_seq` integer,
	`drift_accepted` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sync_bundles_key_idx` ON `sync_bundles` (`key_id`,`sequence`);--> statement-breakpoint
CREATE TABLE `sync_keys` (
	`key_id` text PRIMARY KEY NOT NULL,
	`hub_id` text NOT NULL,
	`instance_id` text NOT NULL,
	`role` text NOT NULL,
	`province_code` text,
	`name` text NOT NULL,
	`public_key` text NOT NULL,
	`status` text NOT NULL,
	`enrolled_at` text NOT NULL,
	`revoked_at` text,
	`last_valid_sequence` integer,
	`last_sequence` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sync_keys_hub_idx` ON `sync_keys` (`hub_id`);--> statement-breakpoint
-- Rows written before clocks existed: one clock per row from its last change, on a node id of zeros.
UPDATE `hubs` SET created_hlc = printf('%015d-00000-0000000000000000', CAST(strftime('%s', updated_at) AS INTEGER) * 1000 + CAST(substr(updated_at, 21, 3) AS INTEGER)), change_seq = rowid;
--> statement-breakpoint
UPDATE `hubs` SET hlc = created_hlc;
--> statement-breakpoint
UPDATE `organisations` SET created_hlc = printf('%015d-00000-0000000000000000', CAST(strftime('%s', updated_at) AS INTEGER) * 1000 + CAST(substr(updated_at, 21, 3) AS INTEGER)), change_seq = rowid;
--> statement-breakpoint
UPDATE `organisations` SET hlc = created_hlc;
--> statement-breakpoint
UPDATE `membership_changes` SET created_hlc = printf('%015d-00000-0000000000000000', CAST(strftime('%s', updated_at) AS INTEGER) * 1000 + CAST(substr(updated_at, 21, 3) AS INTEGER)), change_seq = rowid;
--> statement-breakpoint
UPDATE `membership_changes` SET hlc = created_hlc;
--> statement-breakpoint
UPDATE `capacity_assessments` SET created_hlc = printf('%015d-00000-0000000000000000', CAST(strftime('%s', updated_at) AS INTEGER) * 1000 + CAST(substr(updated_at, 21, 3) AS INTEGER)), change_seq = rowid;
--> statement-breakpoint
UPDATE `capacity_assessments` SET hlc = created_hlc;
--> statement-breakpoint
UPDATE `people` SET created_hlc = printf('%015d-00000-0000000000000000', CAST(strftime('%s', updated_at) AS INTEGER) * 1000 + CAST(substr(updated_at, 21, 3) AS INTEGER)), change_seq = rowid;
--> statement-breakpoint
UPDATE `people` SET hlc = created_hlc;
--> statement-breakpoint
UPDATE `affiliations` SET created_hlc = printf('%015d-00000-0000000000000000', CAST(strftime('%s', updated_at) AS INTEGER) * 1000 + CAST(substr(updated_at, 21, 3) AS INTEGER)), change_seq = rowid;
--> statement-breakpoint
UPDATE `affiliations` SET hlc = created_hlc;
--> statement-breakpoint
INSERT INTO local_settings (key, value) SELECT 'sync_change_seq', coalesce(max(n), 0) FROM (SELECT max(change_seq) AS n, max(hlc) AS h FROM `hubs` UNION ALL SELECT max(change_seq) AS n, max(hlc) AS h FROM `organisations` UNION ALL SELECT max(change_seq) AS n, max(hlc) AS h FROM `membership_changes` UNION ALL SELECT max(change_seq) AS n, max(hlc) AS h FROM `capacity_assessments` UNION ALL SELECT max(change_seq) AS n, max(hlc) AS h FROM `people` UNION ALL SELECT max(change_seq) AS n, max(hlc) AS h FROM `affiliations`) WHERE true ON CONFLICT (key) DO UPDATE SET value = excluded.value;
--> statement-breakpoint
INSERT INTO local_settings (key, value) SELECT 'sync_clock', max(h) FROM (SELECT max(change_seq) AS n, max(hlc) AS h FROM `hubs` UNION ALL SELECT max(change_seq) AS n, max(hlc) AS h FROM `organisations` UNION ALL SELECT max(change_seq) AS n, max(hlc) AS h FROM `membership_changes` UNION ALL SELECT max(change_seq) AS n, max(hlc) AS h FROM `capacity_assessments` UNION ALL SELECT max(change_seq) AS n, max(hlc) AS h FROM `people` UNION ALL SELECT max(change_seq) AS n, max(hlc) AS h FROM `affiliations`) WHERE h IS NOT NULL AND h <> '' HAVING max(h) IS NOT NULL ON CONFLICT (key) DO UPDATE SET value = excluded.value;
