package vn.ishc.shared;

/**
 * A past-tense domain event that the audit trail records. Publish it through Spring's {@code
 * ApplicationEventPublisher} inside the transaction of the change it reports: the audit module writes its
 * entry synchronously in that transaction, so a change and its entry commit or roll back together. Who
 * made the change, when and from which address are added by the audit module.
 */
public interface Audited {

    /** The entry to record. */
    AuditRecord audit();
}
