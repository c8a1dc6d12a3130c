-- Directory: units, people and their positions in units.
-- Migration numbers per module: V1-V9 directory/platform, V10-V19 document/ingest/search,
-- V20-V29 drafting/notify, V30-V39 approval/dissemination, V40-V49 followup.
create table unit (
    code        varchar(64)  primary key,
    name        varchar(255) not null,
    short_name  varchar(64),
    parent_code varchar(64) references unit (code),
    kind        varchar(32)  not null,
    valid_from  date,
    valid_to    date,
    email       varchar(255),
    created_at  timestamp    not null default current_timestamp
);

create table person (
    username      varchar(64)  primary key,
    full_name     varchar(255) not null,
    email         varchar(255),
    password_hash varchar(255) not null,
    enabled       boolean      not null default true,
    admin         boolean      not null default false,
    created_at    timestamp    not null default current_timestamp
);

-- A person holds a position in a unit; a person may hold several (concurrent posts are common).
create table membership (
    username   varchar(64) not null references person (username),
    unit_code  varchar(64) not null references unit (code),
    position   varchar(32) not null,
    primary key (username, unit_code, position)
);

create index membership_unit on membership (unit_code);
