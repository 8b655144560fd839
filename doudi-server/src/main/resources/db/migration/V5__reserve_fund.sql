-- The township temporary-assistance reserve fund (临时救助备用金, 国办发〔2018〕23号, 民发〔2022〕83号): money
-- the county advances to a township (乡镇/街道) so that it can pay emergency temporary assistance at once
-- (先行救助) and complete the paperwork afterwards. One balance per township, and a ledger that explains it.
CREATE TABLE reserve_fund (
    township_code varchar(9)     PRIMARY KEY REFERENCES division (code) CHECK (length(township_code) = 9),
    -- the last line of defence against an overdraft; the service refuses first with a clear message
    balance       numeric(12, 2) NOT NULL DEFAULT 0 CHECK (balance >= 0),
    version       integer        NOT NULL DEFAULT 0,
    updated_at    timestamptz    NOT NULL DEFAULT now()
);
COMMENT ON TABLE reserve_fund IS '乡镇（街道）临时救助备用金：账面余额';

-- The ledger, append-only. amount is positive and its sign is implied by the kind: TOP_UP (county
-- allocation) and RETURN (a spending cancelled or refunded) add, SPENDING subtracts, RECONCILIATION
-- records the counted cash and bank balance against the book balance and changes nothing.
CREATE TABLE reserve_fund_entry (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    township_code    varchar(9)     NOT NULL REFERENCES reserve_fund (township_code),
    kind             varchar(16)    NOT NULL CHECK (kind IN ('TOP_UP', 'SPENDING', 'RETURN', 'RECONCILIATION')),
    amount           numeric(12, 2) CHECK (amount > 0),
    balance_after    numeric(12, 2) NOT NULL CHECK (balance_after >= 0),
    -- the temporary-assistance case paid; its foreign key comes with the case table (casework migration)
    case_id          bigint,
    payee_name       text,
    purpose          text           NOT NULL CHECK (purpose <> ''),
    -- county allocation document number or bank slip
    reference        text,
    -- the spending a RETURN gives back (in part or in full)
    returns_entry_id bigint REFERENCES reserve_fund_entry (id),
    counted_balance  numeric(12, 2) CHECK (counted_balance >= 0),
    -- counted minus book balance; anything but zero is 账实不符
    difference       numeric(12, 2),
    actor            varchar(64)    NOT NULL,
    at               timestamptz    NOT NULL DEFAULT now(),
    CHECK ((kind = 'RECONCILIATION') = (amount IS NULL)),
    CHECK ((kind = 'RECONCILIATION') = (counted_balance IS NOT NULL AND difference IS NOT NULL)),
    CHECK (kind <> 'RECONCILIATION' OR difference = counted_balance - balance_after),
    CHECK (kind <> 'TOP_UP' OR reference IS NOT NULL),
    CHECK (kind <> 'SPENDING' OR (case_id IS NOT NULL AND payee_name IS NOT NULL)),
    CHECK ((kind = 'RETURN') = (returns_entry_id IS NOT NULL))
);
CREATE INDEX reserve_fund_entry_township ON reserve_fund_entry (township_code, at);
CREATE INDEX reserve_fund_entry_case ON reserve_fund_entry (case_id);
CREATE INDEX reserve_fund_entry_returns ON reserve_fund_entry (returns_entry_id);
COMMENT ON TABLE reserve_fund_entry IS '临时救助备用金台账：拨付、支出、退回、对账';

-- A ledger is corrected by a new entry (a RETURN), never by editing or deleting one.
CREATE FUNCTION reserve_fund_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'reserve_fund_entry is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER reserve_fund_entry_append_only BEFORE UPDATE OR DELETE ON reserve_fund_entry
    FOR EACH ROW EXECUTE FUNCTION reserve_fund_entry_append_only();
