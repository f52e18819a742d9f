package vn.ishc.area;

import vn.ishc.shared.NotFoundException;

public class UnitChangeNotFound extends NotFoundException {
    UnitChangeNotFound(long id) {
        super("unit change " + id);
    }
}
