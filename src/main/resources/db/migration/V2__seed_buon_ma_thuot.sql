-- Reference data: Đắk Lắk, Buôn Ma Thuột and its 21 wards/communes when the plan was signed, the 2024
-- merger and the 1 July 2025 reorganisation, as in requirements section 5. Codes from the statistics
-- office list of 18/7/2025; Thống Nhất and Thắng Lợi have no verified code and are left blank.
insert into admin_unit (id, code, name, type, parent_id, valid_from, valid_to) values
 (1, '66', 'Tỉnh Đắk Lắk', 'PROVINCE', null, null, null),
 (2, '54', 'Tỉnh Phú Yên', 'PROVINCE', null, null, '2025-06-30'),
 (3, '643', 'Thành phố Buôn Ma Thuột', 'CITY', 1, null, '2025-06-30'),
 (10, '24118', 'Phường Tân Lập', 'WARD', 3, null, '2025-06-30'),
 (11, '24121', 'Phường Tân Hòa', 'WARD', 3, null, '2025-06-30'),
 (12, '24124', 'Phường Tân An', 'WARD', 3, null, '2025-06-30'),
 (13, null, 'Phường Thống Nhất', 'WARD', 3, null, '2024-10-31'),
 (14, '24130', 'Phường Thành Nhất', 'WARD', 3, null, '2025-06-30'),
 (15, null, 'Phường Thắng Lợi', 'WARD', 3, null, '2024-10-31'),
 (16, '24133', 'Phường Thành Công', 'WARD', 3, null, '2025-06-30'),
 (17, '24136', 'Phường Tân Lợi', 'WARD', 3, null, '2025-06-30'),
 (18, '24142', 'Phường Tân Thành', 'WARD', 3, null, '2025-06-30'),
 (19, '24145', 'Phường Tân Tiến', 'WARD', 3, null, '2025-06-30'),
 (20, '24148', 'Phường Tự An', 'WARD', 3, null, '2025-06-30'),
 (21, '24151', 'Phường Ea Tam', 'WARD', 3, null, '2025-06-30'),
 (22, '24154', 'Phường Khánh Xuân', 'WARD', 3, null, '2025-06-30'),
 (23, '24157', 'Xã Hòa Thuận', 'COMMUNE', 3, null, '2025-06-30'),
 (24, '24160', 'Xã Cư Êbur', 'COMMUNE', 3, null, '2025-06-30'),
 (25, '24163', 'Xã Ea Tu', 'COMMUNE', 3, null, '2025-06-30'),
 (26, '24166', 'Xã Hòa Thắng', 'COMMUNE', 3, null, '2025-06-30'),
 (27, '24169', 'Xã Ea Kao', 'COMMUNE', 3, null, '2025-06-30'),
 (28, '24172', 'Xã Hòa Phú', 'COMMUNE', 3, null, '2025-06-30'),
 (29, '24175', 'Xã Hòa Khánh', 'COMMUNE', 3, null, '2025-06-30'),
 (30, '24178', 'Xã Hòa Xuân', 'COMMUNE', 3, null, '2025-06-30'),
 (40, '24133', 'Phường Buôn Ma Thuột', 'WARD', 1, '2025-07-01', null),
 (41, '24163', 'Phường Tân An', 'WARD', 1, '2025-07-01', null),
 (42, '24121', 'Phường Tân Lập', 'WARD', 1, '2025-07-01', null),
 (43, '24154', 'Phường Thành Nhất', 'WARD', 1, '2025-07-01', null),
 (44, '24169', 'Phường Ea Kao', 'WARD', 1, '2025-07-01', null),
 (45, '24175', 'Xã Hòa Phú', 'COMMUNE', 1, '2025-07-01', null);
alter table admin_unit alter column id restart with 1000;

-- 2024: effective date not confirmed in the sources at hand; an administrator can correct it
-- (the ended units' valid_to follows).
insert into unit_change (id, kind, effective_date, legal_reference, date_confirmed, note) values
 (1, 'MERGE', '2024-11-01', 'Nghị quyết 1193/NQ-UBTVQH15', false, 'Phường Thắng Lợi nhập vào Phường Thành Công'),
 (2, 'MERGE', '2024-11-01', 'Nghị quyết 1193/NQ-UBTVQH15', false, 'Phường Thống Nhất nhập vào Phường Tân Tiến'),
 (3, 'ABOLISH', '2025-07-01', 'Nghị quyết 202/2025/QH15', true, 'Kết thúc hoạt động của đơn vị hành chính cấp huyện'),
 (4, 'MERGE', '2025-07-01', 'Nghị quyết 202/2025/QH15', true, 'Tỉnh Phú Yên nhập vào Tỉnh Đắk Lắk (giữ mã 66)'),
 (5, 'MERGE', '2025-07-01', 'Nghị quyết 1660/NQ-UBTVQH15', true, 'Thành lập Phường Buôn Ma Thuột'),
 (6, 'MERGE', '2025-07-01', 'Nghị quyết 1660/NQ-UBTVQH15', true, 'Thành lập Phường Tân An'),
 (7, 'MERGE', '2025-07-01', 'Nghị quyết 1660/NQ-UBTVQH15', true, 'Thành lập Phường Tân Lập'),
 (8, 'MERGE', '2025-07-01', 'Nghị quyết 1660/NQ-UBTVQH15', true, 'Thành lập Phường Thành Nhất'),
 (9, 'MERGE', '2025-07-01', 'Nghị quyết 1660/NQ-UBTVQH15', true, 'Thành lập Phường Ea Kao'),
 (10, 'MERGE', '2025-07-01', 'Nghị quyết 1660/NQ-UBTVQH15', true, 'Thành lập Xã Hòa Phú');
alter table unit_change alter column id restart with 1000;

insert into unit_change_effect (change_id, unit_id, effect) values
 (1, 15, 'ENDED'), (1, 16, 'CONTINUED'),
 (2, 13, 'ENDED'), (2, 19, 'CONTINUED'),
 (3, 3, 'ENDED'),
 (4, 2, 'ENDED'), (4, 1, 'CONTINUED'),
 (5, 16, 'ENDED'), (5, 19, 'ENDED'), (5, 18, 'ENDED'), (5, 20, 'ENDED'), (5, 17, 'ENDED'), (5, 24, 'ENDED'), (5, 40, 'CREATED'),
 (6, 12, 'ENDED'), (6, 25, 'ENDED'), (6, 23, 'ENDED'), (6, 41, 'CREATED'),
 (7, 10, 'ENDED'), (7, 11, 'ENDED'), (7, 26, 'ENDED'), (7, 42, 'CREATED'),
 (8, 14, 'ENDED'), (8, 22, 'ENDED'), (8, 43, 'CREATED'),
 (9, 21, 'ENDED'), (9, 27, 'ENDED'), (9, 44, 'CREATED'),
 (10, 28, 'ENDED'), (10, 30, 'ENDED'), (10, 29, 'ENDED'), (10, 45, 'CREATED');

insert into unit_lineage (change_id, predecessor_id, successor_id) values
 (1, 15, 16),
 (2, 13, 19),
 (4, 2, 1),
 (5, 16, 40), (5, 19, 40), (5, 18, 40), (5, 20, 40), (5, 17, 40), (5, 24, 40),
 (6, 12, 41), (6, 25, 41), (6, 23, 41),
 (7, 10, 42), (7, 11, 42), (7, 26, 42),
 (8, 14, 43), (8, 22, 43),
 (9, 21, 44), (9, 27, 44),
 (10, 28, 45), (10, 30, 45), (10, 29, 45);
