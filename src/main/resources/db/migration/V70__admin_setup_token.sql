-- One-time links that create the first administrator (issue 16): only the token's SHA-256 is kept,
-- so a copy of the database does not hand out the link. A start without administrator replaces
-- earlier tokens; using one deletes it.
create table admin_setup_token (
    token_sha256 char(64)  primary key,
    created_at   timestamp not null default current_timestamp
);
