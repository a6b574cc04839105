--liquibase formatted sql

--changeset cadenza:016-export-jobs-finished runInTransaction:false
--comment: The hourly purge finds finished export jobs by the time they finished; built concurrently, as 014.
DROP INDEX CONCURRENTLY IF EXISTS export_jobs_finished;
CREATE INDEX CONCURRENTLY export_jobs_finished ON export_jobs (finished_at, id) WHERE finished_at IS NOT NULL;
--rollback DROP INDEX CONCURRENTLY IF EXISTS export_jobs_finished;
