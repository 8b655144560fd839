-- Payroll benchmark, PostgreSQL baseline: the plain tables the input files are loaded into with
-- COPY ... FROM STDIN (FORMAT csv, HEADER), each file's columns named by its header line. No keys, no indexes.
-- persons and persons_neighbour are typed (the generated registry is clean); the deaths and staff feeds are
-- kept as text, because they carry importer noise (bad check characters, impossible dates, old 15-digit ID
-- numbers) that payroll.sql rejects or converts as doudi does. row_no keeps the file order (COPY inserts in it).
CREATE TABLE persons (
    household_id text, id_number text, name text, relation text, birth_date date, region text, area text,
    programme text, status text, monthly_amount numeric(12, 2), enrolled_since date, bank_account text,
    account_holder text, disability_kind text, disability_grade int, staff_relative text, phone text,
    habitual_region text, habitual_area text, address text, disability_certified_on date, serious_illness text,
    work_capacity text, self_care text, schooling text, employment text, monthly_income numeric(12, 2),
    row_no bigint GENERATED ALWAYS AS IDENTITY);
CREATE TABLE persons_neighbour (LIKE persons INCLUDING IDENTITY);
CREATE TABLE deaths (id_number text, name text, death_date text, source text,
    row_no bigint GENERATED ALWAYS AS IDENTITY);
CREATE TABLE staff (staff_id_number text, staff_name text, role text, region text, relative_id_number text,
    relative_name text, relation text, row_no bigint GENERATED ALWAYS AS IDENTITY);
CREATE TABLE custody (agreement_id text, household_id text, custodian_name text, account text, filed_date text,
    expires_on text, row_no bigint GENERATED ALWAYS AS IDENTITY);
