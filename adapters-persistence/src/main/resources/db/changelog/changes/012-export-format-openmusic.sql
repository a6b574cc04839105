--liquibase formatted sql

--changeset cadenza:012-export-format-openmusic
--comment: Exports may also be written as the OpenMusic API's playlist file (format openmusic), which the
-- OpenMusic compatibility adapter asks for.
ALTER TABLE export_jobs DROP CONSTRAINT export_jobs_format;
ALTER TABLE export_jobs ADD CONSTRAINT export_jobs_format
    CHECK (format IN ('json', 'm3u8', 'xspf', 'jspf', 'openmusic'));
--rollback ALTER TABLE export_jobs DROP CONSTRAINT export_jobs_format;
--rollback ALTER TABLE export_jobs ADD CONSTRAINT export_jobs_format CHECK (format IN ('json', 'm3u8', 'xspf', 'jspf'));
