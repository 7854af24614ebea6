/**
 * The search index over organisations and people, brought current in one pass for the rows a
 * batch import wrote (temp.sync_touched), while the row-by-row triggers of migration 0001 are
 * suspended. Same rows in the index as the triggers give: an entry goes before a row changes and
 * comes back only while the row is not deleted.
 */

/** Organisations touched, and people whose organisation was: their search row names it. */
const affectedPeople = `WITH affected(id) AS (
  SELECT t.id FROM temp.sync_touched t JOIN people p ON p.id = t.id WHERE t.tbl = 'people'
  UNION SELECT p.id FROM temp.sync_touched t JOIN people p ON p.organisation_id = t.id WHERE t.tbl = 'organisations')`

export const organisationSearch = {
  compact: [`INSERT INTO organisations_fts (organisations_fts) VALUES ('optimize')`],
  triggers: ['organisations_search_insert', 'organisations_search_update', 'organisations_search_delete'],
  refresh: [
    `DELETE FROM organisations_fts WHERE rowid IN (SELECT k.rowid FROM temp.sync_touched t
      JOIN search_keys k ON k.entity_id = t.id WHERE t.tbl = 'organisations')`,
    `INSERT INTO search_keys (entity_id) SELECT t.id FROM temp.sync_touched t
      JOIN organisations o ON o.id = t.id WHERE t.tbl = 'organisations' ON CONFLICT (entity_id) DO NOTHING`,
    `INSERT INTO organisations_fts (rowid, name, acronym, place, contact)
      SELECT s.rowid, s.name, s.acronym, s.place, s.contact FROM temp.sync_touched t
      JOIN organisation_search_rows s ON s.organisation_id = t.id WHERE t.tbl = 'organisations'`,
  ],
}

export const personSearch = {
  compact: [`INSERT INTO people_fts (people_fts) VALUES ('optimize')`],
  // FTS5 keeps a deleted term in its segment until segments are merged: an erasure merges them.
  purge: [
    `INSERT INTO people_fts (people_fts) SELECT 'optimize' WHERE EXISTS (SELECT 1 FROM temp.sync_touched t
      JOIN people p ON p.id = t.id WHERE t.tbl = 'people' AND p.erased_at IS NOT NULL)`,
  ],
  triggers: [
    'people_search_insert',
    'people_search_update',
    'people_search_delete',
    'organisations_people_search_update',
  ],
  refresh: [
    `${affectedPeople} DELETE FROM people_fts WHERE rowid IN (SELECT k.rowid FROM affected a
      JOIN search_keys k ON k.entity_id = a.id)`,
    `INSERT INTO search_keys (entity_id) SELECT t.id FROM temp.sync_touched t
      JOIN people p ON p.id = t.id WHERE t.tbl = 'people' ON CONFLICT (entity_id) DO NOTHING`,
    `${affectedPeople} INSERT INTO people_fts (rowid, name, contact, organisation)
      SELECT s.rowid, s.name, s.contact, s.organisation FROM affected a JOIN people_search_rows s ON s.person_id = a.id`,
  ],
}
