/**
 * The audit trail (R19): every change to a record, as the modules announce it with events that implement
 * {@link vn.ishc.shared.Audited} (who, when, from which address, which record, each field's old and new
 * value, the reason where one is asked), and every view of people's personal data ({@link
 * vn.ishc.shared.PersonalDataViewed}). Entries are written synchronously in the transaction of the change;
 * the tables are append-only in the database itself, and only the retention purge removes old entries.
 * The screens let administrators search everything and city officers their territory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package vn.ishc.audit;
