-- An installation of Vanthu 0.1.0 (schema V1-V70) after a few months of use: written against that
-- schema only, never changed afterwards (UpgradeFromLastReleaseTests, ADR 0014). Runs on H2
-- (MODE=LEGACY) and PostgreSQL. The stored files named by sha256 are in files/ beside it.
-- Engine tables (ACT_*) are not here: every process of this data has ended (see the ADR).

-- Directory: the commune, its offices, an office closed by a reorganisation, an outside issuer
insert into unit (code, name, short_name, parent_code, kind, valid_from, valid_to, email, created_at) values
 ('XA-HOALAC', 'Ủy ban nhân dân xã Hòa Lạc', 'UBND', null, 'PEOPLES_COMMITTEE', '2020-01-01', null, 'ubnd@hoalac.gov.vn', '2025-01-06 08:00:00'),
 ('XA-HOALAC-VP', 'Văn phòng HĐND và UBND xã', 'VP', 'XA-HOALAC', 'DEPARTMENT', '2020-01-01', null, 'vanphong@hoalac.gov.vn', '2025-01-06 08:00:00'),
 ('XA-HOALAC-KT', 'Phòng Kinh tế', 'KT', 'XA-HOALAC', 'DEPARTMENT', '2020-01-01', null, null, '2025-01-06 08:00:00'),
 ('XA-HOALAC-VHXH', 'Ban Văn hóa - Xã hội', 'VHXH', 'XA-HOALAC', 'DEPARTMENT', '2020-01-01', '2025-06-30', null, '2025-01-06 08:00:00'),
 ('HUYEN-THACHTHAT', 'Ủy ban nhân dân huyện Thạch Thất', 'UBND huyện', null, 'EXTERNAL', null, null, null, '2025-01-06 08:00:00');

-- Passwords: quantri and vanthu.hoa log in with 'NamMoi-2025'; svc.sao-luu is a service account
-- (no password, an API token)
insert into person (username, full_name, email, password_hash, enabled, admin, service_account, created_at) values
 ('quantri', 'Đỗ Minh Quân', 'quantri@hoalac.gov.vn', '{bcrypt}$2a$10$gnGEYeDsB.VRQ/kO9L1JX.QLYmys8r8UFlDK9FbaD/Hr1sefpaqme', true, true, false, '2025-01-06 08:00:00'),
 ('vanthu.hoa', 'Lê Thị Hoa', 'hoa.lt@hoalac.gov.vn', '{bcrypt}$2a$10$gnGEYeDsB.VRQ/kO9L1JX.QLYmys8r8UFlDK9FbaD/Hr1sefpaqme', true, false, false, '2025-01-06 08:05:00'),
 ('chuyenvien.lan', 'Trần Thị Lan', 'lan.tt@hoalac.gov.vn', '{bcrypt}$2a$10$gnGEYeDsB.VRQ/kO9L1JX.QLYmys8r8UFlDK9FbaD/Hr1sefpaqme', true, false, false, '2025-01-06 08:05:00'),
 ('chanhvp.nam', 'Phạm Văn Nam', null, '{bcrypt}$2a$10$gnGEYeDsB.VRQ/kO9L1JX.QLYmys8r8UFlDK9FbaD/Hr1sefpaqme', true, false, false, '2025-01-06 08:05:00'),
 ('chutich.thanh', 'Nguyễn Văn Thành', null, '{bcrypt}$2a$10$gnGEYeDsB.VRQ/kO9L1JX.QLYmys8r8UFlDK9FbaD/Hr1sefpaqme', true, false, false, '2025-01-06 08:05:00'),
 ('truongphong.kt', 'Hoàng Đức Kiên', null, '{bcrypt}$2a$10$gnGEYeDsB.VRQ/kO9L1JX.QLYmys8r8UFlDK9FbaD/Hr1sefpaqme', true, false, false, '2025-01-06 08:05:00'),
 ('nghiviec.tu', 'Vũ Văn Tú', null, '{bcrypt}$2a$10$gnGEYeDsB.VRQ/kO9L1JX.QLYmys8r8UFlDK9FbaD/Hr1sefpaqme', false, false, false, '2025-01-06 08:05:00'),
 ('svc.sao-luu', 'Tài khoản sao lưu', null, null, true, false, true, '2025-02-01 10:00:00');

