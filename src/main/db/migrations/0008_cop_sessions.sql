CREATE TABLE `cop_certificates` (
	`id` text PRIMARY KEY NOT NULL,
	`hub_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`created_hlc` text DEFAULT '' NOT NULL,
	`hlc` text DEFAULT '' NOT NULL,
	`field_clocks` text DEFAULT '{}' NOT NULL,
	`change_seq` integer DEFAULT 0 NOT NULL,
	`participant_id` text NOT NULL,
	`code` text NOT NULL,
	`issued_on` text NOT NULL,
	`holder_name` text NOT NULL,
	`session_title` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `cop_certificates_hub_change_idx` ON `cop_certificates` (`hub_id`,`change_seq`);--> statement-breakpoint
CREATE INDEX `cop_certificates_participant_idx` ON `cop_certificates` (`participant_id`);--> statement-breakpoint
CREATE INDEX `cop_certificates_code_idx` ON `cop_certificates` (`code`);--> statement-breakpoint
CREATE TABLE `cop_participants` (
	`id` text PRIMARY KEY NOT NULL,
	`hub_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`created_hlc` text DEFAULT '' NOT NULL,
	`hlc` text DEFAULT '' NOT NULL,
	`field_clocks` text DEFAULT '{}' NOT NULL,
	`change_seq` integer DEFAULT 0 NOT NULL,
	`session_id` text NOT NULL,
	`person_id` text NOT NULL,
	`status` text DEFAULT 'registered' NOT NULL,
	`minutes_present` integer,
	`pre_score` integer,
	`post_score` integer
);
--> statement-breakpoint
CREATE INDEX `cop_participants_hub_change_idx` ON `cop_participants` (`hub_id`,`change_seq`);--> statement-breakpoint
CREATE INDEX `cop_participants_session_idx` ON `cop_participants` (`session_id`);--> statement-breakpoint
CREATE INDEX `cop_participants_person_idx` ON `cop_participants` (`person_id`);--> statement-breakpoint
CREATE TABLE `cop_series` (
	`id` text PRIMARY KEY NOT NULL,
	`hub_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`created_hlc` text DEFAULT '' NOT NULL,
	`hlc` text DEFAULT '' NOT NULL,
	`field_clocks` text DEFAULT '{}' NOT NULL,
	`change_seq` integer DEFAULT 0 NOT NULL,
	`title` text NOT NULL,
	`aspect` text NOT NULL,
	`notes` text
);
--> statement-breakpoint
CREATE INDEX `cop_series_hub_change_idx` ON `cop_series` (`hub_id`,`change_seq`);--> statement-breakpoint
CREATE TABLE `cop_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`hub_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`created_hlc` text DEFAULT '' NOT NULL,
	`hlc` text DEFAULT '' NOT NULL,
	`field_clocks` text DEFAULT '{}' NOT NULL,
	`change_seq` integer DEFAULT 0 NOT NULL,
	`series_id` text,
	`series_part` integer,
	`title` text NOT NULL,
	`aspect` text NOT NULL,
	`format` text NOT NULL,
	`module_reference` text,
	`starts_at` text NOT NULL,
	`ends_at` text NOT NULL,
	`venue` text,
	`meeting_link` text,
	`capacity` integer,
	`organiser_organisation_id` text,
	`facilitator_ids` text DEFAULT '[]' NOT NULL,
	`notes` text,
	`status` text DEFAULT 'planned' NOT NULL,
	`threshold_minutes` integer,
	`pass_score` integer DEFAULT 70 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `cop_sessions_hub_change_idx` ON `cop_sessions` (`hub_id`,`change_seq`);--> statement-breakpoint
CREATE INDEX `cop_sessions_starts_idx` ON `cop_sessions` (`starts_at`);--> statement-breakpoint
CREATE INDEX `cop_sessions_series_idx` ON `cop_sessions` (`series_id`);--> statement-breakpoint
CREATE TABLE `cop_trainers` (
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
	`aspect` text NOT NULL,
	`source_session_id` text,
	`qualified_on` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `cop_trainers_hub_change_idx` ON `cop_trainers` (`hub_id`,`change_seq`);--> statement-breakpoint
CREATE INDEX `cop_trainers_person_idx` ON `cop_trainers` (`person_id`);--> statement-breakpoint
CREATE INDEX `cop_trainers_source_idx` ON `cop_trainers` (`source_session_id`);