package org.doudi.casework.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The three documents rendered from records, read back from the HTML and from the PDF's text layer. */
class CaseDocumentsTests {

    private static final CaseDocuments DOCUMENTS = new CaseDocuments(messages());

    private static final String APPEAL = "如对本决定不服，可在收到本告知书之日起60日内向望江县人民政府申请行政复议，"
            + "或者在6个月内向望江县人民法院提起行政诉讼";

    @Test
    void anApprovalNoticeStatesAmountFirstMonthReasonsStepsAndAppealRights() throws IOException {
        DecisionNotice notice = approval("张秀英");

        String text = pdfText(DOCUMENTS.pdf(notice));

        assertThat(text).contains("张秀英", "最低生活保障审核确认结果告知书", "决定予以批准", "保障人数3人", "510.00",
                "2026年12月", "月保障金额510.00元，自2026年12月起发放", APPEAL, "《中华人民共和国行政复议法》第二十条",
                "《中华人民共和国行政诉讼法》第四十六条", "望江县民政局", "（盖章）", "2026年11月20日", "DB340827202611001");
        for (Reason reason : notice.reasons()) {
            assertThat(text).contains(compact(reason.text()), compact(reason.reference()));
        }
        for (String step : notice.calculationSteps()) {
            assertThat(text).contains(compact(step));
        }
    }

    @Test
    void aRefusalNoticeGivesEveryReasonWithItsReferenceAndNoPayment() throws IOException {
        List<Reason> reasons = List.of(
                new Reason("ASSETS_ABOVE_LIMIT", "家庭人均金融资产 52,000.00 元，超过规定的限额 24,000.00 元",
                        "《最低生活保障审核确认办法》第十三条"),
                new Reason("VEHICLE_OWNED", "家庭成员名下有非营运机动车辆", "《安徽省最低生活保障办法》第十四条第二项"));
        DecisionNotice notice = new DecisionNotice("DB340827202611002", "望江县民政局", "李建国", "望江县华阳镇江堤村",
                "最低生活保障", false, null, null, 2, reasons, List.of(), LocalDate.of(2026, 11, 21), "望江县人民政府",
                "望江县人民法院");

        String html = DOCUMENTS.html(notice);
        String text = pdfText(DOCUMENTS.pdf(notice));

        assertThat(text).contains("李建国", "决定不予批准", "不予批准的理由", APPEAL).doesNotContain("起发放");
        for (Reason reason : reasons) {
            assertThat(text).contains(compact(reason.text()), compact(reason.reference()));
        }
        assertThat(html).doesNotContain("id=\"calculation\"");
    }

    @Test
    void markupInANameIsPrintedAsTextNotAsATag() throws IOException {
        DecisionNotice notice = approval("<b>x</b>");

        String html = DOCUMENTS.html(notice);

        assertThat(html).contains("&lt;b&gt;x&lt;/b&gt;").doesNotContain("<b>x</b>");
        assertThat(pdfText(DOCUMENTS.pdf(notice))).contains("<b>x</b>");
    }

    @Test
    void thePublicNoticeListShowsNameMemberCountAndAmountOnly() throws IOException {
        record Household(String name, String idNumber, String address, BigDecimal income, int members, BigDecimal amount) {
        }
        List<Household> households = List.of(
                new Household("王桂兰", "340827195803124427", "望江县华阳镇江堤村三组18号", new BigDecimal("987.65"), 2,
                        new BigDecimal("510.00")),
                new Household("陈<i>明</i>", "34082719800101001X", "望江县华阳镇新坝村五组7号", new BigDecimal("321.09"), 4,
                        null));
        List<PublicNoticeRow> rows = households.stream()
                .map(h -> new PublicNoticeRow(h.name(), h.members(), h.amount())).toList();
        PublicNoticeList list = new PublicNoticeList("华阳镇最低生活保障拟批准对象公示名单", "江堤村", "华阳镇",
                LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 16), rows, "0556-7151234");

        String html = DOCUMENTS.html(list);
        String text = pdfText(DOCUMENTS.pdf(list));

