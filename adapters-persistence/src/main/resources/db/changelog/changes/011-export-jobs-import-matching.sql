--liquibase formatted sql

--changeset cadenza:011-export-jobs
--comment: Export jobs: the queue the workers take their work from, shared by every instance. A job
-- is inserted in the transaction that accepts the request. Workers claim due jobs with
-- FOR UPDATE SKIP LOCKED and lease them until locked_until; a running job whose lease ran out is due
-- again (its worker died). attempts counts the claims and identifies the current one. playlist_id
-- has no foreign key on purpose: a job outlives its playlist and then fails with a reason.
CREATE TABLE export_jobs (
    id            uuid        PRIMARY KEY,
    playlist_id   uuid        NOT NULL,
    requested_by  uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    format        text        NOT NULL,
    email         text,
    status        text        NOT NULL,
    attempts      integer     NOT NULL DEFAULT 0,
    failure       text,
    file_key      text,
    email_sent_at timestamptz,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    run_after     timestamptz NOT NULL,
    locked_until  timestamptz,
    finished_at   timestamptz,
    CONSTRAINT export_jobs_format CHECK (format IN ('json', 'm3u8', 'xspf', 'jspf')),
    CONSTRAINT export_jobs_status CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
    CONSTRAINT export_jobs_attempts CHECK (attempts >= 0),
    CONSTRAINT export_jobs_lease CHECK ((status = 'running') = (locked_until IS NOT NULL))
);
CREATE INDEX export_jobs_queued ON export_jobs (run_after, id) WHERE status = 'queued';
CREATE INDEX export_jobs_running ON export_jobs (locked_until) WHERE status = 'running';
CREATE INDEX export_jobs_requester ON export_jobs (requested_by, created_at);
--rollback DROP TABLE export_jobs;

--changeset cadenza:011-import-matching splitStatements:false
--comment: Imported playlist files name songs by title and performer; they match catalog songs without
-- regard to case, accents and runs of white space. cadenza_match_fold is that comparison form
-- (unaccent, lower case, spaces collapsed), pinned to the search_path it was created with so that
-- the expression index below stays valid; the index makes each lookup an index probe.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE FUNCTION cadenza_match_fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path FROM CURRENT
    AS $$ SELECT btrim(regexp_replace(lower(unaccent($1)), '\s+', ' ', 'g')) $$;
CREATE INDEX songs_match ON songs (cadenza_match_fold(title), cadenza_match_fold(performer), id);
--rollback DROP INDEX songs_match; DROP FUNCTION cadenza_match_fold(text);
