package org.doudi.reservefund;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.doudi.DoudiApplication;
import org.doudi.access.AuditLog;
import org.doudi.access.DoudiUser;
import org.doudi.access.RegionScope;
import org.doudi.access.Role;
import org.doudi.divisions.DivisionDirectory;
import org.doudi.kernel.DivisionCode;
import org.doudi.kernel.DivisionLevel;
import org.doudi.reservefund.FundBook.NewEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The townships' temporary-assistance reserve funds (临时救助备用金): the county allocates money to a township's
 * fund, the township pays emergency assistance from it at once (先行救助) and completes the paperwork
 * afterwards, and the fund is reconciled against the cash and bank balance.
 *
 * <p>Each change checks the user's role and region, validates its input, then locks the township's fund row
 * ({@code SELECT … FOR UPDATE}) so that operations on one fund happen one after another, writes the entry
 * with its running balance, the new balance and the audit event in one transaction. A refusal writes
 * nothing. Every read of a balance, a ledger or the summary is in the audit log too.
 */
@Component
public class ReserveFunds {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final FundBook book;
    private final DivisionDirectory divisions;
    private final AuditLog audit;
    private final Clock clock;

    ReserveFunds(JdbcClient jdbc, DivisionDirectory divisions, AuditLog audit, Clock clock) {
        this.book = new FundBook(jdbc);
        this.divisions = divisions;
        this.audit = audit;
        this.clock = clock;
    }

    /** A county allocation into the township's fund (the fund is opened by its first allocation). */
    @Transactional
    public Entry topUp(DoudiUser actor, String townshipCode, BigDecimal amount, String reference, String purpose) {
        String township = township(actor, townshipCode, FundAction.TOP_UP);
        BigDecimal value = Amounts.positive(amount, "amount");
        String ref = required(reference, "REFERENCE_MISSING", "reference", "请填写县级拨付文号或银行凭证号");
        String why = required(purpose, "PURPOSE_MISSING", "purpose", "请填写拨付说明");
        book.open(township);
        BigDecimal after = book.lock(township).orElseThrow().add(value);
        if (after.compareTo(Amounts.MAX) > 0) {
            throw new ReserveFundException("AMOUNT_INVALID", "amount", "拨付后余额超出上限 " + Amounts.format(Amounts.MAX) + " 元");
        }
        return write(actor, new NewEntry(township, EntryKind.TOP_UP, value, after, null, null, why, ref, null, null,
                null, actor.username(), Instant.now(clock)));
    }

    /**
     * Emergency temporary assistance paid from the fund for a case. Refused with
     * {@link ReserveFundException#INSUFFICIENT} if the balance does not cover the amount; nothing is written then.
     */
    @Transactional
    public Entry spend(DoudiUser actor, String townshipCode, long caseId, String payeeName, BigDecimal amount,
                       String purpose) {
        String township = township(actor, townshipCode, FundAction.SPEND);
        if (caseId <= 0) {
            throw new ReserveFundException("CASE_INVALID", "caseId", "请指定所支付的临时救助案件");
        }
        String payee = required(payeeName, "PAYEE_MISSING", "payeeName", "请填写收款人");
        BigDecimal value = Amounts.positive(amount, "amount");
        String why = required(purpose, "PURPOSE_MISSING", "purpose", "请填写支出用途");
        BigDecimal balance = book.lock(township).orElse(ZERO);
        if (balance.compareTo(value) < 0) {
            throw ReserveFundException.insufficient(balance, value);
        }
        return write(actor, new NewEntry(township, EntryKind.SPENDING, value, balance.subtract(value), caseId, payee, why,
                null, null, null, null, actor.username(), Instant.now(clock)));
    }

