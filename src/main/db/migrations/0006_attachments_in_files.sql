CREATE TABLE `attachments` (
	`sha256` text PRIMARY KEY NOT NULL,
	`size` integer NOT NULL,
	`mime` text NOT NULL,
	`width` integer,
	`height` integer,
	`created_at` text NOT NULL
);
--> statement-breakpoint
-- Attachments received before 0006 join the index, their type read from their first bytes as
-- src/main/attachments/kinds.ts does; their bytes move into the folder when the database opens.
INSERT INTO `attachments` (`sha256`, `size`, `mime`, `width`, `height`, `created_at`)
SELECT `sha256`, `size`,
  CASE
    WHEN substr(`data`, 1, 3) = X'FFD8FF' THEN 'image/jpeg'
    WHEN substr(`data`, 1, 8) = X'89504E470D0A1A0A' THEN 'image/png'
    WHEN substr(`data`, 1, 4) = X'52494646' AND substr(`data`, 9, 4) = X'57454250' THEN 'image/webp'
    WHEN substr(`data`, 1, 5) = X'255044462D' THEN 'application/pdf'
    ELSE 'application/octet-stream'
  END,
  NULL, NULL, `created_at`
FROM `sync_attachments`;
