package vn.ishc.account;

import vn.ishc.shared.NotFoundException;

class AccountNotFound extends NotFoundException {
    AccountNotFound(long id) {
        super("account " + id);
    }
}
