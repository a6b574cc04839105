--liquibase formatted sql

--changeset cadenza:013-session-rotation
--comment: Whether a session's refresh tokens are single use (rotated on each refresh), as the sign-in
-- that opened it decided: Cadenza's sign-ins rotate; a compatibility adapter's may not. Sessions opened
-- before this change were all Cadenza's, hence the default.
ALTER TABLE sessions ADD COLUMN rotates_refresh_tokens boolean NOT NULL DEFAULT true;
--rollback ALTER TABLE sessions DROP COLUMN rotates_refresh_tokens;
