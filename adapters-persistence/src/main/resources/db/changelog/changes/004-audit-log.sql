--liquibase formatted sql

--changeset cadenza:004-audit-log
--comment: The audit trail, listed newest first (at, then id) with optional filters by actor,
-- resource and time; each filter has an index that also yields that order.
CREATE TABLE audit_log (
    id            uuid        NOT NULL,
    at            timestamptz NOT NULL,
    actor         text        NOT NULL,
    action        text        NOT NULL,
    resource_type text        NOT NULL,
    resource_id   text        NOT NULL,
    before        jsonb       NOT NULL DEFAULT '{}'::jsonb,
    after         jsonb       NOT NULL DEFAULT '{}'::jsonb,
    CONSTRAINT audit_log_pk PRIMARY KEY (id),
    CONSTRAINT audit_log_before_object CHECK (jsonb_typeof(before) = 'object'),
    CONSTRAINT audit_log_after_object CHECK (jsonb_typeof(after) = 'object')
);
CREATE INDEX audit_log_at ON audit_log (at, id);
CREATE INDEX audit_log_actor_at ON audit_log (actor, at, id);
CREATE INDEX audit_log_resource_at ON audit_log (resource_type, resource_id, at, id);
--rollback DROP TABLE audit_log;
