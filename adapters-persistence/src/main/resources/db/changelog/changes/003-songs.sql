--liquibase formatted sql

--changeset cadenza:003-songs
--comment: Songs; *_fold columns as for albums. Deleting an album leaves its songs without one.
CREATE TABLE songs (
    id               uuid        NOT NULL,
    title            text        NOT NULL,
    title_fold       text        COLLATE "C" NOT NULL,
    performer        text        NOT NULL,
    performer_fold   text        COLLATE "C" NOT NULL,
    genre            text        NOT NULL,
    genre_fold       text        COLLATE "C" NOT NULL,
    year             integer     NOT NULL,
    duration_seconds integer,
    album_id         uuid,
    version          bigint      NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    CONSTRAINT songs_pk PRIMARY KEY (id),
    CONSTRAINT songs_album_fk FOREIGN KEY (album_id) REFERENCES albums (id) ON DELETE SET NULL,
    CONSTRAINT songs_title_length CHECK (char_length(title) BETWEEN 1 AND 200),
    CONSTRAINT songs_title_fold_present CHECK (char_length(title_fold) >= 1),
    CONSTRAINT songs_performer_length CHECK (char_length(performer) BETWEEN 1 AND 200),
    CONSTRAINT songs_performer_fold_present CHECK (char_length(performer_fold) >= 1),
    CONSTRAINT songs_genre_length CHECK (char_length(genre) BETWEEN 1 AND 50),
    CONSTRAINT songs_genre_fold_present CHECK (char_length(genre_fold) >= 1),
    CONSTRAINT songs_year_range CHECK (year >= 1000),
    CONSTRAINT songs_duration_range CHECK (duration_seconds BETWEEN 0 AND 86400),
    CONSTRAINT songs_version_positive CHECK (version >= 1)
);
--rollback DROP TABLE songs;

--changeset cadenza:003-songs-indexes
--comment: Substring search on title and performer, exact genre, an album's songs; keyset order by
-- title (then id) and by year (then id). The "recent" order walks the primary key backwards.
CREATE INDEX songs_title_fold_trgm ON songs USING gin (title_fold gin_trgm_ops);
CREATE INDEX songs_performer_fold_trgm ON songs USING gin (performer_fold gin_trgm_ops);
CREATE INDEX songs_title_order ON songs (title_fold, id);
CREATE INDEX songs_year_order ON songs (year, id);
CREATE INDEX songs_album ON songs (album_id);
CREATE INDEX songs_genre ON songs (genre_fold);
--rollback DROP INDEX songs_genre;
--rollback DROP INDEX songs_album;
--rollback DROP INDEX songs_year_order;
--rollback DROP INDEX songs_title_order;
--rollback DROP INDEX songs_performer_fold_trgm;
--rollback DROP INDEX songs_title_fold_trgm;
