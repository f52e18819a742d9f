package vn.ishc.oversight.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Closing a follow-up action: the day it was done, a note, the version read. */
class CloseForm {
    Integer version;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    LocalDate closedOn;

    String note;
}
