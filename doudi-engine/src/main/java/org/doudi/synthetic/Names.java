package org.doudi.synthetic;

import org.doudi.kernel.Sex;

/**
 * Chinese names from common surnames (weighted roughly by frequency, with 汪 and 檀, common around 望江)
 * and given-name characters typical of the person's sex and generation.
 */
final class Names {

    private static final String[] SURNAMES = {
            "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何",
            "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田",
            "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚",
            "卢", "汪", "檀", "江", "方", "储", "查", "操", "石"};
    private static final int[] SURNAME_WEIGHTS = {
            72, 71, 70, 55, 46, 31, 24, 20, 20, 19, 18, 17, 12, 12, 11, 11, 11, 10, 10, 9, 9, 8, 8, 8, 7, 7, 7,
            7, 6, 6, 6, 6, 6, 6, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 12, 8, 5, 5, 4, 4, 3, 3};

    private static final String OLD_MALE = "德福荣贵发明文正根宝金水林生春和忠平国华云山海祥友义成";
    private static final String OLD_FEMALE = "秀英兰凤珍芳花梅翠琴香桂玉菊荷仙娥素彩云霞月莲";
    private static final String MID_MALE = "伟磊强军杰涛斌浩宇鹏俊超勇辉刚建峰亮兵波东志";
    private static final String MID_FEMALE = "丽娟敏静婷燕霞艳芳丹雪琳颖红玲萍洁慧莉娜";
    private static final String YOUNG_MALE = "子梓轩浩宇睿晨泽俊博航铭宸皓然诚瑞楷逸辰";
    private static final String YOUNG_FEMALE = "欣怡萱涵诺悦彤菲琪瑶佳雨桐梦语馨妍思可";

    private Names() {
    }

    static String surname(Dice dice) {
        return SURNAMES[dice.weighted(SURNAME_WEIGHTS)];
    }

    static String fullName(Dice dice, String surname, Sex sex, int birthYear) {
        String pool = givenNamePool(sex, birthYear);
        StringBuilder name = new StringBuilder(surname).append(dice.pick(pool));
        if (dice.chance(0.7)) {
            name.append(dice.pick(pool));
        }
        return name.toString();
    }

    private static String givenNamePool(Sex sex, int birthYear) {
        boolean male = sex == Sex.MALE;
        if (birthYear < 1965) {
            return male ? OLD_MALE : OLD_FEMALE;
        }
        if (birthYear < 2000) {
            return male ? MID_MALE : MID_FEMALE;
        }
        return male ? YOUNG_MALE : YOUNG_FEMALE;
    }
}
