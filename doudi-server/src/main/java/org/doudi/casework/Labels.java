package org.doudi.casework;

/** Chinese words for register codes, as printed on the documents. */
final class Labels {

    private Labels() {
    }

    static String relation(String code) {
        return switch (code) {
            case "APPLICANT" -> "申请人";
            case "SPOUSE" -> "配偶";
            case "CHILD" -> "子女";
            case "PARENT" -> "父母";
            case "GRANDPARENT" -> "祖父母、外祖父母";
            case "GRANDCHILD" -> "孙子女、外孙子女";
            case "SIBLING" -> "兄弟姐妹";
            default -> "其他";
        };
    }

    static String health(String disabilityKind, Integer grade, boolean seriousIllness) {
        String disability = disabilityKind == null ? "" : switch (disabilityKind) {
            case "VISUAL" -> "视力";
            case "HEARING" -> "听力";
            case "SPEECH" -> "言语";
            case "PHYSICAL" -> "肢体";
            case "INTELLECTUAL" -> "智力";
            case "MENTAL" -> "精神";
            default -> "多重";
        } + "残疾" + grade + "级";
        String illness = seriousIllness ? "重病" : "";
        String both = String.join("、", java.util.stream.Stream.of(disability, illness).filter(s -> !s.isEmpty()).toList());
        return both.isEmpty() ? "健康" : both;
    }

    static String employment(String code) {
        if (code == null) {
            return "";
        }
        return switch (code) {
            case "EMPLOYED" -> "就业";
            case "FLEXIBLE" -> "灵活就业";
            case "UNEMPLOYED" -> "失业";
            case "FARMING" -> "务农";
            case "RETIRED" -> "退休";
            case "STUDENT" -> "在校学生";
            default -> "非劳动力";
        };
    }

    static String channel(String code) {
        return switch (code) {
            case "FAMILY" -> "本人申请";
            case "ENTRUSTED" -> "委托申请";
            case "VILLAGE_COMMITTEE" -> "村（居）委会代为申请";
            case "ALERT" -> "预警核查转入";
            default -> "乡镇（街道）主动发现";
        };
    }
}
