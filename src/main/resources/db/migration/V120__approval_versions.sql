-- The versions of a draft under approval (issue 17 item 1, ADR 0016): version 1 is what was
-- submitted, each resubmission with a file adds the next. The text is kept per version so
-- that a reviewer sees what changed between the version they returned and the new one.
create table approval_version (
    approval_id      bigint        not null references approval_case (id),
    version_no       integer       not null,
    document_version integer,
    file_name        varchar(255),
    body             text,
    note             varchar(4000),
    created_by       varchar(64)   not null,
    created_at       timestamp with time zone not null default current_timestamp,
    primary key (approval_id, version_no)
);

-- Which version each decision saw.
alter table approval_decision add column version_no integer;

-- Cases approved before versions were kept: version 1 is the document's current text.
insert into approval_version (approval_id, version_no, document_version, body, created_by, created_at)
select c.id, 1, d.current_version, t.body, c.drafter, c.created_at
  from approval_case c
  join document d on d.id = c.document_id
  left join document_text t on t.document_id = c.document_id;
update approval_decision set version_no = 1;

-- Signing in person (IN_PERSON, 9 characters) did not fit the capacity columns.
alter table approval_case alter column capacity set data type varchar(16);
alter table approval_decision alter column capacity set data type varchar(16);
