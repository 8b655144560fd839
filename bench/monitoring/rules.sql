-- The 18 built-in monitoring rules of contracts/feeds.md as DuckDB SQL: the baseline of the monitoring
-- benchmark (bench/README.md). MonitoringBaseline runs this file statement by statement on one in-memory
-- DuckDB with threads = 2, after replacing
--   {{as_of}}        the as-of date, YYYY-MM-DD
--   {{file:NAME}}    the path of the generated file NAME (a UTF-8 copy where noise.csv lists it as GB18030)
--   {{out}}          the findings file to write
-- It reads the CSVs with read_csv and explicit column types, and writes findings.csv in the contract's
-- layout: rule, severity, household_id, id_number, name, region, evidence, recommendation.
--
-- Conventions are the generator's (doudi-engine/src/main/java/org/doudi/synthetic/FeedVocabulary.java):
-- an active household is ACTIVE or GRADUAL_EXIT; 1 home allowed; business ACTIVE only; a certificate is new
-- within 12 months; relapse-risk income is annual against 1.5 x the monthly Dibao standard x 12; a death is
-- "paid after death" before the first day of the month before the as-of month; the bank account is on the
-- applicant's row only. The registry is persons.csv plus persons_neighbour.csv (the neighbouring county's
-- roll), which is where duplicate enrolments show.
-- Feed rows whose ID number fails its check character, or whose date is not a date, are rejected (counted
-- in the table rejected); old 15-digit numbers are converted to 18 digits.

