--liquibase formatted sql

--changeset cadenza:014-audit-resource-id runInTransaction:false
--comment: The audit trail filtered by a resource id alone (any resource type), newest first: the
-- (resource_type, resource_id, at, id) index serves only filters that name the type too. Built
-- concurrently, so that audited writes of running instances do not wait for it; a build that failed
-- midway leaves an invalid index, dropped first when the change set runs again.
DROP INDEX CONCURRENTLY IF EXISTS audit_log_resource_id_at;
CREATE INDEX CONCURRENTLY audit_log_resource_id_at ON audit_log (resource_id, at, id);
--rollback DROP INDEX CONCURRENTLY IF EXISTS audit_log_resource_id_at;
