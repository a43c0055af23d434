package cn.zgc.residence.fees.api;

import java.util.List;

/** One page of payments, oldest first. */
public record PaymentPage(List<PaymentView> items, int page, int size, long totalItems) {
}
