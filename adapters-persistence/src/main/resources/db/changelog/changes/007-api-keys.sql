--liquibase formatted sql

--changeset cadenza:007-api-keys
--comment: API keys: the visible prefix finds a key, the secret is kept only as a SHA-256 fingerprint.
-- An owner's keys are listed newest first, and the ids are UUIDv7, so (owner_id, id) serves the keyset.
-- Deleting an account deletes its keys.
CREATE TABLE api_keys (
    id           uuid        NOT NULL,
    owner_id     uuid        NOT NULL,
    name         text        NOT NULL,
    prefix       text        COLLATE "C" NOT NULL,
    secret_hash  text        COLLATE "C" NOT NULL,
    created_at   timestamptz NOT NULL,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    CONSTRAINT api_keys_pk PRIMARY KEY (id),
    CONSTRAINT api_keys_prefix_unique UNIQUE (prefix),
    CONSTRAINT api_keys_owner_fk FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT api_keys_name_length CHECK (char_length(name) BETWEEN 1 AND 100),
    CONSTRAINT api_keys_prefix_present CHECK (char_length(prefix) >= 1),
    CONSTRAINT api_keys_secret_hash_present CHECK (char_length(secret_hash) >= 1)
);
CREATE INDEX api_keys_owner_order ON api_keys (owner_id, id);
--rollback DROP TABLE api_keys;
