-- Accounts (issue 16 item 4, ADR 0013).
-- Failed logins per login name as typed (normalised), whether or not such a person exists:
-- locking only real accounts would tell a stranger which names exist. A row is written by
-- single UPDATE statements so that concurrent failures count exactly once each.
create table login_lock (
    login            varchar(64) primary key,
    failures         integer     not null default 0,
    first_failure_at timestamp with time zone,
    locked_at        timestamp with time zone,
    locked_until     timestamp with time zone
);

-- A password an administrator set (reset) must be changed at the next login.
create table account_password (
    username    varchar(64) primary key references person (username),
    must_change boolean     not null default false,
    changed_at  timestamp with time zone not null,
    changed_by  varchar(64) not null
);
