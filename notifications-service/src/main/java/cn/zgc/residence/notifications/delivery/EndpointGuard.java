package cn.zgc.residence.notifications.delivery;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.notifications.config.NotificationsConfig;
import cn.zgc.residence.notifications.domain.AddressPolicy;
import cn.zgc.residence.notifications.domain.Cidr;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Checks a webhook URL before anything connects to it: its form and scheme, then every address its host resolves to
 * ({@link AddressPolicy}). The caller connects only to the returned address, never to the name again, so a DNS
 * answer that changes between the check and the connection (rebinding) cannot lead it elsewhere.
 */
@ApplicationScoped
public class EndpointGuard {

    /** How a host name is resolved; the JDK's resolver, replaceable where a test needs names of its own. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    static final int MAX_URL_LENGTH = 2000;

    private final boolean allowPlainHttp;
    private final AddressPolicy policy;
    private final Resolver resolver;

    @Inject
    public EndpointGuard(NotificationsConfig config) {
        this(config.egress().allowPlainHttp(),
                config.egress().allowedCidrs().orElse(List.of()).stream().filter(s -> !s.isBlank()).map(Cidr::parse)
                        .toList(),
                InetAddress::getAllByName);
    }

    EndpointGuard(boolean allowPlainHttp, List<Cidr> allowed, Resolver resolver) {
        this.allowPlainHttp = allowPlainHttp;
        this.policy = new AddressPolicy(allowed);
        this.resolver = resolver;
    }

    /** The URL's form only (no lookup): scheme, host, no credentials, no fragment. */
    public URI parse(String url) throws EndpointRefusedException {
        if (url == null || url.isBlank()) {
            throw new EndpointRefusedException(new Text("a URL is required", "URL 必填"), true);
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw new EndpointRefusedException(new Text("longer than " + MAX_URL_LENGTH + " characters",
                    "长度超过 " + MAX_URL_LENGTH + " 个字符"), true);
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new EndpointRefusedException(new Text("not a URL", "不是 URL"), true);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && allowPlainHttp)) {
            throw new EndpointRefusedException(
                    allowPlainHttp ? new Text("the scheme must be https or http", "协议须为 https 或 http")
                            : new Text("the scheme must be https", "协议须为 https"), true);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new EndpointRefusedException(new Text("the URL names no host", "URL 中没有主机名"), true);
        }
        if (uri.getRawUserInfo() != null) {
            throw new EndpointRefusedException(new Text("credentials in the URL are not accepted",
                    "不接受 URL 中的凭据"), true);
        }
        if (uri.getRawFragment() != null) {
            throw new EndpointRefusedException(new Text("a fragment is not sent: leave it out",
                    "片段（#）不会被发送：请去掉"), true);
        }
        return uri;
    }

    /** Parses, resolves and checks the URL; every address of its host must be allowed. */
    public ResolvedEndpoint check(String url) throws EndpointRefusedException {
        URI uri = parse(url);
        String host = uri.getHost();
        String lookup = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(lookup);
        } catch (UnknownHostException e) {
            throw new EndpointRefusedException(doesNotResolve(host), false);
        }
        if (addresses.length == 0) {
            throw new EndpointRefusedException(doesNotResolve(host), false);
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = policy.refusal(address);
            if (refusal.isPresent()) {
                throw new EndpointRefusedException(new Text(host + " resolves to a refused address: " + refusal.get(),
                        host + " 解析到不允许的地址（" + refusal.get() + "）"), false);
            }
        }
        boolean tls = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() != -1 ? uri.getPort() : tls ? 443 : 80;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String pathAndQuery = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        return new ResolvedEndpoint(lookup, port, tls, pathAndQuery, addresses[0]);
    }

    private static Text doesNotResolve(String host) {
        return new Text(host + " does not resolve", "无法解析主机名 " + host);
    }
}
