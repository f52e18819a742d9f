package vn.ishc.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface Accounts extends ListCrudRepository<Account, Long> {
    Optional<Account> findByUsername(String username);

    boolean existsByRole(Role role);

    List<Account> findAllByOrderByUsername();
}
