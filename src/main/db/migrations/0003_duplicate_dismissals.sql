CREATE TABLE `duplicate_dismissals` (
	`id` text PRIMARY KEY NOT NULL,
	`hub_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`created_hlc` text DEFAULT '' NOT NULL,
	`hlc` text DEFAULT '' NOT NULL,
	`field_clocks` text DEFAULT '{}' NOT NULL,
	`change_seq` integer DEFAULT 0 NOT NULL,
	`kind` text NOT NULL,
	`first_id` text NOT NULL,
	`second_id` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `duplicate_dismissals_hub_change_idx` ON `duplicate_dismissals` (`hub_id`,`change_seq`);--> statement-breakpoint
CREATE INDEX `duplicate_dismissals_pair_idx` ON `duplicate_dismissals` (`first_id`,`second_id`);--> statement-breakpoint
CREATE INDEX `duplicate_dismissals_second_idx` ON `duplicate_dismissals` (`second_id`);