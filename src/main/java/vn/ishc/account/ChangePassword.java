package vn.ishc.account;

record ChangePassword(long accountId, String currentPassword, String newPassword) {}
