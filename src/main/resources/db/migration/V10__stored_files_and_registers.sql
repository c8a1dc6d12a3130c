-- Content-addressed files: one row per distinct content, whatever its names.
create table stored_file (
    sha256       char(64)     primary key,
    size_bytes   bigint       not null,
    content_type varchar(255),
    created_at   timestamp    not null default current_timestamp
);

-- Registers (sổ văn bản đi / đến): one counter per unit, year, series and direction.
-- Taking a number updates the row inside the caller's transaction, so a rolled-back issue
-- gives its number back and numbers have no gaps.
create table register_counter (
    unit_code   varchar(64) not null,
    reg_year    integer     not null,
    series      varchar(32) not null,
    direction   varchar(8)  not null,
    last_number integer     not null,
    primary key (unit_code, reg_year, series, direction)
);
