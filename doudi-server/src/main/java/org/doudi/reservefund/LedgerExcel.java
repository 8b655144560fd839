package org.doudi.reservefund;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import org.doudi.DoudiApplication;
import org.doudi.tabular.TableWriter;

/** A township's ledger as a workbook: opening balance, every entry with its running balance, closing balance. */
final class LedgerExcel {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(DoudiApplication.ZONE);

    private LedgerExcel() {
    }

    static void write(Ledger ledger, String period, OutputStream out) {
        try (TableWriter writer = TableWriter.xlsx(out, "备用金台账")) {
            writer.writeRow("序号", "时间", "类型", "收入（元）", "支出（元）", "余额（元）", "救助案件", "收款人", "用途或说明",
                    "文号或凭证号", "实有金额（元）", "差额（元）", "经办人");
            writer.writeRow("", "", "期初余额", "", "", money(ledger.opening()), "", "", "", "", "", "", "");
            for (Entry e : ledger.entries()) {
                boolean in = e.kind().sign() > 0;
                boolean spent = e.kind().sign() < 0;
                writer.writeRow(String.valueOf(e.id()), TIME.format(e.at()), kindName(e.kind()),
                        in ? money(e.amount()) : "", spent ? money(e.amount()) : "", money(e.balanceAfter()),
                        e.caseId() == null ? "" : String.valueOf(e.caseId()), e.payeeName(),
                        e.returnsEntryId() == null ? e.purpose() : e.purpose() + "（退回第" + e.returnsEntryId() + "号支出）",
                        e.reference(), money(e.countedBalance()), money(e.difference()), e.actor());
            }
            writer.writeRow("", "", "期末余额", "", "", money(ledger.closing()), "", "", "", "", "", "", "");
            writer.writeRow("", "", ledger.townshipName() + " " + period, "", "", "", "", "", "", "", "", "", "");
        }
    }

    static String kindName(EntryKind kind) {
        return switch (kind) {
            case TOP_UP -> "拨付";
            case SPENDING -> "支出";
            case RETURN -> "退回";
            case RECONCILIATION -> "对账";
        };
    }

    private static String money(BigDecimal value) {
        return value == null ? "" : value.setScale(2).toPlainString();
    }
}
