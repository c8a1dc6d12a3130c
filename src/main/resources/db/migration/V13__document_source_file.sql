-- The file an uploaded or imported document was created from. Unique: the same file
-- uploaded twice, even at the same moment, is one document (the loser of the race gets
-- the existing one). Documents created by other paths (issued from a draft, ...) leave it
-- null and are not constrained.
alter table document add column source_sha256 char(64);

-- Existing libraries: the oldest document of each first-version file becomes its source.
update document set source_sha256 = (select v.sha256 from document_version v
                                     where v.document_id = document.id and v.version_no = 1)
where origin = 'IMPORTED'
  and id in (select min(v2.document_id) from document_version v2
             join document d2 on d2.id = v2.document_id
             where v2.version_no = 1 and d2.origin = 'IMPORTED' group by v2.sha256);

create unique index document_source_sha on document (source_sha256);