    /** Gives back all or part of a spending that was cancelled or refunded; never more than was spent. */
    @Transactional
    public Entry returnSpending(DoudiUser actor, String townshipCode, long spendingEntryId, BigDecimal amount,
                                String reason) {
        String township = township(actor, townshipCode, FundAction.RETURN);
        BigDecimal value = Amounts.positive(amount, "amount");
        String why = required(reason, "REASON_MISSING", "reason", "请填写退回原因");
        ReserveFundException notFound = new ReserveFundException("NOT_FOUND", "spendingEntryId", "该笔备用金支出不存在");
        BigDecimal balance = book.lock(township).orElseThrow(() -> notFound);
        Entry spending = book.find(spendingEntryId)
                .filter(e -> e.townshipCode().equals(township) && e.kind() == EntryKind.SPENDING)
                .orElseThrow(() -> notFound);
        if (value.compareTo(spending.returnable()) > 0) {
            throw new ReserveFundException("RETURN_EXCEEDS_SPENDING", "amount", "退回金额 " + Amounts.format(value)
                    + " 元超过该笔支出尚未退回的 " + Amounts.format(spending.returnable()) + " 元");
        }
        return write(actor, new NewEntry(township, EntryKind.RETURN, value, balance.add(value), spending.caseId(),
                spending.payeeName(), why, null, spending.id(), null, null, actor.username(), Instant.now(clock)));
    }

    /**
     * Records the cash and bank balance counted against the book balance, and the difference (counted minus
     * book); the book balance does not change. A difference other than zero is 账实不符.
     */
    @Transactional
    public Entry reconcile(DoudiUser actor, String townshipCode, BigDecimal countedBalance, String note) {
        String township = township(actor, townshipCode, FundAction.RECONCILE);
        BigDecimal counted = Amounts.notNegative(countedBalance, "countedBalance");
        book.open(township);
        BigDecimal balance = book.lock(township).orElseThrow();
        BigDecimal difference = counted.subtract(balance);
        String why = note != null && !note.isBlank() ? note.strip()
                : difference.signum() == 0 ? "账实核对：账实相符" : "账实核对：账实不符";
        return write(actor, new NewEntry(township, EntryKind.RECONCILIATION, null, balance, null, null, why, null, null,
                counted, difference, actor.username(), Instant.now(clock)));
    }

    /** The book balance (zero for a township without a fund); village assistants see their own township's. */
    public BigDecimal balance(DoudiUser reader, String townshipCode) {
        String township = township(reader, townshipCode, FundAction.READ_BALANCE);
        BigDecimal balance = book.balance(township).orElse(ZERO);
        audit.recordAs(reader.username(), "READ_RESERVE_FUND_BALANCE", "RESERVE_FUND", township, township, null);
        return balance;
    }

    /** The entries of a period (bureau dates, both ends included, null for open), oldest first. */
    public List<Entry> entries(DoudiUser reader, String townshipCode, LocalDate from, LocalDate to) {
        return ledger(reader, townshipCode, from, to).entries();
    }

    /** The ledger of a period with its opening and closing balance. */
    public Ledger ledger(DoudiUser reader, String townshipCode, LocalDate from, LocalDate to) {
        String township = township(reader, townshipCode, FundAction.READ_LEDGER);
        Ledger ledger = read(township, from, to);
        audit.recordAs(reader.username(), "READ_RESERVE_FUND_LEDGER", "RESERVE_FUND", township, township,
                period(from, to) + "，" + ledger.entries().size() + "笔");
        return ledger;
    }

    /** The ledger of a period as an Excel workbook. */
    public void exportLedger(DoudiUser reader, String townshipCode, LocalDate from, LocalDate to, OutputStream out) {
        String township = township(reader, townshipCode, FundAction.READ_LEDGER);
        Ledger ledger = read(township, from, to);
        audit.recordAs(reader.username(), "EXPORT_RESERVE_FUND_LEDGER", "RESERVE_FUND", township, township,
                period(from, to) + "，" + ledger.entries().size() + "笔");
        LedgerExcel.write(ledger, period(from, to), out);
    }

