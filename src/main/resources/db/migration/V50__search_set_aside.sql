-- Documents the search index refused for a reason of their own (too large, a mapping error):
-- set aside with the reason instead of blocking the outbox; reported to the administrator,
-- retried by a rebuild of the index, removed once the document is indexed.
create table search_set_aside (
    document_id  bigint        not null primary key,
    revision     bigint        not null,
    reason       varchar(1000) not null,
    set_aside_at timestamp with time zone not null default current_timestamp
);
