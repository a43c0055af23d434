package cn.zgc.residence.notifications.delivery;

import java.net.InetAddress;

/** A webhook URL whose host name was resolved and checked: requests go to {@code address} and nowhere else. */
public record ResolvedEndpoint(String host, int port, boolean tls, String pathAndQuery, InetAddress address) {
}
