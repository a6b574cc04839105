--liquibase formatted sql

--changeset cadenza:014-audit-resource-id
--comment: The audit trail filtered by a resource id alone (any resource type), newest first: the
-- (resource_type, resource_id, at, id) index serves only filters that name the type too.
CREATE INDEX audit_log_resource_id_at ON audit_log (resource_id, at, id);
--rollback DROP INDEX audit_log_resource_id_at;
