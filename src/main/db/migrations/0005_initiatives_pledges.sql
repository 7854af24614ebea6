CREATE TABLE `initiative_status_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`hub_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`created_hlc` text DEFAULT '' NOT NULL,
	`hlc` text DEFAULT '' NOT NULL,
	`field_clocks` text DEFAULT '{}' NOT NULL,
	`change_seq` integer DEFAULT 0 NOT NULL,
	`initiative_id` text NOT NULL,
	`status` text NOT NULL,
	`effective_on` text NOT NULL,
	`note` text
);
--> statement-breakpoint
CREATE INDEX `initiative_status_changes_hub_change_idx` ON `initiative_status_changes` (`hub_id`,`change_seq`);--> statement-breakpoint
CREATE INDEX `initiative_status_changes_idx` ON `initiative_status_changes` (`initiative_id`);--> statement-breakpoint
CREATE TABLE `initiative_steps` (
	`id` text PRIMARY KEY NOT NULL,
	`hub_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`created_hlc` text DEFAULT '' NOT NULL,
	`hlc` text DEFAULT '' NOT NULL,
	`field_clocks` text DEFAULT '{}' NOT NULL,
	`change_seq` integer DEFAULT 0 NOT NULL,
	`initiative_id` text NOT NULL,
	`step` integer NOT NULL,
	`done` integer DEFAULT false NOT NULL,
	`notes` text
);
--> statement-breakpoint
CREATE INDEX `initiative_steps_hub_change_idx` ON `initiative_steps` (`hub_id`,`change_seq`);--> statement-breakpoint
CREATE INDEX `initiative_steps_initiative_idx` ON `initiative_steps` (`initiative_id`);--> statement-breakpoint
CREATE TABLE `initiatives` (
	`id` text PRIMARY KEY NOT NULL,
	`hub_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`created_hlc` text DEFAULT '' NOT NULL,
	`hlc` text DEFAULT '' NOT NULL,
	`field_clocks` text DEFAULT '{}' NOT NULL,
	`change_seq` integer DEFAULT 0 NOT NULL,
	`lead_organisation_id` text NOT NULL,
	`partner_organisation_ids` text DEFAULT '[]' NOT NULL,
	`title` text NOT NULL,
	`problem` text,
	`service` text,
	`beneficiary_groups` text,
	`beneficiary_count` integer,
	`regency_code` text NOT NULL,
	`district_code` text,
	`village_code` text,
	`sector_codes` text DEFAULT '[]' NOT NULL,
	`sdgs` text DEFAULT '[]' NOT NULL,
	`cluster_ids` text DEFAULT '[]' NOT NULL,
	`starts_on` text,
	`ends_on` text,
	`status` text NOT NULL,
	`status_since` text NOT NULL,
	`notes` text
);
--> statement-breakpoint
CREATE INDEX `initiatives_hub_change_idx` ON `initiatives` (`hub_id`,`change_seq`);--> statement-breakpoint
CREATE INDEX `initiatives_lead_idx` ON `initiatives` (`lead_organisation_id`);--> statement-breakpoint
CREATE INDEX `initiatives_regency_idx` ON `initiatives` (`regency_code`);--> statement-breakpoint
CREATE INDEX `initiatives_status_idx` ON `initiatives` (`status`);--> statement-breakpoint
CREATE TABLE `issue_clusters` (
	`id` text PRIMARY KEY NOT NULL,
	`hub_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`created_hlc` text DEFAULT '' NOT NULL,
	`hlc` text DEFAULT '' NOT NULL,
	`field_clocks` text DEFAULT '{}' NOT NULL,
	`change_seq` integer DEFAULT 0 NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`sdgs` text DEFAULT '[]' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `issue_clusters_hub_change_idx` ON `issue_clusters` (`hub_id`,`change_seq`);--> statement-breakpoint
CREATE TABLE `needs` (
	`id` text PRIMARY KEY NOT NULL,
	`hub_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`created_hlc` text DEFAULT '' NOT NULL,
	`hlc` text DEFAULT '' NOT NULL,
	`field_clocks` text DEFAULT '{}' NOT NULL,
	`change_seq` integer DEFAULT 0 NOT NULL,
	`initiative_id` text NOT NULL,
	`form` text NOT NULL,
	`description` text NOT NULL,
	`target_rupiah` integer,
	`target_quantity` integer,
	`unit` text,
	`target_people` integer,
	`target_hours` integer,
	`target_text` text
);
--> statement-breakpoint
CREATE INDEX `needs_hub_change_idx` ON `needs` (`hub_id`,`change_seq`);--> statement-breakpoint
CREATE INDEX `needs_initiative_idx` ON `needs` (`initiative_id`);--> statement-breakpoint
CREATE TABLE `stories` (
	`id` text PRIMARY KEY NOT NULL,
	`hub_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`created_hlc` text DEFAULT '' NOT NULL,
	`hlc` text DEFAULT '' NOT NULL,
	`field_clocks` text DEFAULT '{}' NOT NULL,
	`change_seq` integer DEFAULT 0 NOT NULL,
	`initiative_id` text NOT NULL,
	`title` text NOT NULL,
	`happened_on` text NOT NULL,
	`narrative` text,
	`before` text,
	`after` text,
	`resource_mix` text DEFAULT '[]' NOT NULL,
	`photos` text DEFAULT '[]' NOT NULL,
	`status` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `stories_hub_change_idx` ON `stories` (`hub_id`,`change_seq`);--> statement-breakpoint
CREATE INDEX `stories_initiative_idx` ON `stories` (`initiative_id`);--> statement-breakpoint
CREATE TABLE `fee_rates` (
	`id` text PRIMARY KEY NOT NULL,
	`hub_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`created_hlc` text DEFAULT '' NOT NULL,
	`hlc` text DEFAULT '' NOT NULL,
	`field_clocks` text DEFAULT '{}' NOT NULL,
	`change_seq` integer DEFAULT 0 NOT NULL,
	`effective_from` text NOT NULL,
	`rate_bp` integer NOT NULL,
	`provincial_share_bp` integer DEFAULT 7500 NOT NULL,
	`note` text
);
--> statement-breakpoint
CREATE INDEX `fee_rates_hub_change_idx` ON `fee_rates` (`hub_id`,`change_seq`);--> statement-breakpoint
CREATE TABLE `fulfilments` (
	`id` text PRIMARY KEY NOT NULL,
	`hub_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`created_hlc` text DEFAULT '' NOT NULL,
	`hlc` text DEFAULT '' NOT NULL,
	`field_clocks` text DEFAULT '{}' NOT NULL,
	`change_seq` integer DEFAULT 0 NOT NULL,
	`pledge_id` text NOT NULL,
	`received_on` text NOT NULL,
	`rupiah` integer,
	`quantity` integer,
	`hours` integer,
	`valuation_rupiah` integer,
	`evidence_reference` text,
	`evidence_photo` text,
	`note` text,
	`receipt_number` text NOT NULL,
	`fee_rate_bp` integer DEFAULT 0 NOT NULL,
	`fee_rupiah` integer DEFAULT 0 NOT NULL,
	`provincial_share_bp` integer DEFAULT 7500 NOT NULL,
	`provincial_share_rupiah` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `fulfilments_hub_change_idx` ON `fulfilments` (`hub_id`,`change_seq`);--> statement-breakpoint
CREATE INDEX `fulfilments_pledge_idx` ON `fulfilments` (`pledge_id`);--> statement-breakpoint
CREATE INDEX `fulfilments_received_idx` ON `fulfilments` (`received_on`);--> statement-breakpoint
CREATE TABLE `pledges` (
	`id` text PRIMARY KEY NOT NULL,
	`hub_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`created_hlc` text DEFAULT '' NOT NULL,
	`hlc` text DEFAULT '' NOT NULL,
	`field_clocks` text DEFAULT '{}' NOT NULL,
	`change_seq` integer DEFAULT 0 NOT NULL,
	`supporter_id` text NOT NULL,
	`initiative_id` text NOT NULL,
	`need_id` text,
	`form` text NOT NULL,
	`rupiah` integer,
	`quantity` integer,
	`unit` text,
	`people` integer,
	`hours` integer,
	`description` text,
	`valuation_rupiah` integer,
	`pledged_on` text NOT NULL,
	`due_on` text,
	`instalment_count` integer DEFAULT 1 NOT NULL,
	`instalment_interval` text,
	`partnership_model` text,
	`partner_type` text,
	`note` text,
	`cancelled_on` text,
	`cancel_reason` text
);
--> statement-breakpoint
CREATE INDEX `pledges_hub_change_idx` ON `pledges` (`hub_id`,`change_seq`);--> statement-breakpoint
CREATE INDEX `pledges_supporter_idx` ON `pledges` (`supporter_id`);--> statement-breakpoint
CREATE INDEX `pledges_initiative_idx` ON `pledges` (`initiative_id`);--> statement-breakpoint
CREATE INDEX `pledges_need_idx` ON `pledges` (`need_id`);--> statement-breakpoint
CREATE TABLE `supporters` (
	`id` text PRIMARY KEY NOT NULL,
	`hub_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`created_hlc` text DEFAULT '' NOT NULL,
	`hlc` text DEFAULT '' NOT NULL,
	`field_clocks` text DEFAULT '{}' NOT NULL,
	`change_seq` integer DEFAULT 0 NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`kind` text NOT NULL,
	`organisation_id` text,
	`regency_code` text,
	`contact_person` text,
	`phone` text,
	`email` text,
	`address` text,
	`consent` integer DEFAULT false NOT NULL,
	`consent_on` text,
	`notes` text
);
--> statement-breakpoint
CREATE INDEX `supporters_hub_change_idx` ON `supporters` (`hub_id`,`change_seq`);--> statement-breakpoint
CREATE INDEX `supporters_name_key_idx` ON `supporters` (`name_key`);--> statement-breakpoint
CREATE INDEX `supporters_phone_idx` ON `supporters` (`phone`);--> statement-breakpoint
CREATE INDEX `supporters_email_idx` ON `supporters` (`email`);