-- ===================================================================================================
-- Policy constants. MUST EQUAL THE ENGINE'S monitoring.* PARAMETERS (the engine reads them from its
-- policy pack): change them here when the engine's change.
--   HIGH_MEDICAL_SPENDING fires when a person's out-of-pocket spending in the 12 months up to the as-of date
--   exceeds  max(medical_floor, medical_share x Dibao standard of the household's area x 12 x household size)
CREATE MACRO medical_share() AS 0.6;          -- rigidExpenditure.shareThreshold of the national pack
CREATE MACRO medical_floor() AS 20000;        -- 元, the floor of the threshold
CREATE MACRO dibao_standard(area) AS CASE WHEN area = 'URBAN' THEN 787 ELSE 750 END;   -- 元/person/month: dibao.standard of 3408-anqing.yaml from 2023-07-01, as the engine reads it for 340827
CREATE MACRO marginal_multiple() AS 1.5;      -- the marginal bound: 1.5 x the Dibao standard
CREATE MACRO homes_allowed() AS 1;            -- residential homes a household may hold
CREATE MACRO window_months() AS 12;           -- "new" certificate, "last 12 months" of medical spending, recent employment
-- ===================================================================================================

CREATE MACRO as_of() AS DATE '{{as_of}}';

-- ID numbers: an 18-digit number whose check character is right, or an old 15-digit one converted to 18
-- (GB 11643: century 19, check character over the first 17 digits); anything else is NULL (rejected).
CREATE MACRO id_sum(s) AS
      7 * substr(s, 1, 1)::INT + 9 * substr(s, 2, 1)::INT + 10 * substr(s, 3, 1)::INT + 5 * substr(s, 4, 1)::INT
    + 8 * substr(s, 5, 1)::INT + 4 * substr(s, 6, 1)::INT + 2 * substr(s, 7, 1)::INT + 1 * substr(s, 8, 1)::INT
    + 6 * substr(s, 9, 1)::INT + 3 * substr(s, 10, 1)::INT + 7 * substr(s, 11, 1)::INT + 9 * substr(s, 12, 1)::INT
    + 10 * substr(s, 13, 1)::INT + 5 * substr(s, 14, 1)::INT + 8 * substr(s, 15, 1)::INT + 4 * substr(s, 16, 1)::INT
    + 2 * substr(s, 17, 1)::INT;
CREATE MACRO id_check(s) AS substr('10X98765432', 1 + id_sum(s) % 11, 1);
CREATE MACRO id18(raw) AS CASE
    WHEN regexp_full_match(upper(trim(raw)), '[0-9]{17}[0-9X]')
        THEN CASE WHEN id_check(trim(raw)) = upper(substr(trim(raw), 18, 1)) THEN upper(trim(raw)) END
    WHEN regexp_full_match(trim(raw), '[0-9]{15}')
        THEN substr(trim(raw), 1, 6) || '19' || substr(trim(raw), 7, 9)
             || id_check(substr(trim(raw), 1, 6) || '19' || substr(trim(raw), 7, 9))
    END;
-- Dates: YYYY-MM-DD, YYYY/MM/DD or YYYYMMDD; anything else (2024-02-30 too) is NULL (rejected).
CREATE MACRO feed_date(s) AS coalesce(try_strptime(trim(s), '%Y-%m-%d'), try_strptime(trim(s), '%Y/%m/%d'),
                                      try_strptime(trim(s), '%Y%m%d'))::DATE;

-- ---------------------------------------------------------------------------------------------------
-- Every roll: one row per person and roll (persons.csv, ours, and persons_neighbour.csv, the neighbouring
-- county's). Empty fields read as NULL. Only DUPLICATE_ENROLMENT looks at the neighbour's roll; every other
-- rule monitors our own (the view registry), as the generator's manifest does.
CREATE TABLE roll AS
SELECT NOT ends_with(filename, 'persons_neighbour.csv') AS own, household_id, id_number AS id, name, relation, birth_date, region, area, coalesce(programme, '') AS programme,
       status, enrolled_since, bank_account, account_holder, disability_kind, disability_grade,
       coalesce(staff_relative, 'N') AS staff_relative, coalesce(schooling, 'NONE') AS schooling
FROM read_csv(['{{file:persons.csv}}', '{{file:persons_neighbour.csv}}'], header = true, filename = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'household_id': 'VARCHAR', 'id_number': 'VARCHAR', 'name': 'VARCHAR', 'relation': 'VARCHAR',
               'birth_date': 'DATE', 'region': 'VARCHAR', 'area': 'VARCHAR', 'programme': 'VARCHAR',
               'status': 'VARCHAR', 'monthly_amount': 'DECIMAL(12,2)', 'enrolled_since': 'DATE',
               'bank_account': 'VARCHAR', 'account_holder': 'VARCHAR', 'disability_kind': 'VARCHAR',
               'disability_grade': 'INTEGER', 'staff_relative': 'VARCHAR', 'phone': 'VARCHAR',
               'habitual_region': 'VARCHAR', 'habitual_area': 'VARCHAR', 'address': 'VARCHAR',
               'disability_certified_on': 'DATE', 'serious_illness': 'VARCHAR', 'work_capacity': 'VARCHAR',
               'self_care': 'VARCHAR', 'schooling': 'VARCHAR', 'employment': 'VARCHAR',
               'monthly_income': 'DECIMAL(12,2)'});

CREATE VIEW registry AS SELECT * FROM roll WHERE own;

CREATE TABLE household AS
SELECT household_id, any_value(region) AS region, any_value(area) AS area, any_value(programme) AS programme,
       any_value(status) AS status, any_value(staff_relative) AS staff_relative, count(*) AS size,
       max(bank_account) AS bank_account, max(account_holder) AS account_holder,
       max(CASE WHEN relation = 'APPLICANT' THEN id END) AS applicant_id,
       max(CASE WHEN relation = 'APPLICANT' THEN name END) AS applicant_name,
       list(name) AS names
FROM registry GROUP BY household_id;

-- Members of households in payment (ACTIVE or GRADUAL_EXIT).
CREATE VIEW active_member AS SELECT * FROM registry WHERE status IN ('ACTIVE', 'GRADUAL_EXIT');

-- ---------------------------------------------------------------------------------------------------
-- The department feeds, with ID numbers and dates normalised (NULL = rejected row).
CREATE TABLE deaths AS
SELECT id18(id_number) AS id, id_number AS raw_id, name, feed_date(death_date) AS death_date, death_date AS raw_date, source
FROM read_csv('{{file:deaths.csv}}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'id_number': 'VARCHAR', 'name': 'VARCHAR', 'death_date': 'VARCHAR', 'source': 'VARCHAR'});

CREATE TABLE medical AS
SELECT id18(id_number) AS id, feed_date(settle_date) AS settled, out_of_pocket
FROM read_csv('{{file:medical.csv}}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'id_number': 'VARCHAR', 'name': 'VARCHAR', 'settle_date': 'VARCHAR', 'total_cost': 'DECIMAL(14,2)',
               'out_of_pocket': 'DECIMAL(14,2)', 'diagnosis': 'VARCHAR'});

CREATE TABLE disability AS
SELECT id18(id_number) AS id, name, kind, grade, feed_date(issued_date) AS issued, status
FROM read_csv('{{file:disability.csv}}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'id_number': 'VARCHAR', 'name': 'VARCHAR', 'kind': 'VARCHAR', 'grade': 'INTEGER',
               'issued_date': 'VARCHAR', 'status': 'VARCHAR'});

