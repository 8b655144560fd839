-- Payroll benchmark, PostgreSQL baseline: doudi's `payroll` command (org.doudi.payroll: Payroll, PayrollAudit,
-- Recomputation, StatutoryMaximum) written as plain SQL over the tables of tables.sql, loaded from the same files.
-- It builds the month's payroll lines (payroll_out) and the 9 pre-release audit rules (audit_out); run.sh writes
-- both to CSV and compares them with doudi's payroll.csv and audit.csv.
--
-- {{month}}, {{month_start}} and {{month_end}} are replaced by the runner (e.g. 2026-10, 2026-10-01, 2026-10-31).
--
-- Parameters: the values of the shipped packs for 望江县 340827 (and its villages) on {{month_start}}, written as
-- constants. A county whose packs differ needs other constants: this is a benchmark, not a second engine.
--   dibao.standard                      787 urban / 750 rural  policy/3408-anqing.yaml (from 2023-07-01)
--   dibao.mode GAP, dibao.rounding HOUSEHOLD_TOTAL_TO_YUAN,    policy/national.yaml
--   dibao.minimumTopUpShare 0, dibao.singlePersonUnit.benefitShare 0,
--   dibao.classifiedSupplement all 0, dibao.employmentDeduction.monthly 0,
--   dibao.rigidExpenditureDeduction false, dibao.exitsSuspended false
--   dibao.income.excludedTypes (OTHER incomes count)           policy/national.yaml
--   extremePoverty.basicStandard 0, so the basic standard is   policy/national.yaml
--   extremePoverty.basicStandardMultiple 1.3 × dibao.standard, policy/34-anhui.yaml
--   rounded CEIL_YUAN (extremePoverty.basicStandardRounding)   policy/34-anhui.yaml
--   extremePoverty.careStandard highest FULLY_LOST 469         policy/340827-wangjiang.yaml
--   marginal.householdAidShare 0                               policy/national.yaml
--   disability.living.monthly 80, disability.care.monthly highest 80, oldAgeAllowance.tiers highest 300,
--   unsupportedChild.standard 1200                             policy/national.yaml
--   payroll.recomputeTolerance 1, payroll.frequentLinesPerAccount 3,
--   payroll.largeAmountStandardMultiple 6                      policy/national.yaml
--
-- Not reproduced: the row checks of doudi's persons parser (the generated registry is clean; a bad row would make
-- COPY fail), and the reason texts (run.sh compares rule, household, ID number and amount).

-- The sorts and hashes of 2 M households fit in memory (the server's setting, as the product's embedded database,
-- is 32MB); 2 parallel workers on the 2 cores.
SET work_mem = '1GB';
SET max_parallel_workers_per_gather = 2;

-- ------------------------------------------------------------------------------------------------ parameters

CREATE FUNCTION dibao_standard(area text) RETURNS numeric LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN area = 'URBAN' THEN 787 ELSE 750 END;

-- StatutoryMaximum: the most a household's monthly line may be, by programme, area and number of members.
CREATE FUNCTION statutory_maximum(programme text, area text, members bigint) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN round(CASE programme
        WHEN 'DIBAO' THEN (dibao_standard(area) + 0) * members          -- + the highest classified supplement, 0
        WHEN 'EXTREME_POVERTY' THEN (ceil(1.3 * dibao_standard(area)) + 469) * members
        WHEN 'MARGINAL' THEN 0 * dibao_standard(area)                    -- per household
        WHEN 'DISABILITY_LIVING' THEN 80 * members
        WHEN 'DISABILITY_CARE' THEN 80 * members
        WHEN 'OLD_AGE_ALLOWANCE' THEN 300 * members
        WHEN 'UNSUPPORTED_CHILD' THEN 1200 * members
        END, 2);                                                         -- other programmes: no maximum

-- ----------------------------------------------------------------------- ID numbers and dates of the feeds

