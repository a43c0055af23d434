package cn.zgc.residence.offices.api;

/** A service hall as partner portals see it. */
public record HallView(String id, String name, String address, String district, String phone,
        String complaintHotline) {
}