CREATE TABLE labour AS
SELECT id18(id_number) AS id, name, event, feed_date(event_date) AS event_date, monthly_amount
FROM read_csv('{{file:labour.csv}}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'id_number': 'VARCHAR', 'name': 'VARCHAR', 'event': 'VARCHAR', 'event_date': 'VARCHAR',
               'monthly_amount': 'DECIMAL(12,2)'});

CREATE TABLE vehicles AS
SELECT id18(id_number) AS id, name, plate, vehicle_type, feed_date(registered_date) AS registered, value
FROM read_csv('{{file:vehicles.csv}}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'id_number': 'VARCHAR', 'name': 'VARCHAR', 'plate': 'VARCHAR', 'vehicle_type': 'VARCHAR',
               'registered_date': 'VARCHAR', 'value': 'DECIMAL(14,2)'});

-- exact duplicate rows are one property (a duplicated home is not a second home)
CREATE TABLE real_estate AS
SELECT DISTINCT id18(id_number) AS id, name, property_type, area_m2, feed_date(registered_date) AS registered
FROM read_csv('{{file:real_estate.csv}}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'id_number': 'VARCHAR', 'name': 'VARCHAR', 'property_type': 'VARCHAR', 'area_m2': 'DECIMAL(12,2)',
               'registered_date': 'VARCHAR'});

CREATE TABLE businesses AS
SELECT id18(id_number) AS id, name, business_name, registered_capital, status
FROM read_csv('{{file:businesses.csv}}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'id_number': 'VARCHAR', 'name': 'VARCHAR', 'business_name': 'VARCHAR',
               'registered_capital': 'DECIMAL(16,2)', 'status': 'VARCHAR'});

CREATE TABLE housing_fund AS
SELECT id18(id_number) AS id, name, monthly_contribution, feed_date(since) AS since
FROM read_csv('{{file:housing_fund.csv}}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'id_number': 'VARCHAR', 'name': 'VARCHAR', 'monthly_contribution': 'DECIMAL(12,2)', 'since': 'VARCHAR'});

CREATE TABLE education AS
SELECT id18(id_number) AS id, name, stage, feed_date(enrolled_date) AS enrolled, annual_fees
FROM read_csv('{{file:education.csv}}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'id_number': 'VARCHAR', 'name': 'VARCHAR', 'stage': 'VARCHAR', 'enrolled_date': 'VARCHAR',
               'annual_fees': 'DECIMAL(12,2)'});

CREATE TABLE relapse AS
SELECT id18(id_number) AS id, name, status, feed_date(since) AS since, per_capita_income
FROM read_csv('{{file:rural_revitalisation.csv}}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'id_number': 'VARCHAR', 'name': 'VARCHAR', 'status': 'VARCHAR', 'since': 'VARCHAR',
               'per_capita_income': 'DECIMAL(14,2)'});

CREATE TABLE hotline AS
SELECT ticket_id, id18(id_number) AS id, name, phone, received_at,
       try_strptime(trim(received_at), '%Y-%m-%d %H:%M:%S')::DATE AS received, region, category, text
FROM read_csv('{{file:hotline.csv}}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'ticket_id': 'VARCHAR', 'id_number': 'VARCHAR', 'name': 'VARCHAR', 'phone': 'VARCHAR',
               'received_at': 'VARCHAR', 'region': 'VARCHAR', 'category': 'VARCHAR', 'text': 'VARCHAR'});

CREATE TABLE staff AS
SELECT id18(staff_id_number) AS staff_id, staff_name, role, region, id18(relative_id_number) AS id, relative_name, relation
FROM read_csv('{{file:staff.csv}}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'staff_id_number': 'VARCHAR', 'staff_name': 'VARCHAR', 'role': 'VARCHAR', 'region': 'VARCHAR',
               'relative_id_number': 'VARCHAR', 'relative_name': 'VARCHAR', 'relation': 'VARCHAR'});

