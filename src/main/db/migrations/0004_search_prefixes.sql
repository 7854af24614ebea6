-- Prefix indexes for every start of a word up to eight letters, where 0001 stopped at three. A
-- longer prefix ("0812", "lestari") otherwise merges the doclists of every word it begins — for
-- phone numbers thousands — in each query, and in each lookup of one row (search/matches.ts:
-- matchingAmong), which made the broad searches of a large directory several times slower. The
-- index grows about twofold. The triggers of 0001 name the tables, so they keep working once the
-- tables are made anew; the rows come back from the same views the triggers read.
DROP TABLE `organisations_fts`;--> statement-breakpoint
DROP TABLE `people_fts`;--> statement-breakpoint
CREATE VIRTUAL TABLE `organisations_fts` USING fts5(
  name, acronym, place, contact,
  content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4 5 6 7 8'
);--> statement-breakpoint
CREATE VIRTUAL TABLE `people_fts` USING fts5(
  name, contact, organisation,
  content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4 5 6 7 8'
);--> statement-breakpoint
INSERT INTO `organisations_fts` (rowid, name, acronym, place, contact)
SELECT rowid, name, acronym, place, contact FROM `organisation_search_rows`;--> statement-breakpoint
INSERT INTO `people_fts` (rowid, name, contact, organisation)
SELECT rowid, name, contact, organisation FROM `people_search_rows`;--> statement-breakpoint
-- One segment each, as the search index is after any bulk write (sync/write.ts: compaction).
INSERT INTO `organisations_fts` (`organisations_fts`) VALUES ('optimize');--> statement-breakpoint
INSERT INTO `people_fts` (`people_fts`) VALUES ('optimize');
