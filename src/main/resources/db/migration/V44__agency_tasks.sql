-- Agencies' tasks (R16), owned by the oversight module (sub-package oversight.task): the agencies of the plan's
-- section V, their duties, and the tasks each agency has in a year, with their status and evidence.

-- The agencies of section V, in the plan's order. per_unit: one agency kind that applies to each ward or
-- commune (the ward and commune People's Committees): its tasks name the unit.
create table agency (
    code varchar(40) primary key,
    position integer not null,
    plan_section varchar(10) not null,
    per_unit boolean not null,
    label_vi varchar(500) not null,
    label_en varchar(500) not null,
    constraint agency_code check (code = upper(code))
);
insert into agency (code, position, plan_section, per_unit, label_vi, label_en) values
    ('CITY_ASSOCIATION', 10, 'V.1', false, 'Ban Đại diện Hội Người cao tuổi thành phố', 'City Association of the Elderly (Representative Board)'),
    ('ELDERLY_BOARD', 20, 'V.2', false, 'Ban Công tác Người cao tuổi thành phố', 'City Board for Older People''s Affairs'),
    ('DEPT_LABOUR', 31, 'V.3.1', false, 'Phòng Lao động - Thương binh và Xã hội', 'Department of Labour, Invalids and Social Affairs'),
    ('DEPT_FINANCE', 32, 'V.3.2', false, 'Phòng Tài chính - Kế hoạch', 'Department of Finance and Planning'),
    ('DEPT_HEALTH', 33, 'V.3.3', false, 'Phòng Y tế', 'Department of Health'),
    ('DEPT_ECONOMY', 34, 'V.3.4', false, 'Phòng Kinh tế', 'Department of Economy'),
    ('DEPT_CULTURE', 35, 'V.3.5', false, 'Phòng Văn hóa Thông tin; Trung tâm Văn hóa - TDTT & Du lịch; Đài Truyền thanh - Truyền hình; Cổng thông tin điện tử', 'Department of Culture and Information; Centre for Culture, Sports and Tourism; Radio-Television; the e-portal'),
    ('FATHERLAND_FRONT', 36, 'V.3.6', false, 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố', 'Vietnam Fatherland Front Committee of the city'),
    ('WARD_COMMITTEE', 40, 'V.4', true, 'Ủy ban nhân dân phường, xã', 'Ward and commune People''s Committee');

-- Each duty of section V, per agency, in the plan's words (Vietnamese) and in English.
create table agency_duty (
    code varchar(60) primary key,
    agency_code varchar(40) not null references agency (code),
    position integer not null,
    text_vi varchar(2000) not null,
    text_en varchar(2000) not null
);
insert into agency_duty (code, agency_code, position, text_vi, text_en) values
    ('CITY_ASSOCIATION_LEAD', 'CITY_ASSOCIATION', 1, 'Chủ trì, phối hợp với các phòng, ban ngành, đoàn thể liên quan và Hội Người cao tuổi các cấp triển khai thực hiện Kế hoạch; xây dựng Kế hoạch và kinh phí triển khai thực hiện Đề án hằng năm; giám sát, đánh giá, sơ kết, tổng kết thực hiện Đề án; báo cáo UBND thành phố kết quả thực hiện; đề xuất, kiến nghị điều chỉnh phù hợp với tình hình thực tế từng giai đoạn.', 'Lead implementation with the departments, organisations and associations at every level; build the yearly plan and budget; monitor, evaluate, hold the mid-term and final reviews; report results to the City People''s Committee; propose adjustments.'),
    ('CITY_ASSOCIATION_GUIDE_WARDS', 'CITY_ASSOCIATION', 2, 'Phối hợp với UBND phường, xã hướng dẫn Hội Người cao tuổi các phường, xã và đoàn thể tại địa phương xây dựng Kế hoạch, huy động nguồn lực thực hiện Đề án theo quy định.', 'With the ward and commune People''s Committees, guide the ward and commune associations and local organisations to build their plans and mobilise resources.'),
    ('CITY_ASSOCIATION_TRAINING', 'CITY_ASSOCIATION', 3, 'Tổ chức tập huấn ban đầu và biên soạn tài liệu về CLB; hướng dẫn các đơn vị thực hiện, theo dõi, đánh giá việc thực hiện Kế hoạch tại địa phương và chất lượng của các CLB.', 'Run the initial training and write the materials on the clubs; guide, follow and evaluate local implementation and the clubs'' quality.'),
    ('CITY_ASSOCIATION_RESOURCES', 'CITY_ASSOCIATION', 4, 'Phối hợp các tổ chức chính trị - xã hội vận động nguồn lực, kết hợp sử dụng các nguồn Quỹ hợp pháp khác để hỗ trợ triển khai, thực hiện Đề án đạt hiệu quả.', 'Mobilise resources with the socio-political organisations and use other lawful funds to support the plan.'),
    ('ELDERLY_BOARD_MONITOR', 'ELDERLY_BOARD', 1, 'Phối hợp với Hội Người cao tuổi của thành phố triển khai thực hiện Kế hoạch, theo dõi, giám sát, đánh giá thực hiện Kế hoạch.', 'Implement the plan with the city association; follow, monitor and evaluate it.'),
    ('ELDERLY_BOARD_GUIDE', 'ELDERLY_BOARD', 2, 'Hướng dẫn Hội Người cao tuổi các phường, xã lồng ghép nội dung tập huấn, triển khai thực hiện Kế hoạch. Hướng dẫn CLB quản lý, triển khai các hoạt động: Tăng thu nhập, chăm sóc sức khỏe, tình nguyện viên chăm sóc tại nhà, tự giúp nhau, hỗ trợ cộng đồng, bảo vệ quyền, lợi ích, truyền thông, thể thao, văn hóa văn nghệ, vận động nguồn lực. Tổ chức tham quan mô hình, giao lưu, chia sẻ kinh nghiệm giữa các địa phương, các CLB nhằm nâng cao hiệu quả hoạt động.', 'Guide the ward and commune associations to integrate training; guide the clubs in the 8 areas of activity; organise study tours and exchanges between localities and clubs.'),
    ('DEPT_LABOUR_PLAN', 'DEPT_LABOUR', 1, 'Phối hợp với Ban Đại diện Hội Người cao tuổi Thành phố xây dựng kế hoạch thực hiện; lồng ghép các chương trình, dự án, đề án có liên quan để thực hiện Kế hoạch; giám sát, đánh giá kết quả thực hiện.', 'Build the implementation plan with the city association; integrate related programmes and projects; monitor and evaluate the results.'),
    ('DEPT_FINANCE_BUDGET', 'DEPT_FINANCE', 1, 'Hằng năm, căn cứ vào Kế hoạch cụ thể triển khai thực hiện Đề án và khả năng cân đối ngân sách, tham mưu UBND Thành phố bố trí kinh phí cho Hội Người cao tuổi các phường, xã để thực hiện các nội dung của Kế hoạch theo quy định của Luật Ngân sách Nhà nước.', 'Each year, advise the City People''s Committee on the budget for the ward and commune associations to carry out the plan, under the State Budget Law.'),
    ('DEPT_HEALTH_CARE', 'DEPT_HEALTH', 1, 'Chỉ đạo các Trạm Y tế phối hợp với Hội Người cao tuổi và các CLB tổ chức khám sức khỏe định kỳ, quản lý sức khỏe cho người cao tuổi, tuyên truyền, phổ biến về chăm sóc sức khỏe, kiến thức chăm sóc sức khỏe tại nhà cho người cao tuổi và người có hoàn cảnh khó khăn tại cộng đồng, hỗ trợ tập huấn và hoạt động cho đội ngũ tình nguyện viên của CLB.', 'Direct the health stations to work with the association and the clubs on periodic health checks, health management, health communication and home-care knowledge, and training and support for the clubs'' volunteers.'),
    ('DEPT_ECONOMY_PROGRAMMES', 'DEPT_ECONOMY', 1, 'Chỉ đạo, tạo điều kiện lồng ghép nguồn lực của các chương trình, dự án có liên quan hỗ trợ nhân rộng mô hình CLB; tạo điều kiện cho các CLB tham gia các chương trình giảm nghèo bền vững, khuyến nông, xây dựng nông thôn mới.', 'Integrate the resources of related programmes to replicate the clubs; let the clubs join the sustainable poverty reduction, agricultural extension and new rural development programmes.'),
    ('DEPT_CULTURE_SUPPORT', 'DEPT_CULTURE', 1, 'Phối hợp chặt chẽ, tạo điều kiện cho các hoạt động thể dục thể thao, dưỡng sinh, văn nghệ của các CLB. Tăng cường tuyên truyền nâng cao ý thức của xã hội, cộng đồng và các thành viên gia đình hỗ trợ nhân rộng và tham gia các CLB. Chỉ đạo hệ thống truyền thanh cơ sở tuyên truyền về Đề án, hiệu quả hoạt động của CLB góp phần nâng cao nhận thức của các cấp chính quyền và cộng đồng về CLB, qua đó nhằm huy động nguồn lực để nhân rộng mô hình CLB.', 'Support the clubs'' sports, traditional exercise and arts; communicate so that society, communities and families support and join the clubs; direct the local loudspeaker system to report on the scheme and the clubs, to mobilise resources.'),
    ('FATHERLAND_FRONT_RESOURCES', 'FATHERLAND_FRONT', 1, 'Phối hợp vận động nguồn lực, sử dụng các nguồn Quỹ hợp pháp để hỗ trợ CLB hoạt động hiệu quả; chỉ đạo các tổ chức thành viên hỗ trợ thực hiện và giám sát Kế hoạch.', 'Mobilise resources and lawful funds for the clubs; direct the member organisations to support and monitor the plan.'),
    ('WARD_PLAN', 'WARD_COMMITTEE', 1, 'Xây dựng Kế hoạch triển khai thực hiện Đề án nhân rộng mô hình CLB đảm bảo hoàn thành các mục tiêu, chỉ tiêu chung. Trong đó xác định rõ kế hoạch, chỉ tiêu thành lập mới các CLB cụ thể theo lộ trình từng năm; hỗ trợ nguồn quỹ ban đầu cho các CLB, hỗ trợ trang thiết bị hoạt động ban đầu.', 'Build the ward''s implementation plan with a year-by-year roadmap of new clubs; provide the clubs'' initial fund capital and initial equipment.'),
    ('WARD_ENABLE', 'WARD_COMMITTEE', 2, 'Tạo điều kiện cho CLB huy động nguồn lực, kinh phí cho xây dựng và hỗ trợ hoạt động của CLB.', 'Enable the clubs to mobilise resources and funds for their founding and activities.'),
    ('WARD_BUDGET', 'WARD_COMMITTEE', 3, 'Hằng năm bố trí kinh phí trong dự toán chi thường xuyên theo phân cấp ngân sách Nhà nước tại địa phương mình để thực hiện Kế hoạch nhân rộng mô hình CLB.', 'Each year, put funds for the plan in the ward''s recurrent budget.'),
    ('WARD_FUNDS', 'WARD_COMMITTEE', 4, 'Hướng dẫn sử dụng nguồn Quỹ hợp pháp như nguồn quỹ an sinh xã hội. Chỉ đạo xây dựng và phát triển Quỹ chăm sóc, phát huy vai trò người cao tuổi, các nguồn quỹ khác tại địa phương; huy động nguồn lực từ xã hội hóa tại địa phương để thực hiện Kế hoạch.', 'Guide the use of lawful funds (the social security fund); develop the fund for caring for older people and other local funds; mobilise local social contributions.'),
    ('WARD_REVIEW', 'WARD_COMMITTEE', 5, 'Tổ chức đánh giá, sơ kết, tổng kết, báo cáo kết quả thực hiện và các phát sinh trong quá trình triển khai; đề xuất, kiến nghị điều chỉnh phù hợp với tình hình thực tế từng giai đoạn.', 'Evaluate, hold the mid-term and final reviews, report results and issues; propose adjustments.');

-- A task of an agency in a year: one of its duties (duty_code) or a free task (duty_code null); for the ward
-- committees the ward or commune (unit_id; null for the city's agencies). status: PLANNED, IN_PROGRESS, DONE,
-- NOT_DONE; a DONE task has its done_on and some evidence: a note, a document reference, or a link to a
-- training session, a monitoring visit or a resource entry (evidence_kind and evidence_id).
create table agency_task (
    id bigint generated by default as identity primary key,
    agency_code varchar(40) not null references agency (code),
    unit_id bigint references admin_unit (id),
    duty_code varchar(60) references agency_duty (code),
    task_year integer not null,
    title varchar(500) not null,
    status varchar(20) not null,
    due_on date,
    done_on date,
    evidence_note varchar(2000),
    evidence_document varchar(200),
    evidence_kind varchar(20),
    evidence_id bigint,
    recorded_by varchar(100) not null,
    recorded_at timestamp not null,
    changed_by varchar(100),
    changed_at timestamp,
    version integer not null,
    constraint agency_task_status check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'NOT_DONE')),
    constraint agency_task_evidence check (
        (evidence_kind is null and evidence_id is null)
        or (evidence_kind in ('TRAINING', 'VISIT', 'RESOURCE') and evidence_id is not null)),
    constraint agency_task_done check (status <> 'DONE' or done_on is not null)
);
create index agency_task_year_idx on agency_task (task_year, agency_code);

-- The tasks for the reports (read-only): which agency (and ward), which year, in what state, done when.
create view agency_task_v as
select t.agency_code, t.unit_id, t.task_year, t.status, t.done_on
from agency_task t;
