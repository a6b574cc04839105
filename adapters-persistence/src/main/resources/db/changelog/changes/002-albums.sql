--liquibase formatted sql

--changeset cadenza:002-albums
--comment: Albums. The *_fold columns hold the text lower-cased by the adapter (Java's Locale.ROOT
-- rules), so ordering and matching do not depend on the server's locale; COLLATE "C" makes them
-- compare by code point. Ids are UUIDv7, so the primary key also orders albums by creation time.
CREATE TABLE albums (
    id             uuid        NOT NULL,
    title          text        NOT NULL,
    title_fold     text        COLLATE "C" NOT NULL,
    performer      text,
    performer_fold text        COLLATE "C",
    year           integer     NOT NULL,
    cover_key      text,
    version        bigint      NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    CONSTRAINT albums_pk PRIMARY KEY (id),
    CONSTRAINT albums_title_length CHECK (char_length(title) BETWEEN 1 AND 200),
    CONSTRAINT albums_title_fold_present CHECK (char_length(title_fold) >= 1),
    CONSTRAINT albums_performer_length CHECK (char_length(performer) BETWEEN 1 AND 200),
    CONSTRAINT albums_performer_fold_with_performer CHECK ((performer IS NULL) = (performer_fold IS NULL)),
    CONSTRAINT albums_year_range CHECK (year >= 1000),
    CONSTRAINT albums_version_positive CHECK (version >= 1)
);
--rollback DROP TABLE albums;

--changeset cadenza:002-albums-indexes
--comment: Substring search on title and performer; keyset order by title (then id) and by year
-- (then id). The "recent" order (id descending) walks the primary key backwards.
CREATE INDEX albums_title_fold_trgm ON albums USING gin (title_fold gin_trgm_ops);
CREATE INDEX albums_performer_fold_trgm ON albums USING gin (performer_fold gin_trgm_ops);
CREATE INDEX albums_title_order ON albums (title_fold, id);
CREATE INDEX albums_year_order ON albums (year, id);
--rollback DROP INDEX albums_year_order;
--rollback DROP INDEX albums_title_order;
--rollback DROP INDEX albums_performer_fold_trgm;
--rollback DROP INDEX albums_title_fold_trgm;