-- Rows that cannot be read, per file (the engine writes them to rejected.csv).
CREATE TABLE rejected AS
          SELECT 'deaths.csv' AS file, count(*) AS rows FROM deaths WHERE id IS NULL OR death_date IS NULL
UNION ALL SELECT 'medical.csv', count(*) FROM medical WHERE id IS NULL OR settled IS NULL
UNION ALL SELECT 'disability.csv', count(*) FROM disability WHERE id IS NULL OR issued IS NULL
UNION ALL SELECT 'labour.csv', count(*) FROM labour WHERE id IS NULL OR event_date IS NULL
UNION ALL SELECT 'vehicles.csv', count(*) FROM vehicles WHERE id IS NULL OR registered IS NULL
UNION ALL SELECT 'real_estate.csv', count(*) FROM real_estate WHERE id IS NULL OR registered IS NULL
UNION ALL SELECT 'businesses.csv', count(*) FROM businesses WHERE id IS NULL
UNION ALL SELECT 'housing_fund.csv', count(*) FROM housing_fund WHERE id IS NULL OR since IS NULL
UNION ALL SELECT 'education.csv', count(*) FROM education WHERE id IS NULL OR enrolled IS NULL
UNION ALL SELECT 'rural_revitalisation.csv', count(*) FROM relapse WHERE id IS NULL OR since IS NULL
UNION ALL SELECT 'hotline.csv', count(*) FROM hotline WHERE id IS NULL OR received IS NULL
UNION ALL SELECT 'staff.csv', count(*) FROM staff WHERE id IS NULL OR staff_id IS NULL;

CREATE TABLE findings (rule VARCHAR, severity VARCHAR, household_id VARCHAR, id_number VARCHAR, name VARCHAR,
                       region VARCHAR, evidence VARCHAR, recommendation VARCHAR);

-- ===================================================================================================
-- DEATH_OF_RECIPIENT: a member of an active household died on or before the as-of date.
INSERT INTO findings
SELECT 'DEATH_OF_RECIPIENT', 'HIGH', r.household_id, r.id, r.name, r.region,
       '死亡 ' || min(d.death_date) || '（' || string_agg(DISTINCT d.source, '、') || '），户状态 ' || any_value(r.status),
       '自次月起停发，3个月内复核家庭'
FROM deaths d JOIN active_member r ON r.id = d.id
WHERE d.death_date <= as_of()
GROUP BY r.household_id, r.id, r.name, r.region;

-- PAID_AFTER_DEATH: the same, and the death is more than one payment month old: before the first day of
-- the month before the as-of month.
INSERT INTO findings
SELECT 'PAID_AFTER_DEATH', 'HIGH', r.household_id, r.id, r.name, r.region,
       '死亡 ' || min(d.death_date) || '，已超过一个发放月仍在发放',
       '停发并追回死亡后发放的资金'
FROM deaths d JOIN active_member r ON r.id = d.id
WHERE d.death_date < (date_trunc('month', as_of()) - INTERVAL 1 MONTH)::DATE
GROUP BY r.household_id, r.id, r.name, r.region;

-- VEHICLE_OWNED: a member of an active household owns a vehicle of a type that is not exempt.
INSERT INTO findings
SELECT 'VEHICLE_OWNED', 'MEDIUM', r.household_id, r.id, r.name, r.region,
       string_agg(v.vehicle_type || ' ' || v.plate || '，价值 ' || v.value || ' 元', '；'),
       '核查车辆，重新核定家庭财产'
FROM vehicles v JOIN active_member r ON r.id = v.id
WHERE v.registered <= as_of()
  AND v.vehicle_type NOT IN ('残疾人专用车', '三轮摩托车', '普通二轮摩托车', '轻便摩托车', '电动自行车')
GROUP BY r.household_id, r.id, r.name, r.region;

-- REAL_ESTATE_OWNED: a member of an active household holds non-residential property, or the household
-- holds more residential homes than allowed (each member holding one of them is a subject).
INSERT INTO findings
WITH held AS (
    SELECT r.household_id, r.id, r.name, r.region, p.property_type, p.area_m2
    FROM real_estate p JOIN active_member r ON r.id = p.id
    WHERE p.registered <= as_of()),
homes AS (
    SELECT household_id, count(*) AS homes FROM held WHERE property_type = '住宅' GROUP BY household_id)