insert into membership (username, unit_code, position) values
 ('quantri', 'XA-HOALAC-VP', 'CHUYEN_VIEN'),
 ('vanthu.hoa', 'XA-HOALAC-VP', 'VAN_THU'),
 ('chuyenvien.lan', 'XA-HOALAC-KT', 'CHUYEN_VIEN'),
 ('chanhvp.nam', 'XA-HOALAC-VP', 'CHANH_VAN_PHONG'),
 ('chutich.thanh', 'XA-HOALAC', 'CHU_TICH'),
 ('truongphong.kt', 'XA-HOALAC-KT', 'TRUONG_PHONG'),
 ('nghiviec.tu', 'XA-HOALAC-VHXH', 'CHUYEN_VIEN');

-- token vt_3f9a1c0b7d2e4a65_Kd93mZpQ7rTx2vLs8NwYbE4hJ6cA1uFgXy5Wq0Ro3Tn, valid until 2027
insert into api_token (id, username, name, secret_hash, created_at, expires_at, revoked_at, last_used_at) values
 ('3f9a1c0b7d2e4a65', 'svc.sao-luu', 'Sao lưu hằng đêm', 'a7376aa4792800a2832f45e2d935418a22f050000ad80d7ff3dc3b88280e181c',
  '2025-02-01 10:00:00+07:00', '2027-02-01 10:00:00+07:00', null, '2025-06-02 02:00:00+07:00');

-- Stored files (content in files/)
insert into stored_file (sha256, size_bytes, content_type, created_at) values
 ('dda66de831fd6c08532e89910b2613d23e04006a2e9c77fe5d74a6158634bd43', 590, 'text/plain', '2025-03-14 09:15:00'),
 ('5312a185c52e2dc095db624a057484cb190e4e3a1e7cec31488aa5da631234bb', 221, 'text/plain', '2025-04-02 14:00:00'),
 ('855e9e1c81b526daa12db07816c37769291fbf9b282c53802e1ef7ca35e7466e', 381, 'text/plain', '2025-05-12 10:30:00'),
 ('6fc97353d94ccf8ef1cd889a9955a5b71193ab63bca4a867e25ed12849c202e6', 137, 'text/plain', '2025-04-07 16:20:00'),
 ('4b3bcde839756f41cda50989aa7b80a7f59fd3f78a948997c4f4266da7ae0267', 122, 'text/plain', '2025-04-25 11:00:00'),
 ('4d6a0dd1f9a102fbce569c3ac2163183266f2aa1f54e8a4ef54391fd85fef1f7', 2048, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '2025-05-28 08:40:00');

-- Library: 1 a công văn from the district (imported, public), 2 the commune's plan issued from the
-- draft below, 3 a file whose text could not be read, 4 a secret report entered by hand
insert into document (id, doc_number, number_key, kind, issuer_unit, issuer_name, issued_on, issued_year, subject,
  origin, status, public_flag, secrecy, current_version, extraction, extraction_reason, revision, created_by,
  created_at, updated_at, source_sha256) values
 (1, '1520/UBND-KT', '1520/UBND-KT', 'Công văn', null, 'Ủy ban nhân dân huyện Thạch Thất', '2025-03-12', 2025,
  'V/v triển khai kế hoạch chuyển đổi số năm 2025', 'IMPORTED', 'RECEIVED', true, null, 1, 'EXTRACTED', null, 2,
  'vanthu.hoa', '2025-03-14 09:15:00+07:00', '2025-03-14 09:20:00+07:00',
  'dda66de831fd6c08532e89910b2613d23e04006a2e9c77fe5d74a6158634bd43'),
 (2, '45/KH-UBND', '45/KH-UBND', 'Kế hoạch', 'XA-HOALAC', 'Ủy ban nhân dân xã Hòa Lạc', '2025-05-20', 2025,
  'Chuyển đổi số xã Hòa Lạc năm 2025', 'DRAFTED', 'ISSUED', false, null, 1, 'EXTRACTED', null, 3,
  'chuyenvien.lan', '2025-05-12 10:35:00+07:00', '2025-05-20 15:00:00+07:00', null),
 (3, null, null, null, null, null, null, null, 'bien-ban-hong.docx', 'IMPORTED', 'RECEIVED', false, null, 1, 'FAILED',
  'Không đọc được nội dung tệp: tệp DOCX bị hỏng', 1, 'vanthu.hoa', '2025-05-28 08:40:00+07:00',
  '2025-05-28 08:40:00+07:00', '4d6a0dd1f9a102fbce569c3ac2163183266f2aa1f54e8a4ef54391fd85fef1f7'),
 (4, '12/BC-CAX', '12/BC-CAX', 'Báo cáo', null, 'Công an xã Hòa Lạc', '2025-06-03', 2025,
  'Tình hình an ninh trật tự tháng 5 năm 2025', 'RECEIVED', 'RECEIVED', false, 'MAT', 0, 'PENDING', null, 1,
  'vanthu.hoa', '2025-06-04 08:00:00+07:00', '2025-06-04 08:00:00+07:00', null);