-- GB 11643 check character of the first 17 digits.
CREATE FUNCTION id_check(first17 text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN substr('10X98765432', 1 + (
          7 * substr(first17, 1, 1)::int + 9 * substr(first17, 2, 1)::int + 10 * substr(first17, 3, 1)::int
        + 5 * substr(first17, 4, 1)::int + 8 * substr(first17, 5, 1)::int + 4 * substr(first17, 6, 1)::int
        + 2 * substr(first17, 7, 1)::int + 1 * substr(first17, 8, 1)::int + 6 * substr(first17, 9, 1)::int
        + 3 * substr(first17, 10, 1)::int + 7 * substr(first17, 11, 1)::int + 9 * substr(first17, 12, 1)::int
        + 10 * substr(first17, 13, 1)::int + 5 * substr(first17, 14, 1)::int + 8 * substr(first17, 15, 1)::int
        + 4 * substr(first17, 16, 1)::int + 2 * substr(first17, 17, 1)::int) % 11, 1);

-- Values.date's forms, YYYY-MM-DD, YYYY/MM/DD (month and day of 1 or 2 digits) and YYYYMMDD, as YYYY-MM-DD text;
-- null for any other form. Whether that day exists is pg_input_is_valid(…, 'date').
CREATE FUNCTION iso_date(raw text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN btrim(raw) ~ '^[1-9][0-9]{3}-[0-9]{1,2}-[0-9]{1,2}$' THEN btrim(raw)
                WHEN btrim(raw) ~ '^[1-9][0-9]{3}/[0-9]{1,2}/[0-9]{1,2}$' THEN translate(btrim(raw), '/', '-')
                WHEN btrim(raw) ~ '^[1-9][0-9]{7}$'
                THEN left(btrim(raw), 4) || '-' || substr(btrim(raw), 5, 2) || '-' || substr(btrim(raw), 7, 2) END;

CREATE FUNCTION feed_date(raw text) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN pg_input_is_valid(iso_date(raw), 'date') THEN iso_date(raw)::date END;

-- IdNumber.parse, in steps: the text (trimmed, x read as X); its first 17 digits (19 inserted into a 15-digit
-- number); then accepted when the province is known, the birth date real and from 1880, and the check character
-- right (a 15-digit number gets it added).
CREATE FUNCTION id17(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN t ~ '^[0-9]{15}$' THEN left(t, 6) || '19' || substr(t, 7)
                WHEN t ~ '^[0-9]{17}[0-9X]$' THEN left(t, 17) END;

CREATE FUNCTION id_accepted(t text, n text, checked text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN n IS NOT NULL
       AND left(n, 2) IN ('11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
                          '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64',
                          '65', '71', '81', '82', '83')
       AND substr(n, 7, 4) >= '1880' AND pg_input_is_valid(substr(n, 7, 8), 'date')
       AND (length(t) = 15 OR right(t, 1) = checked);

-- The feeds' rows doudi accepts: the others are its rejected rows.
CREATE TABLE death AS
WITH t AS MATERIALIZED (SELECT upper(btrim(id_number)) AS t, iso_date(death_date) AS iso, row_no FROM deaths),
     n AS MATERIALIZED (SELECT t.*, id17(t) AS n FROM t),
     c AS MATERIALIZED (SELECT n.*, id_check(n) AS checked FROM n)
SELECT n || checked AS id_number, iso::date AS death_date, row_no FROM c
WHERE id_accepted(t, n, checked) AND pg_input_is_valid(iso, 'date');

CREATE TABLE staff_tie AS
WITH t AS MATERIALIZED (SELECT upper(btrim(relative_id_number)) AS t, staff_name, role, relation, row_no FROM staff),
     n AS MATERIALIZED (SELECT t.*, id17(t) AS n FROM t),
     c AS MATERIALIZED (SELECT n.*, id_check(n) AS checked FROM n)
SELECT n || checked AS relative_id_number, staff_name, role, relation, row_no FROM c
WHERE id_accepted(t, n, checked);

CREATE TABLE custody_agreement AS
SELECT household_id, custodian_name, account, feed_date(filed_date) AS filed_date,
       CASE WHEN nullif(btrim(expires_on), '') IS NULL THEN NULL ELSE feed_date(expires_on) END AS expires_on,
       nullif(btrim(expires_on), '') IS NOT NULL AS expiry_given
FROM custody
WHERE nullif(btrim(agreement_id), '') IS NOT NULL AND nullif(btrim(household_id), '') IS NOT NULL
  AND nullif(btrim(custodian_name), '') IS NOT NULL AND nullif(btrim(account), '') IS NOT NULL;
DELETE FROM custody_agreement WHERE filed_date IS NULL OR (expiry_given AND expires_on IS NULL);

-- ----------------------------------------------------------------------------------------------- households

-- Household.group: one household per (household_id, programme), in the order households first appear; the
-- household's fields from its first row (member_head); the applicant's ID number and name (the first APPLICANT row,
-- else the first row); the account and holder as Household.of picks them: the last applicant row's that has one,
-- rows of other members counting only up to the first row that has an account; the recomputation's inputs.
CREATE TYPE member_head AS (status text, region text, area text, monthly_amount numeric, enrolled_since date,
                            staff_relative boolean, id_number text, name text);

CREATE TABLE household AS
SELECT household_id, programme, first_row, (head).status, (head).region, (head).area, (head).monthly_amount,
       (head).enrolled_since, (head).staff_relative, members, income,
       coalesce(applicant_ids[1], (head).id_number) AS applicant_id,
       coalesce(applicant_names[1], (head).name) AS applicant_name,
       coalesce(applicant_accounts[cardinality(applicant_accounts)], other_account, '') AS account,
       coalesce(CASE WHEN other_holders IS NULL THEN applicant_holders[cardinality(applicant_holders)]
                ELSE (SELECT h.holder
                      FROM (SELECT applicant_holder_row, applicant_holders[cardinality(applicant_holders)]
                            UNION ALL
                            SELECT o.row_no, o.holder FROM unnest(other_holder_rows, other_holders) AS o(row_no, holder)
                            WHERE first_account_row IS NULL OR o.row_no <= first_account_row) AS h(row_no, holder)
                      WHERE h.holder IS NOT NULL ORDER BY h.row_no DESC LIMIT 1) END, '') AS holder
FROM (SELECT household_id, coalesce(programme, 'LOW_INCOME') AS programme, min(row_no) AS first_row,
             (array_agg(ROW(coalesce(status, 'MONITORED'), region, area, coalesce(monthly_amount, 0), enrolled_since,
                            coalesce(upper(btrim(staff_relative)) IN ('Y', '是', '1', 'TRUE'), false), id_number,
                            name)::member_head ORDER BY row_no))[1] AS head,
             count(*) AS members,
             coalesce(sum(monthly_income) FILTER (WHERE monthly_income > 0), 0) AS income,
             array_agg(id_number ORDER BY row_no) FILTER (WHERE relation = 'APPLICANT') AS applicant_ids,
             array_agg(name ORDER BY row_no) FILTER (WHERE relation = 'APPLICANT') AS applicant_names,
             array_agg(bank_account ORDER BY row_no) FILTER (WHERE relation = 'APPLICANT' AND bank_account IS NOT NULL)
                 AS applicant_accounts,
             (array_agg(bank_account ORDER BY row_no) FILTER (WHERE relation IS DISTINCT FROM 'APPLICANT'
                                                             AND bank_account IS NOT NULL))[1] AS other_account,
             min(row_no) FILTER (WHERE bank_account IS NOT NULL) AS first_account_row,
             array_agg(account_holder ORDER BY row_no) FILTER (WHERE relation = 'APPLICANT'
                                                               AND account_holder IS NOT NULL) AS applicant_holders,
             max(row_no) FILTER (WHERE relation = 'APPLICANT' AND account_holder IS NOT NULL) AS applicant_holder_row,
             array_agg(row_no ORDER BY row_no) FILTER (WHERE relation IS DISTINCT FROM 'APPLICANT'
                                                       AND account_holder IS NOT NULL) AS other_holder_rows,
             array_agg(account_holder ORDER BY row_no) FILTER (WHERE relation IS DISTINCT FROM 'APPLICANT'
                                                               AND account_holder IS NOT NULL) AS other_holders
      FROM persons
      GROUP BY household_id, coalesce(programme, 'LOW_INCOME')) AS grouped;

-- ------------------------------------------------------------------------------------------------ the lines

-- Payroll.paid: in payment (ACTIVE, GRADUAL_EXIT), paid monthly (not TEMPORARY, not the LOW_INCOME roll), a
-- positive amount, enrolled by the month's last day. line_no: registry order.
CREATE TABLE line AS
SELECT row_number() OVER (ORDER BY first_row) - 1 AS line_no, household_id, applicant_id AS id_number,
       applicant_name AS name, programme, '{{month}}'::text AS month, round(monthly_amount, 2) AS amount, account,
       holder AS account_holder, region, area, status, members, income
FROM household
WHERE status IN ('ACTIVE', 'GRADUAL_EXIT') AND programme NOT IN ('TEMPORARY', 'LOW_INCOME') AND monthly_amount > 0
  AND (enrolled_since IS NULL OR enrolled_since <= DATE '{{month_end}}');

-- Per household id with lines: its first line, the total of its lines (what a household's finding holds), and
-- the registry's household for that id (AuditContext.household(id): its first programme).
CREATE TABLE held AS
SELECT l.household_id, l.first_line, l.amount, h.programme, h.staff_relative
FROM (SELECT household_id, min(line_no) AS first_line, sum(amount) AS amount FROM line GROUP BY household_id) AS l
JOIN (SELECT DISTINCT ON (household_id) household_id, programme, staff_relative
      FROM household WHERE household_id IN (SELECT household_id FROM line)
      ORDER BY household_id, first_row) AS h USING (household_id);

-- ------------------------------------------------------------------------------------------------ the rules

CREATE TABLE audit_out (rule text, id_number text, household_id text, amount numeric);

-- PAID_AFTER_DEATH: a member died (earliest valid date in the deaths feed) before the month's first day.
INSERT INTO audit_out
SELECT 'PAID_AFTER_DEATH', p.id_number, h.household_id, h.amount
FROM (SELECT id_number, min(death_date) AS death_date FROM death GROUP BY id_number) AS d
JOIN persons p USING (id_number)
JOIN held h ON h.household_id = p.household_id AND h.programme = coalesce(p.programme, 'LOW_INCOME')
WHERE d.death_date < DATE '{{month_start}}';

-- ACCOUNT_HOLDER_MISMATCH: the holder of the household's first line is no member, with no custody agreement
-- of that household, account and holder filed by the month's end and not expired before its start.
INSERT INTO audit_out
SELECT 'ACCOUNT_HOLDER_MISMATCH', l.id_number, h.household_id, h.amount
FROM held h JOIN line l ON l.line_no = h.first_line
WHERE l.account_holder <> ''
  AND NOT EXISTS (SELECT 1 FROM persons p WHERE p.household_id = h.household_id
                  AND coalesce(p.programme, 'LOW_INCOME') = h.programme AND p.name = l.account_holder)
  AND NOT EXISTS (SELECT 1 FROM custody_agreement a WHERE a.household_id = h.household_id AND a.account = l.account
                  AND a.custodian_name = l.account_holder AND a.filed_date <= DATE '{{month_end}}'
                  AND (a.expires_on IS NULL OR a.expires_on >= DATE '{{month_start}}'));

-- SHARED_ACCOUNT: an account receives for more than one household; one finding per household, holding its
-- lines into that account, named by its first one.
INSERT INTO audit_out
SELECT 'SHARED_ACCOUNT', (array_agg(id_number ORDER BY line_no))[1], household_id, sum(amount)
FROM line
WHERE account IN (SELECT account FROM line WHERE account <> '' GROUP BY account HAVING count(DISTINCT household_id) > 1)
GROUP BY account, household_id;

-- FREQUENT_OR_LARGE: more than 3 lines into one account, or more than 6 × the Dibao standard (of the first
-- line's area) in total; named by the account's first line.
INSERT INTO audit_out
SELECT 'FREQUENT_OR_LARGE', f.id_number, f.household_id, a.total
FROM (SELECT account, min(line_no) AS first_line, count(*) AS lines, sum(amount) AS total
      FROM line WHERE account <> '' GROUP BY account) AS a
JOIN line f ON f.line_no = a.first_line
WHERE a.lines > 3 OR a.total > 6 * dibao_standard(f.area);

-- DUPLICATE_ENROLMENT: a member is also in payment (ACTIVE, GRADUAL_EXIT) in another household of the
-- registry (the lowest or the highest of the households it is in payment in is not this one), or in the
-- neighbouring region's roll.
INSERT INTO audit_out
WITH enrolled AS (SELECT id_number, min(household_id) AS lowest, max(household_id) AS highest
                  FROM persons WHERE status IN ('ACTIVE', 'GRADUAL_EXIT') GROUP BY id_number),
     there AS (SELECT DISTINCT id_number FROM persons_neighbour WHERE status IN ('ACTIVE', 'GRADUAL_EXIT'))
SELECT 'DUPLICATE_ENROLMENT', p.id_number, h.household_id, h.amount
FROM held h
JOIN persons p ON p.household_id = h.household_id AND coalesce(p.programme, 'LOW_INCOME') = h.programme
LEFT JOIN enrolled e ON e.id_number = p.id_number
LEFT JOIN there t ON t.id_number = p.id_number
WHERE e.lowest <> h.household_id OR e.highest <> h.household_id OR t.id_number IS NOT NULL;

-- ABOVE_RECOMPUTED: an ACTIVE Dibao line above the engine's amount + 1 元. The engine (DibaoCalculator on
-- Recomputation's request: every member counted, each member's monthly_income as OTHER income, nothing
-- deducted, no assets, no previous benefit) with the constants above: per-capita income = income / members to
-- 分 (half up); below the standard it pays (standard − per-capita income) × members rounded to 元 (half up);
-- at or above it pays nothing (a gradual exit needs the previous benefit, which the registry does not hold).
INSERT INTO audit_out
SELECT 'ABOVE_RECOMPUTED', id_number, household_id, amount
FROM (SELECT l.*, round(l.income / l.members, 2) AS per_capita FROM line l
      WHERE l.programme = 'DIBAO' AND l.status = 'ACTIVE') AS l
WHERE amount > CASE WHEN per_capita < dibao_standard(area)
                    THEN round((dibao_standard(area) - per_capita) * members, 0) ELSE 0 END + 1;

-- ABOVE_STATUTORY_MAXIMUM: the line above the programme's maximum for the household's members.
INSERT INTO audit_out
SELECT 'ABOVE_STATUTORY_MAXIMUM', id_number, household_id, amount
FROM line
WHERE amount > statutory_maximum(programme, area, members);

-- NOT_PAYABLE_STATUS: a line whose household the registry does not have in payment (none for lines built
-- here; kept so that the audit is the same 9 rules).
INSERT INTO audit_out
SELECT 'NOT_PAYABLE_STATUS', l.id_number, l.household_id, l.amount
FROM line l
WHERE l.status NOT IN ('ACTIVE', 'GRADUAL_EXIT');

-- STAFF_RELATIVE_UNREGISTERED: a member is a close relative in the staff feed (one finding per tie) and the
-- household is not registered as staff_relative.
INSERT INTO audit_out
SELECT 'STAFF_RELATIVE_UNREGISTERED', p.id_number, h.household_id, h.amount
FROM staff_tie t JOIN persons p ON p.id_number = t.relative_id_number
JOIN held h ON h.household_id = p.household_id AND h.programme = coalesce(p.programme, 'LOW_INCOME')
WHERE NOT h.staff_relative;

-- ---------------------------------------------------------------------------------------------- the output

CREATE TABLE payroll_out AS
SELECT line_no, household_id, id_number, name, programme, month, amount, account, account_holder FROM line;