SELECT 'REAL_ESTATE_OWNED', 'MEDIUM', held.household_id, held.id, held.name, held.region,
       string_agg(property_type || ' ' || area_m2 || ' m²', '；') || '；户内住宅 ' || coalesce(any_value(homes.homes), 0) || ' 套',
       '核查房产，重新核定家庭财产'
FROM held LEFT JOIN homes USING (household_id)
WHERE property_type <> '住宅' OR coalesce(homes.homes, 0) > homes_allowed()
GROUP BY held.household_id, held.id, held.name, held.region;

-- BUSINESS_REGISTERED: a member of an active household has an ACTIVE business registration.
INSERT INTO findings
SELECT 'BUSINESS_REGISTERED', 'MEDIUM', r.household_id, r.id, r.name, r.region,
       string_agg(b.business_name || '，注册资本 ' || b.registered_capital || ' 元', '；'),
       '核查经营收入'
FROM businesses b JOIN active_member r ON r.id = b.id
WHERE b.status = 'ACTIVE'
GROUP BY r.household_id, r.id, r.name, r.region;

-- HOUSING_FUND_CONTRIBUTIONS: a member of an active household pays housing-fund contributions.
INSERT INTO findings
SELECT 'HOUSING_FUND_CONTRIBUTIONS', 'MEDIUM', r.household_id, r.id, r.name, r.region,
       '自 ' || min(f.since) || ' 缴存公积金，月缴存 ' || max(f.monthly_contribution) || ' 元',
       '核查工资性收入'
FROM housing_fund f JOIN active_member r ON r.id = f.id
WHERE f.since <= as_of() AND f.monthly_contribution > 0
GROUP BY r.household_id, r.id, r.name, r.region;

-- EMPLOYMENT_STARTED: a member of an active household became employed after enrolment, within the window
-- (employment before enrolment was known when the household was assessed).
INSERT INTO findings
SELECT 'EMPLOYMENT_STARTED', 'MEDIUM', r.household_id, r.id, r.name, r.region,
       '就业登记 ' || max(l.event_date) || '，晚于纳入日期 ' || any_value(r.enrolled_since),
       '重新核算收入，考虑渐退'
FROM labour l JOIN active_member r ON r.id = l.id
WHERE l.event = 'EMPLOYED' AND l.event_date > r.enrolled_since AND l.event_date <= as_of()
  AND l.event_date > as_of() - to_months(window_months())
GROUP BY r.household_id, r.id, r.name, r.region;

-- HIGH_MEDICAL_SPENDING: a person's out-of-pocket spending in the last 12 months exceeds the threshold
-- for the household's income (constants at the top); households not suspended or terminated.
INSERT INTO findings
WITH spent AS (
    SELECT r.household_id, r.id, any_value(r.name) AS name, sum(m.out_of_pocket) AS oop, count(*) AS settlements
    FROM medical m JOIN registry r ON r.id = m.id
    WHERE m.settled <= as_of() AND m.settled > as_of() - to_months(window_months())
    GROUP BY r.household_id, r.id)
SELECT 'HIGH_MEDICAL_SPENDING', 'MEDIUM', s.household_id, s.id, s.name, h.region,
       '近12个月自付 ' || s.oop || ' 元（' || s.settlements || ' 次结算），阈值 '
           || greatest(medical_floor(), medical_share() * dibao_standard(h.area) * 12 * h.size) || ' 元',
       '评估支出型救助或临时救助'
FROM spent s JOIN household h USING (household_id)
WHERE h.status NOT IN ('SUSPENDED', 'TERMINATED')
  AND s.oop > greatest(medical_floor(), medical_share() * dibao_standard(h.area) * 12 * h.size);

-- NEW_SEVERE_DISABILITY: a valid certificate issued within the window, grade 1-2 or grade 3 intellectual or
-- mental, to a person in no registry household or in a MARGINAL or monitored (no programme) household,
-- unless the registry already records that disability.
INSERT INTO findings
SELECT 'NEW_SEVERE_DISABILITY', 'MEDIUM', coalesce(r.household_id, ''), c.id, coalesce(r.name, any_value(c.name)),
       coalesce(r.region, ''),
       string_agg(c.kind || ' ' || c.grade || '级，发证 ' || c.issued, '；'),
       '评估单人保、残疾人两项补贴'