insert into document_version (document_id, version_no, sha256, file_name, content_type, created_by, created_at) values
 (1, 1, 'dda66de831fd6c08532e89910b2613d23e04006a2e9c77fe5d74a6158634bd43', 'cv-1520-ubnd-kt.txt', 'text/plain', 'vanthu.hoa', '2025-03-14 09:15:00+07:00'),
 (2, 1, '855e9e1c81b526daa12db07816c37769291fbf9b282c53802e1ef7ca35e7466e', 'kh-45-ubnd.txt', 'text/plain', 'vanthu.hoa', '2025-05-20 15:00:00+07:00'),
 (3, 1, '4d6a0dd1f9a102fbce569c3ac2163183266f2aa1f54e8a4ef54391fd85fef1f7', 'bien-ban-hong.docx',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'vanthu.hoa', '2025-05-28 08:40:00+07:00');

insert into document_text (document_id, body) values
 (1, 'ỦY BAN NHÂN DÂN HUYỆN THẠCH THẤT
Số: 1520/UBND-KT
V/v triển khai kế hoạch chuyển đổi số năm 2025
Thạch Thất, ngày 12 tháng 3 năm 2025

Kính gửi: Ủy ban nhân dân các xã, thị trấn.

Thực hiện chỉ đạo của Ủy ban nhân dân thành phố, Ủy ban nhân dân huyện đề nghị Ủy ban nhân dân
các xã xây dựng kế hoạch chuyển đổi số năm 2025, gửi về Phòng Kinh tế trước ngày 30/4/2025.
Giao Phòng Kinh tế xã Hòa Lạc tổng hợp số liệu hạ tầng số, báo cáo trước ngày 30/4/2025.
'),
 (2, 'ỦY BAN NHÂN DÂN XÃ HÒA LẠC
Số: 45/KH-UBND
Hòa Lạc, ngày 20 tháng 5 năm 2025
KẾ HOẠCH
Chuyển đổi số xã Hòa Lạc năm 2025
Căn cứ Công văn số 1520/UBND-KT ngày 12/3/2025 của Ủy ban nhân dân huyện Thạch Thất.
Phòng Kinh tế chủ trì rà soát hạ tầng mạng cáp quang tại các thôn, hoàn thành trước ngày 30/6/2025.
');

insert into document_recipient (document_id, unit_code) values
 (2, 'XA-HOALAC-KT'), (2, 'XA-HOALAC-VP'), (4, 'XA-HOALAC');
insert into document_reader (document_id, username) values
 (3, 'chuyenvien.lan'), (4, 'chutich.thanh');

insert into document_citation (id, document_id, seq, raw_text, doc_number, number_key, kind, cited_on, cited_year,
  issuer, start_offset, end_offset, resolved_id, candidates) values
 (1, 2, 1, 'Công văn số 1520/UBND-KT ngày 12/3/2025', '1520/UBND-KT', '1520/UBND-KT', 'Công văn', '2025-03-12', 2025,
  'Ủy ban nhân dân huyện Thạch Thất', 127, 166, 1, null);

insert into document_assignment (id, document_id, seq, assignee, task, due_on, deadline, recurrence) values
 (1, 1, 1, 'Phòng Kinh tế xã Hòa Lạc', 'tổng hợp số liệu hạ tầng số, báo cáo', '2025-04-30', '2025-04-30', null),
 (2, 2, 1, 'Phòng Kinh tế', 'chủ trì rà soát hạ tầng mạng cáp quang tại các thôn', '2025-06-30', '2025-06-30', null);

-- Registers: the commune's outgoing number 45 this year, the economics office's incoming number 12
insert into register_counter (unit_code, reg_year, series, direction, last_number) values
 ('XA-HOALAC', 2025, 'CHUNG', 'OUTGOING', 45),
 ('XA-HOALAC', 2025, 'CHUNG', 'INCOMING', 31),
 ('XA-HOALAC-KT', 2025, 'CHUNG', 'INCOMING', 12);

-- Drafting: the plan went through two rounds of comments, then to approval
insert into draft (id, subject, kind, issuer_unit, drafter, drafter_unit, status, created_at) values
 (1, 'Kế hoạch chuyển đổi số xã Hòa Lạc năm 2025', 'KH', 'XA-HOALAC', 'chuyenvien.lan', 'XA-HOALAC-KT', 'SUBMITTED',
  '2025-04-02 14:00:00+07:00'),
 (2, 'Báo cáo kết quả thu ngân sách 6 tháng đầu năm 2025', 'BC', 'XA-HOALAC', 'chuyenvien.lan', 'XA-HOALAC-KT',
  'ABANDONED', '2025-06-10 09:00:00+07:00');

insert into draft_version (id, draft_id, version_no, file_sha256, file_name, content_type, uploaded_by, uploaded_at) values
 (1, 1, 1, '5312a185c52e2dc095db624a057484cb190e4e3a1e7cec31488aa5da631234bb', 'kh-45-ubnd-du-thao-1.txt', 'text/plain',
  'chuyenvien.lan', '2025-04-02 14:00:00+07:00'),
 (2, 1, 2, '855e9e1c81b526daa12db07816c37769291fbf9b282c53802e1ef7ca35e7466e', 'kh-45-ubnd.txt', 'text/plain',
  'chuyenvien.lan', '2025-05-12 10:30:00+07:00');

insert into draft_round (id, draft_id, round_no, version_no, message, deadline, remind_at, status, opened_at, closed_at,
  close_reason, synthesised_at, outcome, process_instance_id) values
 (1, 1, 1, 1, 'Đề nghị Văn phòng và Chủ tịch góp ý dự thảo kế hoạch.', '2025-04-09 17:00:00+07:00',
  '2025-04-08 08:00:00+07:00', 'FINISHED', '2025-04-02 14:05:00+07:00', '2025-04-08 16:00:00+07:00', 'ALL_ANSWERED',
  '2025-04-10 09:00:00+07:00', 'NEXT_ROUND', null),
 (2, 1, 2, 2, 'Đề nghị góp ý lần 2 sau khi tiếp thu.', '2025-05-16 17:00:00+07:00', null, 'FINISHED',
  '2025-05-12 10:35:00+07:00', '2025-05-16 17:00:00+07:00', 'DEADLINE', '2025-05-17 08:30:00+07:00', 'SUBMIT', null);

insert into comment_request (id, round_id, recipient, via_unit, status, answer_text, attachment_sha256, attachment_name,
  answered_at, revisions, reminded_at, disposition, explanation) values
 (1, 1, 'chanhvp.nam', null, 'ANSWERED', 'Đề nghị bổ sung lộ trình số hóa hồ sơ một cửa.',
  '6fc97353d94ccf8ef1cd889a9955a5b71193ab63bca4a867e25ed12849c202e6', 'gop-y-phong-kt.txt',
  '2025-04-07 16:20:00+07:00', 1, null, 'TIEP_THU', 'Đã bổ sung mục III.'),
 (2, 1, 'chutich.thanh', null, 'AGREED', null, null, null, '2025-04-08 16:00:00+07:00', 0, null, null, null),
 (3, 2, 'chanhvp.nam', null, 'AGREED', null, null, null, '2025-05-14 10:00:00+07:00', 0, null, null, null),
 (4, 2, 'truongphong.kt', 'XA-HOALAC-KT', 'NO_REPLY', null, null, null, null, 0, '2025-05-15 08:00:00+07:00', null, null);

insert into draft_history (id, draft_id, round_id, actor, action, detail, at) values
 (1, 1, null, 'chuyenvien.lan', 'VERSION_UPLOADED', 'Phiên bản 1: kh-45-ubnd-du-thao-1.txt', '2025-04-02 14:00:00+07:00'),
 (2, 1, 1, 'chuyenvien.lan', 'ROUND_OPENED', 'Vòng 1: 2 người được xin ý kiến', '2025-04-02 14:05:00+07:00'),
 (3, 1, 1, 'system', 'ROUND_CLOSED', 'Tất cả đã trả lời', '2025-04-08 16:00:00+07:00'),
 (4, 1, null, 'chuyenvien.lan', 'VERSION_UPLOADED', 'Phiên bản 2: kh-45-ubnd.txt', '2025-05-12 10:30:00+07:00'),
 (5, 1, 2, 'chuyenvien.lan', 'ROUND_OPENED', 'Vòng 2: 2 người được xin ý kiến', '2025-05-12 10:35:00+07:00'),
 (6, 1, 2, 'system', 'ROUND_CLOSED', 'Hết hạn góp ý', '2025-05-16 17:00:00+07:00'),
 (7, 1, null, 'chuyenvien.lan', 'SUBMITTED', 'Trình duyệt', '2025-05-17 08:30:00+07:00'),
 (8, 2, null, 'chuyenvien.lan', 'ABANDONED', 'Dùng mẫu báo cáo của huyện', '2025-06-11 10:00:00+07:00');

insert into notification (id, recipient, subject, body, link, created_at, read_at, emailed) values
 (1, 'chanhvp.nam', 'Đề nghị góp ý: Kế hoạch chuyển đổi số xã Hòa Lạc năm 2025', 'Hạn góp ý: 17:00 09/04/2025',
  '/drafts/1', '2025-04-02 14:05:00+07:00', '2025-04-03 08:10:00+07:00', false),
 (2, 'truongphong.kt', 'Đề nghị góp ý: Kế hoạch chuyển đổi số xã Hòa Lạc năm 2025', 'Hạn góp ý: 17:00 16/05/2025',
  '/drafts/1', '2025-05-12 10:35:00+07:00', null, false);

-- Approval: the office checked it, the chairman signed in person, the clerk issued number 45
insert into approval_chain (id, issuer_unit, doc_kind, restart_from_first, created_at) values
 (1, 'XA-HOALAC', '*', true, '2025-01-06 09:00:00+07:00');
insert into approval_chain_step (chain_id, step_no, label, candidate_users, candidate_groups, signing) values
 (1, 1, 'Chánh Văn phòng thẩm tra', null, 'XA-HOALAC-VP:CHANH_VAN_PHONG', false),
 (1, 2, 'Chủ tịch UBND xã ký', null, 'XA-HOALAC:CHU_TICH', true);

insert into approval_case (id, document_id, chain_id, issuer_unit, doc_kind, subject, drafter, urgency, draft_ref, status,
  current_step, signer, capacity, process_instance_id, created_at) values
 (1, 2, 1, 'XA-HOALAC', 'KH', 'Kế hoạch chuyển đổi số xã Hòa Lạc năm 2025', 'chuyenvien.lan', null, '1', 'ISSUED', 2,
  'chutich.thanh', 'TM', null, '2025-05-17 08:30:00+07:00');

insert into approval_decision (id, approval_id, step_no, step_label, decided_by, outcome, reason, capacity, decided_at) values
 (1, 1, 1, 'Chánh Văn phòng thẩm tra', 'chanhvp.nam', 'RETURN', 'Sửa thể thức phần căn cứ.', null, '2025-05-18 09:00:00+07:00'),
 (2, 1, 1, 'Chánh Văn phòng thẩm tra', 'chuyenvien.lan', 'RESUBMIT', null, null, '2025-05-18 15:00:00+07:00'),
 (3, 1, 1, 'Chánh Văn phòng thẩm tra', 'chanhvp.nam', 'APPROVE', null, null, '2025-05-19 08:30:00+07:00'),
 (4, 1, 2, 'Chủ tịch UBND xã ký', 'chutich.thanh', 'APPROVE', null, 'TM', '2025-05-19 16:00:00+07:00'),
 (5, 1, 2, 'Chủ tịch UBND xã ký', 'vanthu.hoa', 'ISSUE', null, 'TM', '2025-05-20 15:00:00+07:00');

insert into signing_delegation (id, from_user, to_user, unit_code, grant_kind, scope, valid_from, valid_to, document_ref,
  created_by, created_at) values
 (1, 'chutich.thanh', 'chanhvp.nam', 'XA-HOALAC', 'TL', 'Văn bản hành chính thông thường', '2025-01-01', '2025-12-31',
  'Quyết định số 05/QĐ-UBND ngày 02/01/2025', 'quantri', '2025-01-06 09:30:00+07:00');

insert into outgoing_entry (id, approval_id, document_id, issuer_unit, reg_year, series, seq_no, doc_number, number_key,
  issued_on, place, doc_kind, subject, signer_name, capacity, recipients, issued_by, issued_at) values
 (1, 1, 2, 'XA-HOALAC', 2025, 'CHUNG', 45, '45/KH-UBND', '45/KH-UBND', '2025-05-20', 'Hòa Lạc', 'KH',
  'Chuyển đổi số xã Hòa Lạc năm 2025', 'Nguyễn Văn Thành', 'TM',
  'Phòng Kinh tế; Văn phòng HĐND và UBND xã; UBND huyện Thạch Thất (để báo cáo); Lưu: VT.', 'vanthu.hoa',
  '2025-05-20 15:00:00+07:00');

-- Dissemination: sent to the economics office (acknowledged, in its incoming register) and to
-- the district by the document exchange
insert into dispatch (id, document_id, sender_unit, status, process_instance_id, sent_by, sent_at, recall_reason,
  recalled_by, recalled_at, created_at) values
 (1, 2, 'XA-HOALAC', 'SENT', null, 'vanthu.hoa', '2025-05-20 15:10:00+07:00', null, null, null,
  '2025-05-20 15:05:00+07:00');
insert into dispatch_recipient (id, dispatch_id, label, unit_code, external_flag, channel, status, incoming_id, due_at,
  overdue, acknowledged_by, acknowledged_at) values
 (1, 1, 'Phòng Kinh tế', 'XA-HOALAC-KT', false, null, 'ACKNOWLEDGED', 2, '2025-05-21 17:00:00+07:00', false,
  'truongphong.kt', '2025-05-21 08:15:00+07:00'),
 (2, 1, 'UBND huyện Thạch Thất (để báo cáo)', null, true, 'Trục liên thông văn bản', 'SENT', null, null, false, null,
  null);

insert into incoming_entry (id, unit_code, reg_year, series, seq_no, document_id, received_on, sender_name, doc_number,
  issued_on, subject, handling_unit, handling_deadline, source, withdrawn, registered_by, created_at, handled_by,
  handled_at) values
 (1, 'XA-HOALAC', 2025, 'CHUNG', 31, 1, '2025-03-14', 'Ủy ban nhân dân huyện Thạch Thất', '1520/UBND-KT', '2025-03-12',
  'V/v triển khai kế hoạch chuyển đổi số năm 2025', 'XA-HOALAC-KT', '2025-04-30', 'MANUAL', false, 'vanthu.hoa',
  '2025-03-14 09:20:00+07:00', 'vanthu.hoa', '2025-03-14 09:25:00+07:00'),
 (2, 'XA-HOALAC-KT', 2025, 'CHUNG', 12, 2, '2025-05-21', 'Ủy ban nhân dân xã Hòa Lạc', '45/KH-UBND', '2025-05-20',
  'Chuyển đổi số xã Hòa Lạc năm 2025', null, null, 'DISPATCH', false, 'vanthu.hoa', '2025-05-20 15:10:00+07:00', null,
  null);

-- Follow-up: the district's request done on time; the plan's survey open and overdue since 1/7
insert into followup_task (id, document_id, series_id, occurrence, assignee_text, description, source_passage, lead_unit,
  assigner_unit, assigned_by, original_due_on, due_on, recurrence, status, overdue_marked, done_on, process_instance_id,
  created_at, updated_at) values
 (1, 1, null, 1, 'Phòng Kinh tế xã Hòa Lạc', 'Tổng hợp số liệu hạ tầng số, báo cáo huyện',
  'Giao Phòng Kinh tế xã Hòa Lạc tổng hợp số liệu hạ tầng số, báo cáo trước ngày 30/4/2025.', 'XA-HOALAC-KT',
  'XA-HOALAC', 'vanthu.hoa', '2025-04-30', '2025-04-30', null, 'DONE', false, '2025-04-28', null,
  '2025-03-14 09:30:00+07:00', '2025-04-28 15:00:00+07:00'),
 (2, 2, null, 1, 'Phòng Kinh tế', 'Rà soát hạ tầng mạng cáp quang tại các thôn',
  'Phòng Kinh tế chủ trì rà soát hạ tầng mạng cáp quang tại các thôn, hoàn thành trước ngày 30/6/2025.',
  'XA-HOALAC-KT', 'XA-HOALAC', 'vanthu.hoa', '2025-06-30', '2025-06-30', null, 'OPEN', true, null, null,
  '2025-05-20 15:20:00+07:00', '2025-07-01 00:05:00+07:00');

insert into followup_task_unit (task_id, unit_code) values (2, 'XA-HOALAC-VP');

insert into followup_event (id, task_id, kind, actor, note, old_due, new_due, at_time) values
 (1, 1, 'CREATED', 'vanthu.hoa', null, null, '2025-04-30', '2025-03-14 09:30:00+07:00'),
 (2, 1, 'PROGRESS', 'chuyenvien.lan', 'Đã tổng hợp 12/12 thôn.', null, null, '2025-04-25 11:00:00+07:00'),
 (3, 1, 'COMPLETION_REPORTED', 'truongphong.kt', 'Đã gửi báo cáo huyện.', null, null, '2025-04-28 10:00:00+07:00'),
 (4, 1, 'ACCEPTED', 'vanthu.hoa', null, null, null, '2025-04-28 15:00:00+07:00'),
 (5, 2, 'CREATED', 'vanthu.hoa', null, null, '2025-06-30', '2025-05-20 15:20:00+07:00'),
 (6, 2, 'OVERDUE', null, null, null, null, '2025-07-01 00:05:00+07:00');

insert into followup_evidence (id, event_id, sha256, file_name, document_id) values
 (1, 2, '4b3bcde839756f41cda50989aa7b80a7f59fd3f78a948997c4f4266da7ae0267', 'bao-cao-tien-do.txt', null);

insert into followup_notification (id, recipient, task_id, kind, message, created_at, read_at) values
 (1, 'truongphong.kt', 2, 'OVERDUE', 'Nhiệm vụ "Rà soát hạ tầng mạng cáp quang tại các thôn" đã quá hạn (30/06/2025).',
  '2025-07-01 00:05:00+07:00', null);

-- Search: the released installation was fully indexed except the plan's last change
insert into search_outbox (id, document_id, revision, attempts, next_attempt_at, last_error, created_at) values
 (1, 2, 3, 0, '2025-05-20 15:00:00+07:00', null, '2025-05-20 15:00:00+07:00');

-- The ids above were given by hand: the identity columns go on after them, as in the release
alter table document alter column id restart with 100;
alter table document_citation alter column id restart with 100;
alter table document_assignment alter column id restart with 100;
alter table draft alter column id restart with 100;
alter table draft_version alter column id restart with 100;
alter table draft_round alter column id restart with 100;
alter table comment_request alter column id restart with 100;
alter table draft_history alter column id restart with 100;
alter table notification alter column id restart with 100;
alter table approval_chain alter column id restart with 100;
alter table approval_case alter column id restart with 100;
alter table approval_decision alter column id restart with 100;
alter table signing_delegation alter column id restart with 100;
alter table outgoing_entry alter column id restart with 100;
alter table dispatch alter column id restart with 100;
alter table dispatch_recipient alter column id restart with 100;
alter table incoming_entry alter column id restart with 100;
alter table followup_task alter column id restart with 100;
alter table followup_event alter column id restart with 100;
alter table followup_evidence alter column id restart with 100;
alter table followup_notification alter column id restart with 100;
alter table search_outbox alter column id restart with 100;
