-- One-time links (ADR 0012): the first administrator's setup link (V70) and the links that let
-- people created by an import set their first password share one table. Only the token's SHA-256
-- is kept, so a copy of the database hands out no link. A password link names its person and
-- expires; the setup link names nobody and lasts until used.
create table one_time_link (
    token_sha256 char(64)    primary key,
    purpose      varchar(32) not null,
    username     varchar(64) references person (username),
    created_at   timestamp with time zone not null default current_timestamp,
    expires_at   timestamp with time zone
);

create index one_time_link_username on one_time_link (username);

insert into one_time_link (token_sha256, purpose, created_at)
    select token_sha256, 'ADMIN_SETUP', created_at from admin_setup_token;

drop table admin_setup_token;
