--liquibase formatted sql

--changeset cadenza:008-item-stats
--comment: The figures kept per song and per album (rating count and sum, like count), one row per
-- item, created with the item (trigger below) and deleted with it. Changed by deltas in the same
-- transaction as the rating or like they reflect, never recomputed on a read. rating_average is the
-- sort key of the catalog order "rating" and of the rating charts: four decimals, half away from
-- zero, 0 without ratings. Both orders are keyset walks of the b-tree indexes, read backwards.
CREATE TABLE song_stats (
    item_id        uuid         NOT NULL,
    rating_count   bigint       NOT NULL DEFAULT 0,
    rating_sum     bigint       NOT NULL DEFAULT 0,
    rating_average numeric(6,4) GENERATED ALWAYS AS (
        CASE WHEN rating_count = 0 THEN 0 ELSE round(rating_sum::numeric / rating_count, 4) END) STORED,
    like_count     bigint       NOT NULL DEFAULT 0,
    CONSTRAINT song_stats_pk PRIMARY KEY (item_id),
    CONSTRAINT song_stats_item_fk FOREIGN KEY (item_id) REFERENCES songs (id) ON DELETE CASCADE,
    CONSTRAINT song_stats_not_negative CHECK (rating_count >= 0 AND rating_sum >= 0 AND like_count >= 0)
);
CREATE INDEX song_stats_rating_order ON song_stats (rating_average, rating_count, item_id);
CREATE INDEX song_stats_likes_order ON song_stats (like_count, item_id);
CREATE TABLE album_stats (
    item_id        uuid         NOT NULL,
    rating_count   bigint       NOT NULL DEFAULT 0,
    rating_sum     bigint       NOT NULL DEFAULT 0,
    rating_average numeric(6,4) GENERATED ALWAYS AS (
        CASE WHEN rating_count = 0 THEN 0 ELSE round(rating_sum::numeric / rating_count, 4) END) STORED,
    like_count     bigint       NOT NULL DEFAULT 0,
    CONSTRAINT album_stats_pk PRIMARY KEY (item_id),
    CONSTRAINT album_stats_item_fk FOREIGN KEY (item_id) REFERENCES albums (id) ON DELETE CASCADE,
    CONSTRAINT album_stats_not_negative CHECK (rating_count >= 0 AND rating_sum >= 0 AND like_count >= 0)
);
CREATE INDEX album_stats_rating_order ON album_stats (rating_average, rating_count, item_id);
CREATE INDEX album_stats_likes_order ON album_stats (like_count, item_id);
INSERT INTO song_stats (item_id) SELECT id FROM songs;
INSERT INTO album_stats (item_id) SELECT id FROM albums;
--rollback DROP TABLE album_stats;
--rollback DROP TABLE song_stats;

--changeset cadenza:008-song-stats-trigger-function splitStatements:false
--comment: One statement per INSERT (or COPY) adds the stats rows of the new songs.
CREATE FUNCTION cadenza_song_stats_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO song_stats (item_id) SELECT id FROM new_songs;
  RETURN NULL;
END
$$;
--rollback DROP FUNCTION cadenza_song_stats_rows();

--changeset cadenza:008-song-stats-trigger
CREATE TRIGGER songs_stats_rows AFTER INSERT ON songs REFERENCING NEW TABLE AS new_songs
    FOR EACH STATEMENT EXECUTE FUNCTION cadenza_song_stats_rows();
--rollback DROP TRIGGER songs_stats_rows ON songs;

--changeset cadenza:008-album-stats-trigger-function splitStatements:false
CREATE FUNCTION cadenza_album_stats_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO album_stats (item_id) SELECT id FROM new_albums;
  RETURN NULL;
END
$$;
--rollback DROP FUNCTION cadenza_album_stats_rows();

--changeset cadenza:008-album-stats-trigger
CREATE TRIGGER albums_stats_rows AFTER INSERT ON albums REFERENCING NEW TABLE AS new_albums
    FOR EACH STATEMENT EXECUTE FUNCTION cadenza_album_stats_rows();
--rollback DROP TRIGGER albums_stats_rows ON albums;

--changeset cadenza:008-ratings
--comment: Ratings of songs and of albums: one per author and item (the unique constraint decides
-- between concurrent duplicates), listed newest first by the time-ordered id. Deleting the item
-- deletes its ratings (and its stats row with them). author_id has no foreign key: accounts are
-- deactivated, never deleted.
CREATE TABLE song_ratings (
    id         uuid        NOT NULL,
    item_id    uuid        NOT NULL,
    author_id  uuid        NOT NULL,
    score      smallint    NOT NULL,
    comment    text,
    version    bigint      NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    CONSTRAINT song_ratings_pk PRIMARY KEY (id),
    CONSTRAINT song_ratings_item_fk FOREIGN KEY (item_id) REFERENCES songs (id) ON DELETE CASCADE,
    CONSTRAINT song_ratings_one_per_author UNIQUE (item_id, author_id),
    CONSTRAINT song_ratings_score_range CHECK (score BETWEEN 1 AND 10),
    CONSTRAINT song_ratings_comment_length CHECK (char_length(comment) BETWEEN 1 AND 2000),
    CONSTRAINT song_ratings_version_positive CHECK (version >= 1)
);
CREATE INDEX song_ratings_newest ON song_ratings (item_id, id);
CREATE TABLE album_ratings (
    id         uuid        NOT NULL,
    item_id    uuid        NOT NULL,
    author_id  uuid        NOT NULL,
    score      smallint    NOT NULL,
    comment    text,
    version    bigint      NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    CONSTRAINT album_ratings_pk PRIMARY KEY (id),
    CONSTRAINT album_ratings_item_fk FOREIGN KEY (item_id) REFERENCES albums (id) ON DELETE CASCADE,
    CONSTRAINT album_ratings_one_per_author UNIQUE (item_id, author_id),
    CONSTRAINT album_ratings_score_range CHECK (score BETWEEN 1 AND 10),
    CONSTRAINT album_ratings_comment_length CHECK (char_length(comment) BETWEEN 1 AND 2000),
    CONSTRAINT album_ratings_version_positive CHECK (version >= 1)
);
CREATE INDEX album_ratings_newest ON album_ratings (item_id, id);
--rollback DROP TABLE album_ratings;
--rollback DROP TABLE song_ratings;

--changeset cadenza:008-likes
--comment: Likes: a set of (item, user) facts; the primary key makes liking twice a no-op and answers
-- "which of these items does this user like" for a page of items.
CREATE TABLE song_likes (
    item_id    uuid        NOT NULL,
    user_id    uuid        NOT NULL,
    created_at timestamptz NOT NULL,
    CONSTRAINT song_likes_pk PRIMARY KEY (item_id, user_id),
    CONSTRAINT song_likes_item_fk FOREIGN KEY (item_id) REFERENCES songs (id) ON DELETE CASCADE
);
CREATE TABLE album_likes (
    item_id    uuid        NOT NULL,
    user_id    uuid        NOT NULL,
    created_at timestamptz NOT NULL,
    CONSTRAINT album_likes_pk PRIMARY KEY (item_id, user_id),
    CONSTRAINT album_likes_item_fk FOREIGN KEY (item_id) REFERENCES albums (id) ON DELETE CASCADE
);
--rollback DROP TABLE album_likes;
--rollback DROP TABLE song_likes;
