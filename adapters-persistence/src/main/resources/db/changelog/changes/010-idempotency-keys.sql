--liquibase formatted sql

--changeset cadenza:010-idempotency-keys
--comment: Idempotency-Key records shared by every instance: per caller and key, the fingerprint of
-- the first request and, once its transaction committed, the response to replay. A claim and its
-- response are written in the transaction of the request's work, so they exist exactly when the
-- work committed; a concurrent claim of the same key waits on the primary key. Expired records are
-- taken over by the next claim and purged by created_at.
CREATE TABLE idempotency_keys (
    caller      uuid        NOT NULL,
    key         text        COLLATE "C" NOT NULL,
    fingerprint text        NOT NULL,
    created_at  timestamptz NOT NULL,
    status      integer,
    headers     jsonb,
    body        text,
    CONSTRAINT idempotency_keys_pk PRIMARY KEY (caller, key),
    CONSTRAINT idempotency_keys_key_length CHECK (char_length(key) BETWEEN 1 AND 255),
    CONSTRAINT idempotency_keys_response_complete CHECK ((status IS NULL) = (body IS NULL)
        AND (status IS NULL) = (headers IS NULL))
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
--rollback DROP TABLE idempotency_keys;
