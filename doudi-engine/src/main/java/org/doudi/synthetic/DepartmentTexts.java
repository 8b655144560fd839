package org.doudi.synthetic;

import java.time.LocalDate;

/** The free text that departments put in their feeds: plates, business names, diagnoses, hotline tickets. */
final class DepartmentTexts {

    private static final String PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    /** 安徽 plate prefixes; 皖H is 安庆. */
    private static final String[] OTHER_PLATE_CITIES = {"A", "B", "C", "D", "E", "F", "G", "J", "K", "L", "M", "N",
            "P", "R", "S"};
    private static final String[] TRADES = {"便利店", "农资经营部", "小吃店", "五金店", "养殖场", "家庭农场", "服装店",
            "建材经营部", "运输有限公司", "商贸有限公司", "水产养殖专业合作社", "理发店"};
    static final String[] MINOR_DIAGNOSES = {"高血压", "2型糖尿病", "上呼吸道感染", "慢性胃炎", "腰椎间盘突出",
            "冠心病", "慢性阻塞性肺疾病", "白内障", "骨关节炎", "支气管炎", "脑梗死后遗症", "高脂血症"};
    static final String[] SERIOUS_DIAGNOSES = {"肺恶性肿瘤", "肝恶性肿瘤", "胃恶性肿瘤", "慢性肾衰竭（尿毒症期）",
            "急性白血病", "脑出血", "乳腺恶性肿瘤"};
    private static final String[] HARDSHIP_TEXTS = {
            "家中老人重病住院，医疗费用无力承担，生活十分困难，请求政府救助",
            "丈夫因病去世，独自抚养两个孩子，没有收入来源，请求帮助",
            "房屋年久失修漏雨，家中无劳动力，生活困难，希望得到救助",
            "本人残疾无法务工，家中断粮，请求临时救助",
            "孩子上大学学费凑不齐，家庭困难，咨询能否申请救助"};
    private static final String[] OTHER_TEXTS = {
            "楼下商铺夜间施工噪声扰民，请相关部门处理",
            "村道路面破损，雨天积水，希望尽快修复",
            "反映小区\"停车难\",物业收费不透明，请协调",
            "家中自来水水压低，请供水公司检修",
            "在网上购买的商品有质量问题，商家拒绝退货"};

    private DepartmentTexts() {
    }

    static String plate(Dice dice) {
        String city = dice.chance(0.85) ? "H" : dice.pick(OTHER_PLATE_CITIES);
        StringBuilder plate = new StringBuilder("皖").append(city);
        for (int i = 0; i < 5; i++) {
            plate.append(i == 0 || dice.chance(0.7) ? (char) ('0' + dice.between(0, 9)) : dice.pick(PLATE_LETTERS));
        }
        return plate.toString();
    }

    static String businessName(Dice dice, County county, Person owner) {
        return county.name() + owner.name() + dice.pick(TRADES);
    }

    static String hardshipText(Dice dice) {
        return dice.pick(HARDSHIP_TEXTS);
    }

    static String otherText(Dice dice) {
        return dice.pick(OTHER_TEXTS);
    }

    /** A ticket number unique in the file: the household's index and the ticket's place in its unit. */
    static String ticketId(long unitIndex, int ticket) {
        return "12345-" + Digits.padded(unitIndex + 1, 8) + "-" + ticket;
    }

    static String receivedAt(Dice dice, LocalDate day) {
        return day + " " + Digits.padded(dice.between(8, 21), 2) + ":" + Digits.padded(dice.between(0, 59), 2)
                + ":" + Digits.padded(dice.between(0, 59), 2);
    }
}