    /**
     * The funds of every township in the reader's region, narrowed to {@code within} if that lies inside it,
     * with this year's allocations, spending and returns and the last reconciliation.
     */
    public List<TownshipFund> summary(DoudiUser reader, RegionScope within) {
        if (!FundAction.READ_LEDGER.allowedTo(reader.role())) {
            throw ReserveFundException.forbidden(FundAction.READ_LEDGER);
        }
        RegionScope scope = within == null ? reader.scope() : reader.scope().narrowedTo(within.code());
        Year year = Year.now(clock);
        List<TownshipFund> funds = book.summary(scope, year.getValue(),
                year.atDay(1).atStartOfDay(DoudiApplication.ZONE).toInstant(),
                year.plusYears(1).atDay(1).atStartOfDay(DoudiApplication.ZONE).toInstant());
        audit.recordAs(reader.username(), "READ_RESERVE_FUNDS", "REGION", scope.code(), scope.code(), year + "年");
        return funds;
    }

    /** An amount typed into a form: null if blank; refused with {@code AMOUNT_INVALID} if not a number. */
    public static BigDecimal parseAmount(String raw, String field) {
        return Amounts.parse(raw, field);
    }

    private Entry write(DoudiUser actor, NewEntry e) {
        if (e.kind().sign() != 0) {
            book.setBalance(e.townshipCode(), e.balanceAfter());
        }
        Entry entry = book.insert(e);
        audit.recordAs(actor.username(), "RESERVE_FUND_" + e.kind().name(), "RESERVE_FUND", e.townshipCode(),
                e.townshipCode(), describe(entry));
        return entry;
    }

    private static String describe(Entry e) {
        StringBuilder s = new StringBuilder("台账#").append(e.id());
        if (e.amount() != null) {
            s.append(" 金额 ").append(e.amount().toPlainString());
        }
        if (e.caseId() != null) {
            s.append(" 案件 ").append(e.caseId());
        }
        if (e.countedBalance() != null) {
            s.append(" 实有 ").append(e.countedBalance().toPlainString()).append(" 差额 ").append(e.difference().toPlainString());
        }
        return s.append(" 余额 ").append(e.balanceAfter().toPlainString()).toString();
    }

    /**
     * The township code if the user's role allows the action and the township lies in the user's region (for a
     * village assistant: is the township of his village). FORBIDDEN for the role, NOT_FOUND for the region, as
     * for households elsewhere.
     */
    private String township(DoudiUser user, String code, FundAction action) {
        if (!action.allowedTo(user.role())) {
            throw ReserveFundException.forbidden(action);
        }
        DivisionCode township = DivisionCode.tryParse(code).filter(c -> c.level() == DivisionLevel.TOWNSHIP)
                .orElseThrow(ReserveFundException::townshipNotFound);
        boolean inReach = user.role() == Role.VILLAGE_ASSISTANT
                ? user.region().at(DivisionLevel.TOWNSHIP).filter(township::equals).isPresent()
                : user.scope().contains(township.value());
        if (!inReach || !divisions.exists(township.value())) {
            throw ReserveFundException.townshipNotFound();
        }
        return township.value();
    }

    private Ledger read(String township, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new ReserveFundException("PERIOD_INVALID", "to", "结束日期不能早于开始日期");
        }
        Instant start = from == null ? null : from.atStartOfDay(DoudiApplication.ZONE).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(DoudiApplication.ZONE).toInstant();
        List<Entry> entries = book.entries(township, start, end);
        BigDecimal current = book.balance(township).orElse(ZERO);
        BigDecimal closing = entries.isEmpty() ? (end == null ? current : book.balanceBefore(township, end))
                : entries.get(entries.size() - 1).balanceAfter();
        BigDecimal opening = entries.isEmpty() ? closing : entries.get(0).balanceBefore();
        return new Ledger(township, divisions.fullName(township), from, to, opening, closing, current, entries);
    }

    private static String period(LocalDate from, LocalDate to) {
        return (from == null ? "" : from.toString()) + "至" + (to == null ? "今" : to.toString());
    }

    private static String required(String value, String code, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new ReserveFundException(code, field, message);
        }
        return value.strip();
    }
}
