package vn.ishc.activity.web;

/** The form cancelling an activity: the reason. */
class CancelForm {
    String reason;
}
