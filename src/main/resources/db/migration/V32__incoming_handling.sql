-- Who settled a hand-registered incoming document ("Phiếu giải quyết văn bản đến"), and when.
alter table incoming_entry add column handled_by varchar(64);
alter table incoming_entry add column handled_at timestamp with time zone;
