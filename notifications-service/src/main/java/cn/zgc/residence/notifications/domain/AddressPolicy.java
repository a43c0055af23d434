package cn.zgc.residence.notifications.domain;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Which resolved addresses a webhook may be sent to: public unicast addresses only, unless a configured range allows
 * an internal one. Refused: unspecified, loopback, link-local (with the cloud metadata address 169.254.169.254),
 * private (RFC 1918), shared (100.64.0.0/10, where Alibaba Cloud's metadata 100.100.100.200 lives), unique-local
 * (fc00::/7), multicast, broadcast, reserved and documentation ranges; an IPv6 address embedding an IPv4 one
 * (NAT64, 6to4, IPv4-compatible) is judged by the IPv4 address it embeds.
 */
public final class AddressPolicy {

    private static final List<Named> FORBIDDEN = List.of(
            new Named("0.0.0.0/8", "an unspecified address"),
            new Named("10.0.0.0/8", "a private address"),
            new Named("100.64.0.0/10", "a shared (carrier-grade NAT) address"),
            new Named("127.0.0.0/8", "a loopback address"),
            new Named("169.254.0.0/16", "a link-local or metadata address"),
            new Named("172.16.0.0/12", "a private address"),
            new Named("192.0.0.0/24", "a reserved address"),
            new Named("192.0.2.0/24", "a documentation address"),
            new Named("192.88.99.0/24", "a reserved address"),
            new Named("192.168.0.0/16", "a private address"),
            new Named("198.18.0.0/15", "a benchmarking address"),
            new Named("198.51.100.0/24", "a documentation address"),
            new Named("203.0.113.0/24", "a documentation address"),
            new Named("224.0.0.0/4", "a multicast address"),
            new Named("240.0.0.0/4", "a reserved or broadcast address"),
            new Named("::/128", "an unspecified address"),
            new Named("::1/128", "a loopback address"),
            new Named("::/96", "an IPv4-compatible (deprecated) address"),
            new Named("fc00::/7", "a unique-local (private) address"),
            new Named("fe80::/10", "a link-local address"),
            new Named("fec0::/10", "a site-local (private) address"),
            new Named("ff00::/8", "a multicast address"),
            new Named("2001:db8::/32", "a documentation address"),
            new Named("100::/64", "a discard address"));

    private final List<Cidr> allowed;

    public AddressPolicy(List<Cidr> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    /** Why the address is refused; empty when a webhook may be sent to it. */
    public Optional<String> refusal(InetAddress address) {
        if (allowed.stream().anyMatch(c -> c.contains(address))) {
            return Optional.empty();
        }
        Optional<InetAddress> embedded = embeddedIpv4(address);
        if (embedded.isPresent()) {
            return refusal(embedded.get()).map(reason -> reason + " (embedded in " + address.getHostAddress() + ")");
        }
        for (Named range : FORBIDDEN) {
            if (range.cidr().contains(address)) {
                return Optional.of(address.getHostAddress() + " is " + range.reason());
            }
        }
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return Optional.of(address.getHostAddress() + " is an internal address");
        }
        return Optional.empty();
    }

    /** The IPv4 address inside an IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address. */
    static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        byte[] b = address.getAddress();
        byte[] v4 = null;
        if (isZero(b, 0, 12) && !isZero(b, 12, 15)) {
            v4 = new byte[] {b[12], b[13], b[14], b[15]};
        } else if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && isZero(b, 4, 12)) {
            v4 = new byte[] {b[12], b[13], b[14], b[15]};
        } else if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            v4 = new byte[] {b[2], b[3], b[4], b[5]};
        } else if (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            v4 = new byte[] {b[12], b[13], b[14], b[15]};
        }
        if (v4 == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(v4));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static boolean isZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private record Named(Cidr cidr, String reason) {
        Named(String range, String reason) {
            this(Cidr.parse(range), reason);
        }
    }
}