        assertThat(cells(html, "rows")).containsExactly(
                "1", "王桂兰", "2", "510.00",
                "2", "陈&lt;i&gt;明&lt;/i&gt;", "4", "待定");
        assertThat(text).contains("华阳镇最低生活保障拟批准对象公示名单", "王桂兰", "510.00", "待定", "监督电话：0556-7151234",
                "2026年11月10日至2026年11月16日", "（盖章）");
        for (Household h : households) {
            assertThat(html).doesNotContain(h.idNumber(), h.idNumber().substring(0, 6), h.address(),
                    h.income().toPlainString());
            assertThat(text).doesNotContain(h.idNumber(), h.address(), h.income().toPlainString());
        }
    }

    @Test
    void theApprovalFormShowsMembersWithFullIdNumbersAndAllThreeOpinionBoxes() throws IOException {
        ApprovalForm form = approvalForm(false);

        String html = DOCUMENTS.html(form);
        String text = pdfText(DOCUMENTS.pdf(form));

        assertThat(text).contains("最低生活保障审批表", "张秀英", "340827196505120023", "340827199003150018", "儿子",
                "入户调查：家中无机动车", "430.00", "770.00", "510.00", "村（居）委会", "乡镇（街道）", "县级民政部门",
                "同意上报，已在村务公开栏公示", "村协理员刘芳", "2026年11月3日", "经办人（签字）：");
        List<String> opinionCells = cells(html, "opinions");
        assertThat(List.of(opinionCells.get(0), opinionCells.get(2), opinionCells.get(4)))
                .containsExactly("村（居）委会", "乡镇（街道）", "县级民政部门");
        assertThat(opinionCells).hasSize(6);
        assertThat(text).doesNotContain("本案为近亲属备案案件");
        assertThat(html).doesNotContain("staff-relative");
    }

    @Test
    void theApprovalFormOfAStaffRelativeSaysSo() throws IOException {
        assertThat(pdfText(DOCUMENTS.pdf(approvalForm(true)))).contains("本案为近亲属备案案件");
    }

    @Test
    void anOpinionOfAnotherLevelGetsABoxAfterTheThreeAndHalfWidthBracketsMatch() {
        List<Opinion> opinions = List.of(new Opinion("村(居)委会", "同意", "刘芳", LocalDate.of(2026, 11, 3)),
                new Opinion("民主评议小组", "评议通过", "评议小组", LocalDate.of(2026, 11, 4)));
        ApprovalForm form = new ApprovalForm("DB1", "最低生活保障", "望江县", "张秀英", "340827196505120023", "地址", "农村",
                List.of(), "线下", LocalDate.of(2026, 11, 1), null, null, opinions, null, null, null, List.of(), false);

        String html = DOCUMENTS.html(form);

        assertThat(cells(html, "opinions").stream().filter(c -> c.startsWith("村") || c.startsWith("民主")).toList())
                .containsExactly("村（居）委会", "民主评议小组");
        assertThat(html).contains("乡镇（街道）", "县级民政部门", "评议通过");
    }

    @Test
    void thePdfEmbedsASubsetOfTheChineseFontNotTheWholeFile() throws IOException {
        byte[] pdf = DOCUMENTS.pdf(approvalForm(true));

        assertThat(pdf.length).isLessThan(300_000);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+WenQuanYi.*"));
        }
    }

    private static DecisionNotice approval(String applicant) {
        return new DecisionNotice("DB340827202611001", "望江县民政局", applicant, "望江县华阳镇江堤村三组18号", "最低生活保障",
                true, new BigDecimal("510.00"), YearMonth.of(2026, 12), 3,
                List.of(new Reason("INCOME_BELOW_STANDARD", "家庭月人均收入 430.00 元，低于当地农村低保标准 770.00 元",
                                "《社会救助暂行办法》第九条"),
                        new Reason("ASSETS_WITHIN_LIMIT", "家庭财产状况符合规定", "《最低生活保障审核确认办法》第十三条")),
                List.of("家庭月总收入 1,290.00 元 ÷ 3 人 = 430.00 元", "（770.00 − 430.00）× 3 人 = 1,020.00 元",
                        "按补差计算后取整：月保障金额 510.00 元"),
                LocalDate.of(2026, 11, 20), "望江县人民政府", "望江县人民法院");
    }

    private static ApprovalForm approvalForm(boolean staffRelative) {
        List<FormMember> members = List.of(
                new FormMember("张秀英", "340827196505120023", "本人", "女", 61, "慢性病", "无业", new BigDecimal("430.00")),
                new FormMember("王磊", "340827199003150018", "儿子", "男", 36, "健康", "灵活就业", new BigDecimal("860.00")));
        List<Opinion> opinions = List.of(
                new Opinion("村（居）委会", "同意上报，已在村务公开栏公示", "村协理员刘芳", LocalDate.of(2026, 11, 3)));
        return new ApprovalForm("DB340827202611001", "最低生活保障", "安徽省安庆市望江县华阳镇", "张秀英",
                "340827196505120023", "望江县华阳镇江堤村三组18号", "农村", members, "线上申请", LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 2), "入户调查：家中无机动车，住房为自建砖混房一处。\n儿子在县城打零工，收入不稳定。", opinions,
                new BigDecimal("430.00"), new BigDecimal("770.00"), new BigDecimal("510.00"),
                List.of("家庭月总收入 1,290.00 元 ÷ 3 人 = 430.00 元"), staffRelative);
    }

    /** The text of the cells of one table, in document order. */
    private static List<String> cells(String html, String tableId) {
        int start = html.indexOf("id=\"" + tableId + "\"");
        String table = html.substring(start, html.indexOf("</table>", start));
        String body = table.contains("<tbody>") ? table.substring(table.indexOf("<tbody>")) : table;
        Matcher m = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(body);
        List<String> cells = new ArrayList<>();
        while (m.find()) {
            cells.add(m.group(1).replaceAll("<[^>]+>", "").strip());
        }
        return cells;
    }

    /** The PDF's text without white space, so a sentence wrapped over two lines still matches. */
    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return compact(new PDFTextStripper().getText(document));
        }
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The same messages Spring Boot gives the application (spring.messages.basename=messages, UTF-8). */
    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
