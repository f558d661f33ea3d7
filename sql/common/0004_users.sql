-- The dashboard's local accounts. Passwords are stored only as salted PBKDF2 hashes (see PasswordHashing);
-- a user is never deleted, only disabled, so the record of who had access stays.

CREATE SEQUENCE seq_app_user START 1;
CREATE TABLE app_user (
    user_id INTEGER PRIMARY KEY DEFAULT nextval('seq_app_user'),
    user_name VARCHAR NOT NULL UNIQUE,       -- lower case, as typed at sign-in
    display_name VARCHAR NOT NULL,
    role VARCHAR NOT NULL,                   -- comite, despacho, secretaria, admin
    dependency_name VARCHAR,                 -- the secretaría a "secretaria" user belongs to; NULL for the others
    password_hash VARCHAR NOT NULL,          -- pbkdf2-sha256$iterations$salt$hash (base64)
    created_at TIMESTAMP NOT NULL,
    disabled BOOLEAN NOT NULL DEFAULT FALSE
);
