--liquibase formatted sql

--changeset cadenza:015-refresh-token-expiry runInTransaction:false
--comment: The hourly purge deletes refresh tokens by expiry time; built concurrently, as 014.
DROP INDEX CONCURRENTLY IF EXISTS refresh_tokens_expires;
CREATE INDEX CONCURRENTLY refresh_tokens_expires ON refresh_tokens (expires_at);
--rollback DROP INDEX CONCURRENTLY IF EXISTS refresh_tokens_expires;
