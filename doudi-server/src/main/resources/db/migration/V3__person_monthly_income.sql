-- The person's monthly income as last assessed (元, all kinds): what the what-if simulation re-assesses.
ALTER TABLE person ADD COLUMN monthly_income numeric(12, 2) CHECK (monthly_income >= 0);
COMMENT ON COLUMN person.monthly_income IS '最近一次核定的个人月收入（元）';
