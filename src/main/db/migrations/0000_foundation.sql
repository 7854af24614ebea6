CREATE TABLE `hubs` (
	`id` text PRIMARY KEY NOT NULL,
	`hub_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`role` text NOT NULL,
	`province_code` text,
	`name` text NOT NULL,
	`contact_name` text,
	`contact_phone` text,
	`contact_email` text,
	`public_key` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `hubs_hub_updated_idx` ON `hubs` (`hub_id`,`updated_at`);--> statement-breakpoint
CREATE TABLE `local_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `ref_districts` (
	`code` text PRIMARY KEY NOT NULL,
	`regency_code` text NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `ref_districts_regency_idx` ON `ref_districts` (`regency_code`);--> statement-breakpoint
CREATE TABLE `ref_provinces` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`time_zone` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `ref_versions` (
	`dataset` text PRIMARY KEY NOT NULL,
	`version` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `ref_regencies` (
	`code` text PRIMARY KEY NOT NULL,
	`province_code` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`short_name` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `ref_regencies_province_idx` ON `ref_regencies` (`province_code`);--> statement-breakpoint
CREATE TABLE `ref_sdgs` (
	`number` integer PRIMARY KEY NOT NULL,
	`name_id` text NOT NULL,
	`name_en` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `ref_terms` (
	`vocabulary` text NOT NULL,
	`code` text NOT NULL,
	`name_id` text NOT NULL,
	`name_en` text NOT NULL,
	`sort_order` integer NOT NULL,
	`emerging` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`vocabulary`, `code`)
);
--> statement-breakpoint
CREATE INDEX `ref_terms_vocabulary_idx` ON `ref_terms` (`vocabulary`,`sort_order`);--> statement-breakpoint
CREATE TABLE `ref_villages` (
	`code` text PRIMARY KEY NOT NULL,
	`district_code` text NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `ref_villages_district_idx` ON `ref_villages` (`district_code`);