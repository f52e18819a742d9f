package vn.ishc.member;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface Memberships extends ListCrudRepository<Membership, Long>, MembershipsBatch {
    List<Membership> findByPersonIdOrderByJoinedOn(long personId);

    List<Membership> findByClubIdAndLeftOnIsNull(long clubId);
}
