--liquibase formatted sql

--changeset cadenza:001-pg-trgm
--comment: Trigram indexes make case-insensitive substring search (LIKE '%x%') index-assisted.
-- Created in the first schema of the search_path when missing; when it already exists elsewhere
-- (usually public), that schema must be on the search_path so gin_trgm_ops resolves.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--rollback SELECT 1;
