CREATE TABLE `indicator_targets` (
	`id` text PRIMARY KEY NOT NULL,
	`hub_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`created_hlc` text DEFAULT '' NOT NULL,
	`hlc` text DEFAULT '' NOT NULL,
	`field_clocks` text DEFAULT '{}' NOT NULL,
	`change_seq` integer DEFAULT 0 NOT NULL,
	`indicator_key` text NOT NULL,
	`from_on` text NOT NULL,
	`to_on` text NOT NULL,
	`value` integer NOT NULL,
	`note` text
);
--> statement-breakpoint
CREATE INDEX `indicator_targets_hub_change_idx` ON `indicator_targets` (`hub_id`,`change_seq`);