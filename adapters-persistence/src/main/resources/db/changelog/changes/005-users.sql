--liquibase formatted sql

--changeset cadenza:005-users
--comment: Accounts. Usernames arrive lower-cased from the domain (the CHECK keeps it so), which
-- makes the plain unique constraint case-insensitive. email_fold is the address lower-cased by the
-- adapter (Java's Locale.ROOT rules, as Email.key()), unique when present, so uniqueness does not
-- depend on the server's locale. Roles and status are stored as lower-case names.
CREATE TABLE users (
    id            uuid        NOT NULL,
    username      text        COLLATE "C" NOT NULL,
    full_name     text        NOT NULL,
    email         text,
    email_fold    text        COLLATE "C",
    password_hash text        NOT NULL,
    status        text        NOT NULL,
    roles         text[]      NOT NULL,
    version       bigint      NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    CONSTRAINT users_pk PRIMARY KEY (id),
    CONSTRAINT users_username_unique UNIQUE (username),
    CONSTRAINT users_username_shape CHECK (username ~ '^[a-z0-9._-]{3,50}$'),
    CONSTRAINT users_full_name_length CHECK (char_length(full_name) BETWEEN 1 AND 100),
    CONSTRAINT users_email_length CHECK (char_length(email) BETWEEN 3 AND 254),
    CONSTRAINT users_email_fold_with_email CHECK ((email IS NULL) = (email_fold IS NULL)),
    CONSTRAINT users_password_hash_present CHECK (char_length(password_hash) >= 1),
    CONSTRAINT users_status_known CHECK (status IN ('active', 'inactive')),
    CONSTRAINT users_roles_known CHECK (roles <@ ARRAY['user', 'curator', 'admin']::text[] AND 'user' = ANY (roles)),
    CONSTRAINT users_version_positive CHECK (version >= 1)
);
--rollback DROP TABLE users;

--changeset cadenza:005-users-indexes
--comment: E-mail uniqueness and lookup (emailInUse), and "does anyone hold this role" (existsWithRole).
-- The username lookup uses the index of users_username_unique.
CREATE UNIQUE INDEX users_email_unique ON users (email_fold) WHERE email_fold IS NOT NULL;
CREATE INDEX users_roles ON users USING gin (roles);
--rollback DROP INDEX users_roles;
--rollback DROP INDEX users_email_unique;
