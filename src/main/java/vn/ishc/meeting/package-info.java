/**
 * Monthly meetings (requirement R5): a club's meeting with its attendance, topics and decisions, recorded
 * with its meeting sheet as one document: every member's attendance, the membership fees, the contributions
 * the club's regulations set and the loan repayments taken at the meeting, posted into the funds through the
 * fund module's API ({@link vn.ishc.fund.ClubFunds}) in the same transaction, and reversible as one document.
 * A sheet carries a key made on the device that filled it in, so that a sheet sent twice (a double tap, a
 * retry, the offline queue replayed when the signal returns) is recorded once.
 *
 * <p>The module owns the tables {@code meeting}, {@code meeting_attendance}, {@code meeting_money} and
 * {@code meeting_collection} (what the club collects at a meeting). Its API is {@link
 * vn.ishc.meeting.MeetingService} with its commands ({@link vn.ishc.meeting.MeetingCommands}) and events
 * ({@link vn.ishc.meeting.MeetingEvents}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings")
package vn.ishc.meeting;