FROM disability c LEFT JOIN registry r ON r.id = c.id
WHERE c.status = 'VALID' AND c.issued <= as_of() AND c.issued > as_of() - to_months(window_months())
  AND (c.grade <= 2 OR (c.grade = 3 AND c.kind IN ('INTELLECTUAL', 'MENTAL')))
  AND (r.id IS NULL OR (r.programme IN ('', 'MARGINAL')
       AND NOT (coalesce(r.disability_kind, '') = c.kind AND coalesce(r.disability_grade, 0) = c.grade)))
GROUP BY coalesce(r.household_id, ''), c.id, r.name, coalesce(r.region, '');

-- UNEMPLOYED_LOW_INCOME: a person in a monitored or marginal household registered as unemployed.
INSERT INTO findings
SELECT 'UNEMPLOYED_LOW_INCOME', 'LOW', r.household_id, r.id, r.name, r.region,
       '失业登记 ' || max(l.event_date) || '，户类别 ' || CASE WHEN any_value(r.programme) = '' THEN 'LOW_INCOME' ELSE any_value(r.programme) END,
       '就业帮扶，评估救助'
FROM labour l JOIN registry r ON r.id = l.id
WHERE l.event = 'UNEMPLOYED_REGISTERED' AND l.event_date <= as_of()
  AND (r.status = 'MONITORED' OR r.programme = 'MARGINAL')
GROUP BY r.household_id, r.id, r.name, r.region;

-- RELAPSE_RISK_NOT_COVERED: an AT_RISK relapse-risk object whose annual per-capita income is below the
-- marginal bound (1.5 x Dibao standard x 12; rural when the person is not in the registry) and who is in no
-- programme: not in the registry, or only in households neither paid (Dibao, extreme poverty) nor MARGINAL.
INSERT INTO findings
WITH covered AS (
    SELECT DISTINCT id FROM registry
    WHERE (programme IN ('DIBAO', 'EXTREME_POVERTY') AND status IN ('ACTIVE', 'GRADUAL_EXIT'))
       OR programme = 'MARGINAL')
SELECT 'RELAPSE_RISK_NOT_COVERED', 'MEDIUM', coalesce(r.household_id, ''), x.id, coalesce(r.name, any_value(x.name)),
       coalesce(r.region, ''),
       '防返贫监测对象，人均年收入 ' || min(x.per_capita_income) || ' 元，低于边缘线 '
           || dibao_standard(coalesce(any_value(r.area), 'RURAL')) * marginal_multiple() * 12 || ' 元',
       '纳入低保或低保边缘家庭评估'
FROM relapse x LEFT JOIN registry r ON r.id = x.id
WHERE x.status = 'AT_RISK' AND x.since <= as_of()
  AND x.per_capita_income < dibao_standard(coalesce(r.area, 'RURAL')) * marginal_multiple() * 12
  AND x.id NOT IN (SELECT id FROM covered)
GROUP BY coalesce(r.household_id, ''), x.id, r.name, coalesce(r.region, '');

-- STUDENT_IN_LOW_INCOME_HOUSEHOLD: a student of an active or marginal household.
INSERT INTO findings
SELECT 'STUDENT_IN_LOW_INCOME_HOUSEHOLD', 'LOW', r.household_id, r.id, r.name, r.region,
       string_agg(e.stage || '，入学 ' || e.enrolled || '，年学费 ' || e.annual_fees || ' 元', '；'),
       '转介教育救助'
FROM education e JOIN registry r ON r.id = e.id
WHERE e.enrolled <= as_of() AND (r.status IN ('ACTIVE', 'GRADUAL_EXIT') OR r.programme = 'MARGINAL')
GROUP BY r.household_id, r.id, r.name, r.region;

-- HOTLINE_HARDSHIP: a hardship ticket: the caller's registry household, or a new lead (no household).
INSERT INTO findings
SELECT 'HOTLINE_HARDSHIP', 'MEDIUM', coalesce(r.household_id, ''), t.id, coalesce(r.name, any_value(t.name)),
       coalesce(any_value(r.region), any_value(t.region)),
       string_agg('工单 ' || t.ticket_id || ' ' || t.received_at || '：' || t.text, '；'),
       CASE WHEN r.household_id IS NULL THEN '建立新线索，入户核查' ELSE '联系家庭，评估临时救助' END
FROM hotline t LEFT JOIN registry r ON r.id = t.id
WHERE t.category = '生活困难求助' AND t.id IS NOT NULL AND t.received <= as_of()
GROUP BY coalesce(r.household_id, ''), t.id, r.name, r.household_id;

