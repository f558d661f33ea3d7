-- Sessions revoked on the server (issue 20, flaw 6): every sign-in cookie carries the account's generation, and
-- signing out, deactivating the account or changing its password moves it on, so a cookie saved before any of them
-- stops working, and re-activating an account no longer revives its old cookies.
ALTER TABLE app_user ADD COLUMN session_generation BIGINT DEFAULT 0;
UPDATE app_user SET session_generation = 0 WHERE session_generation IS NULL;
