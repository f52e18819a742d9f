package vn.ishc.area;

import vn.ishc.shared.NotFoundException;

public class UnitNotFound extends NotFoundException {
    public UnitNotFound(long id) {
        super("unit " + id);
    }
}