-- DUPLICATE_ENROLMENT: one ID number in two households, of our roll or the neighbouring county's (both get a
-- finding, as in the manifest).
INSERT INTO findings
WITH twice AS (SELECT id FROM roll GROUP BY id HAVING count(DISTINCT household_id) > 1)
SELECT 'DUPLICATE_ENROLMENT', 'HIGH', r.household_id, r.id, r.name, r.region,
       '同一身份证号同时在 ' || (SELECT string_agg(o.household_id || '（' || o.status || '）', '、' ORDER BY o.household_id)
                                FROM roll o WHERE o.id = r.id AND o.household_id <> r.household_id),
       '核实户籍与居住地，撤销重复救助'
FROM roll r WHERE r.id IN (SELECT id FROM twice);

-- ACCOUNT_HOLDER_MISMATCH: the name on an active household's receiving account is neither a member's nor
-- the applicant's (subject: the applicant).
INSERT INTO findings
SELECT 'ACCOUNT_HOLDER_MISMATCH', 'HIGH', h.household_id, h.applicant_id, h.applicant_name, h.region,
       '账户 ' || h.bank_account || ' 户名 ' || h.account_holder || '，申请人 ' || h.applicant_name,
       '核实账户，改为本人或申请人账户'
FROM household h
WHERE h.status IN ('ACTIVE', 'GRADUAL_EXIT') AND h.bank_account IS NOT NULL AND h.account_holder IS NOT NULL
  AND NOT list_contains(h.names, h.account_holder);

-- SHARED_ACCOUNT: one account receives the benefits of more than one active household (subject: each
-- household's applicant).
INSERT INTO findings
WITH shared AS (
    SELECT bank_account FROM household
    WHERE status IN ('ACTIVE', 'GRADUAL_EXIT') AND bank_account IS NOT NULL
    GROUP BY bank_account HAVING count(*) > 1)
SELECT 'SHARED_ACCOUNT', 'HIGH', h.household_id, h.applicant_id, h.applicant_name, h.region,
       '账户 ' || h.bank_account || ' 同时用于 ' || (SELECT string_agg(o.household_id, '、' ORDER BY o.household_id) FROM household o
                                                    WHERE o.bank_account = h.bank_account AND o.household_id <> h.household_id
                                                      AND o.status IN ('ACTIVE', 'GRADUAL_EXIT')),
       '核实账户，每户使用本户账户'
FROM household h
WHERE h.status IN ('ACTIVE', 'GRADUAL_EXIT') AND h.bank_account IN (SELECT bank_account FROM shared);

-- MINOR_AGES_OUT: an extreme-poverty person of an active household turned 18 within the window and is not in
-- school (neither the registry's schooling nor the education feed says so).
INSERT INTO findings
SELECT 'MINOR_AGES_OUT', 'MEDIUM', r.household_id, r.id, r.name, r.region,
       '特困，' || (r.birth_date + INTERVAL 18 YEAR)::DATE || ' 满18周岁，未在学',
       '重新评估特困供养条件'
FROM active_member r
WHERE r.programme = 'EXTREME_POVERTY'
  AND (r.birth_date + INTERVAL 18 YEAR)::DATE <= as_of()
  AND (r.birth_date + INTERVAL 18 YEAR)::DATE > as_of() - to_months(window_months())
  AND r.schooling = 'NONE'
  AND r.id NOT IN (SELECT id FROM education WHERE id IS NOT NULL AND enrolled <= as_of());

-- STAFF_RELATIVE_UNREGISTERED: a member of an active household is a close relative in the staff feed, and
-- the case is not flagged staff_relative.
INSERT INTO findings
SELECT 'STAFF_RELATIVE_UNREGISTERED', 'MEDIUM', r.household_id, r.id, r.name, r.region,
       string_agg(s.role || ' ' || s.staff_name || ' 的 ' || s.relation, '；') || '，未备案',
       '补办近亲属备案，复核审批'
FROM staff s JOIN active_member r ON r.id = s.id
WHERE r.staff_relative <> 'Y'
GROUP BY r.household_id, r.id, r.name, r.region;

-- ===================================================================================================
COPY (SELECT * FROM findings ORDER BY rule, household_id, id_number) TO '{{out}}' (HEADER, DELIMITER ',');
