package cn.zgc.residence.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressPolicyTest {

    private static final AddressPolicy STRICT = new AddressPolicy(List.of());
    private static final AddressPolicy LOCAL_RUN = new AddressPolicy(List.of(Cidr.parse("127.0.0.1/32")));

    @ParameterizedTest(name = "{0} refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            127.0.0.1           | loopback
            127.8.9.10          | loopback, anywhere in 127/8
            ::1                 | IPv6 loopback
            0.0.0.0             | unspecified
            ::                  | IPv6 unspecified
            10.0.0.1            | RFC 1918
            172.16.5.4          | RFC 1918
            172.31.255.255      | RFC 1918, top of 172.16/12
            192.168.1.1         | RFC 1918
            169.254.169.254     | cloud metadata (link-local)
            169.254.0.1         | link-local
            100.100.100.200     | Alibaba Cloud metadata, shared address space
            100.64.0.1          | carrier-grade NAT
            fd00:ec2::254       | AWS IPv6 metadata, unique-local
            fc00::1             | unique-local
            fe80::1             | IPv6 link-local
            224.0.0.1           | multicast
            ff02::1             | IPv6 multicast
            255.255.255.255     | broadcast
            192.0.2.10          | documentation
            ::ffff:10.0.0.1     | IPv4-mapped private
            ::ffff:127.0.0.1    | IPv4-mapped loopback
            64:ff9b::a9fe:a9fe  | NAT64 of 169.254.169.254
            2002:a00:1::1       | 6to4 of 10.0.0.1
            ::a00:1             | IPv4-compatible 10.0.0.1
            """)
    void refusesInternalAddresses(String address, String why) throws Exception {
        assertThat(STRICT.refusal(InetAddress.getByName(address))).as(why).isPresent();
    }

    @ParameterizedTest(name = "{0} allowed: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            8.8.8.8             | public IPv4
            1.1.1.1             | public IPv4
            172.32.0.1          | just above 172.16/12
            100.128.0.1         | just above 100.64/10
            2606:4700::1111     | public IPv6
            """)
    void allowsPublicAddresses(String address, String why) throws Exception {
        assertThat(STRICT.refusal(InetAddress.getByName(address))).as(why).isEmpty();
    }

    @ParameterizedTest(name = "with 127.0.0.1/32 allowed, {0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            127.0.0.1        | allowed
            127.0.0.2        | refused
            ::1              | refused
            10.0.0.1         | refused
            169.254.169.254  | refused
            """)
    void anAllowanceOpensOnlyItsOwnRange(String address, String outcome) throws Exception {
        assertThat(LOCAL_RUN.refusal(InetAddress.getByName(address)).isEmpty()).isEqualTo(outcome.equals("allowed"));
    }
}
