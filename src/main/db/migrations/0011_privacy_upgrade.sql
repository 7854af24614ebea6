ALTER TABLE `stories` ADD `people` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `stories` ADD `people_released` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `cop_certificates` ADD `holder_released` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- A consent ticked for someone under 18 at the time was no guardian's: it never counted (privacy/sync.ts).
UPDATE `people` SET `consent` = 0, `consent_on` = NULL,
    `consent_purposes` = (SELECT json_group_array(value) FROM json_each(`people`.`consent_purposes`) WHERE value <> 'contact')
  WHERE `consent` = 1 AND `birth_year` IS NOT NULL
    AND CAST(substr(coalesce(`consent_on`, `created_at`), 1, 4) AS INTEGER) - `birth_year` < 18
    AND NOT EXISTS (SELECT 1 FROM `consent_records` r WHERE r.person_id = `people`.id AND r.purpose = 'contact'
      AND r.deleted_at IS NULL);--> statement-breakpoint
-- A certificate names its holder: that name leaves the hub on the holder's consent to share with
-- the national team, as their own name does (src/main/cop/sync.ts). Derived as the write path does.
UPDATE `cop_certificates` SET `holder_released` = coalesce((SELECT x.restricted_on IS NULL AND x.erased_at IS NULL
    AND instr(x.consent_purposes, '"national"') > 0
  FROM `cop_participants` p JOIN `people` x ON x.id = p.person_id WHERE p.id = `cop_certificates`.participant_id), 0);--> statement-breakpoint
-- Every bundle before 0010 carried names without asking. The rows of this hub whose personal
-- fields are no longer released are sent again, without them, so that instances holding them
-- blank them (SyncWriter.merge): only their change counter moves, past the instance's counter.
CREATE TEMP TABLE `upgrade_resend` (`tbl` text NOT NULL, `id` text NOT NULL, `n` integer NOT NULL);--> statement-breakpoint
INSERT INTO `upgrade_resend` SELECT 'people', id, row_number() OVER (ORDER BY change_seq) FROM `people`
  WHERE hub_id = (SELECT value FROM `local_settings` WHERE key = 'self_hub_id')
    AND (NOT (restricted_on IS NULL AND erased_at IS NULL AND instr(consent_purposes, '"national"') > 0)
        AND (name <> '' OR notes IS NOT NULL OR phone IS NOT NULL OR email IS NOT NULL)
      OR NOT (restricted_on IS NULL AND erased_at IS NULL AND instr(consent_purposes, '"national"') > 0
        AND instr(consent_purposes, '"contact"') > 0) AND (phone IS NOT NULL OR email IS NOT NULL));--> statement-breakpoint
INSERT INTO `upgrade_resend` SELECT 'cop_certificates', id,
    (SELECT count(*) FROM `upgrade_resend`) + row_number() OVER (ORDER BY change_seq) FROM `cop_certificates`
  WHERE hub_id = (SELECT value FROM `local_settings` WHERE key = 'self_hub_id') AND NOT holder_released
    AND holder_name <> '';--> statement-breakpoint
UPDATE `people` SET change_seq = r.n + coalesce((SELECT CAST(value AS INTEGER) FROM `local_settings`
    WHERE key = 'sync_change_seq'), 0)
  FROM `upgrade_resend` r WHERE r.tbl = 'people' AND r.id = `people`.id;--> statement-breakpoint
UPDATE `cop_certificates` SET change_seq = r.n + coalesce((SELECT CAST(value AS INTEGER) FROM `local_settings`
    WHERE key = 'sync_change_seq'), 0)
  FROM `upgrade_resend` r WHERE r.tbl = 'cop_certificates' AND r.id = `cop_certificates`.id;--> statement-breakpoint
INSERT INTO `local_settings` (key, value) SELECT 'sync_change_seq', CAST(coalesce((SELECT CAST(value AS INTEGER)
    FROM `local_settings` WHERE key = 'sync_change_seq'), 0) + count(*) AS TEXT) FROM `upgrade_resend`
  WHERE true
  ON CONFLICT (key) DO UPDATE SET value = excluded.value;--> statement-breakpoint
DROP TABLE `upgrade_resend`;
