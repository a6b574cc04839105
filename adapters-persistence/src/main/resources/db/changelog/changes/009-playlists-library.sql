--liquibase formatted sql

--changeset cadenza:009-playlists
--comment: Playlists. entry_count is kept by the services under the playlist's row lock (every
-- writer of a playlist locks this row first), so positions 0..entry_count-1 are known without
-- counting. A user's playlists (owned) are listed newest first: ids are UUIDv7, so (owner_id, id)
-- serves the keyset; the partial index serves the public list of a user.
CREATE TABLE playlists (
    id          uuid        NOT NULL,
    owner_id    uuid        NOT NULL,
    name        text        NOT NULL,
    description text,
    visibility  text        NOT NULL,
    entry_count integer     NOT NULL,
    version     bigint      NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    CONSTRAINT playlists_pk PRIMARY KEY (id),
    CONSTRAINT playlists_owner_fk FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT playlists_name_length CHECK (char_length(name) BETWEEN 1 AND 200),
    CONSTRAINT playlists_description_length CHECK (char_length(description) BETWEEN 1 AND 2000),
    CONSTRAINT playlists_visibility_known CHECK (visibility IN ('private', 'public')),
    CONSTRAINT playlists_entry_count_range CHECK (entry_count >= 0),
    CONSTRAINT playlists_version_positive CHECK (version >= 1)
);
CREATE INDEX playlists_owner_order ON playlists (owner_id, id);
CREATE INDEX playlists_public_owner_order ON playlists (owner_id, id) WHERE visibility = 'public';
--rollback DROP TABLE playlists;

--changeset cadenza:009-playlist-collaborators
--comment: Editors and viewers of playlists; (user_id, playlist_id) lists a user's collaborations
-- in the playlists' id order, (playlist_id, added_at, user_id) a playlist's collaborators in the
-- order they joined.
CREATE TABLE playlist_collaborators (
    playlist_id uuid        NOT NULL,
    user_id     uuid        NOT NULL,
    role        text        NOT NULL,
    added_at    timestamptz NOT NULL,
    CONSTRAINT playlist_collaborators_pk PRIMARY KEY (playlist_id, user_id),
    CONSTRAINT playlist_collaborators_playlist_fk FOREIGN KEY (playlist_id) REFERENCES playlists (id)
        ON DELETE CASCADE,
    CONSTRAINT playlist_collaborators_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT playlist_collaborators_role_known CHECK (role IN ('editor', 'viewer'))
);
CREATE INDEX playlist_collaborators_user ON playlist_collaborators (user_id, playlist_id);
CREATE INDEX playlist_collaborators_order ON playlist_collaborators (playlist_id, added_at, user_id);
--rollback DROP TABLE playlist_collaborators;

--changeset cadenza:009-playlist-entries
--comment: The entries of playlists at dense positions. The uniqueness of (playlist_id, position) is
-- checked at the end of each statement (DEFERRABLE INITIALLY IMMEDIATE), so one UPDATE can shift a
-- range of positions; its index also serves the pages of entries in order. The song reference has
-- no cascade: deleting a song goes through the service, which removes the entries (with a history
-- row in each playlist) first, and a deletion that bypassed it fails instead of losing them silently.
CREATE TABLE playlist_entries (
    id          uuid        NOT NULL,
    playlist_id uuid        NOT NULL,
    position    integer     NOT NULL,
    song_id     uuid        NOT NULL,
    added_by    uuid        NOT NULL,
    added_at    timestamptz NOT NULL,
    CONSTRAINT playlist_entries_pk PRIMARY KEY (id),
    CONSTRAINT playlist_entries_playlist_fk FOREIGN KEY (playlist_id) REFERENCES playlists (id) ON DELETE CASCADE,
    CONSTRAINT playlist_entries_song_fk FOREIGN KEY (song_id) REFERENCES songs (id),
    CONSTRAINT playlist_entries_position_unique UNIQUE (playlist_id, position) DEFERRABLE INITIALLY IMMEDIATE,
    CONSTRAINT playlist_entries_position_range CHECK (position >= 0)
);
CREATE INDEX playlist_entries_song ON playlist_entries (song_id, playlist_id);
--rollback DROP TABLE playlist_entries;

--changeset cadenza:009-playlist-activity
--comment: The history of every playlist, oldest first by (at, id). Rows keep a snapshot of the song
-- and the actor's id as text, with no reference that would take them away with a song or a user;
-- they go only with their playlist.
CREATE TABLE playlist_activity (
    id                    uuid        NOT NULL,
    playlist_id           uuid        NOT NULL,
    at                    timestamptz NOT NULL,
    actor                 text        NOT NULL,
    action                text        NOT NULL,
    song_id               uuid,
    song_title            text,
    song_performer        text,
    song_duration_seconds integer,
    before                jsonb       NOT NULL DEFAULT '{}'::jsonb,
    after                 jsonb       NOT NULL DEFAULT '{}'::jsonb,
    CONSTRAINT playlist_activity_pk PRIMARY KEY (id),
    CONSTRAINT playlist_activity_playlist_fk FOREIGN KEY (playlist_id) REFERENCES playlists (id) ON DELETE CASCADE,
    CONSTRAINT playlist_activity_song_snapshot CHECK ((song_id IS NULL) = (song_title IS NULL)
        AND (song_id IS NULL) = (song_performer IS NULL)),
    CONSTRAINT playlist_activity_before_object CHECK (jsonb_typeof(before) = 'object'),
    CONSTRAINT playlist_activity_after_object CHECK (jsonb_typeof(after) = 'object')
);
CREATE INDEX playlist_activity_order ON playlist_activity (playlist_id, at, id);
--rollback DROP TABLE playlist_activity;

--changeset cadenza:009-library-songs
--comment: Each user's saved songs, newest first by (added_at, song_id); listened_at is set while a
-- song is marked listened. Deleting a song or an account takes its rows with it.
CREATE TABLE library_songs (
    user_id     uuid        NOT NULL,
    song_id     uuid        NOT NULL,
    added_at    timestamptz NOT NULL,
    listened_at timestamptz,
    CONSTRAINT library_songs_pk PRIMARY KEY (user_id, song_id),
    CONSTRAINT library_songs_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT library_songs_song_fk FOREIGN KEY (song_id) REFERENCES songs (id) ON DELETE CASCADE
);
CREATE INDEX library_songs_order ON library_songs (user_id, added_at, song_id);
CREATE INDEX library_songs_song ON library_songs (song_id);
--rollback DROP TABLE library_songs;
