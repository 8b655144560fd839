package org.doudi.policy.procedure;

/**
 * The next thing a case waits for: which office must act, what it must do (a short Chinese task) and by when.
 *
 * @param deadline null where no statutory limit applies (an application waiting for acceptance)
 */
public record Due(Office office, String task, Deadline deadline) {
}
