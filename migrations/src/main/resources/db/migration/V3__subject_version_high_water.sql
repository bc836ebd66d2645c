-- The highest version each subject has ever had, so that a version number, once given, is never given again to
-- another schema, even after the version was permanently deleted.
ALTER TABLE subjects ADD COLUMN max_version INTEGER NOT NULL DEFAULT 0;
UPDATE subjects SET max_version = COALESCE(
    (SELECT MAX(v.version) FROM subject_versions v WHERE v.subject = subjects.name), 0);
