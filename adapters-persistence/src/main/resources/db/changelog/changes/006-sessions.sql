--liquibase formatted sql

--changeset cadenza:006-sessions
--comment: Sign-in sessions and their refresh tokens, kept only as SHA-256 fingerprints. A token is
-- rotated by setting used_at and adding its successor to the same session; presenting a used token
-- revokes the session. The composite foreign key keeps a token's user the same as its session's.
-- Deleting an account deletes its sessions, and deleting a session its tokens.
CREATE TABLE sessions (
    id         uuid        NOT NULL,
    user_id    uuid        NOT NULL,
    created_at timestamptz NOT NULL,
    revoked_at timestamptz,
    CONSTRAINT sessions_pk PRIMARY KEY (id),
    CONSTRAINT sessions_id_user_unique UNIQUE (id, user_id),
    CONSTRAINT sessions_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE refresh_tokens (
    token_hash text        COLLATE "C" NOT NULL,
    session_id uuid        NOT NULL,
    user_id    uuid        NOT NULL,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    CONSTRAINT refresh_tokens_pk PRIMARY KEY (token_hash),
    CONSTRAINT refresh_tokens_session_fk FOREIGN KEY (session_id, user_id)
        REFERENCES sessions (id, user_id) ON DELETE CASCADE,
    CONSTRAINT refresh_tokens_hash_present CHECK (char_length(token_hash) >= 1)
);
CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id, user_id);
--rollback DROP TABLE refresh_tokens;
--rollback DROP TABLE sessions;
