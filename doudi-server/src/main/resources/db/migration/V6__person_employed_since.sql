-- The day a member took up work after the household's enrolment (就业起始日期): the Dibao employment-cost
-- deduction and the gradual exit (渐退) are counted from it.
ALTER TABLE person ADD COLUMN employed_since date;

COMMENT ON COLUMN programme_status.monthly_amount IS
    'the monthly benefit; for GRADUAL_EXIT the benefit before the exit, of which the pack''s schedule pays a share each month';
