package org.doudi.policy.procedure;

import java.time.LocalDate;

/**
 * One statutory deadline of casework: the last day on which the step must be done, the rule in Chinese and
 * the article it rests on.
 *
 * @param name what is due, e.g. {@code investigationStart}
 * @param date the last day (inclusive)
 * @param rule the rule in Chinese, with the count used, e.g. 自受理之日起3个工作日内启动家庭经济状况调查
 * @param reference the article, e.g. 《最低生活保障审核确认办法》第十五条
 * @param calendarCovered false when a year between the start and the date has no holiday notice in the
 *                        calendar, so the date counts plain Monday-to-Friday working days and may be early
 */
public record Deadline(String name, LocalDate date, String rule, String reference, boolean calendarCovered) {
}
