package vn.ishc.oversight.web;

/** The reason given when cancelling a session or a visit. */
class CancelForm {
    String reason;
}
