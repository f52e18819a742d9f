package vn.ishc.funding.web;

/** The form cancelling a resource entry: the reason. */
class CancelForm {
    String reason;
}
