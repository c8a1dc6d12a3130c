-- Personal API tokens (ADR 0010). A service account is a person row with no password that
-- only ever authenticates with tokens; only the SHA-256 of a token's secret is stored.
alter table person add column service_account boolean not null default false;
alter table person alter column password_hash drop not null;

create table api_token (
    id           varchar(16)  primary key,
    username     varchar(64)  not null references person (username),
    name         varchar(100) not null,
    secret_hash  varchar(64)  not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    revoked_at   timestamp with time zone,
    last_used_at timestamp with time zone
);

create index api_token_username on api_token (username);
