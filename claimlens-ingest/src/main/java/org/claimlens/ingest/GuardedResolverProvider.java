package org.claimlens.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Closes the DNS-rebinding gap of {@link UrlFetcher}'s SSRF guard. {@link AddressGuard} checks the
 * addresses a host resolves to before a fetch, but {@link java.net.http.HttpClient} resolves the
 * host again when it connects; a DNS server that answers a public address to the check and a
 * private one a moment later would slip through. Installed as the JVM's name resolver (through
 * {@code META-INF/services}), this provider checks that second look-up too: while a fetch of a host
 * is {@linkplain #guard guarded}, every look-up of that host that returns a loopback, private,
 * link-local or otherwise non-public address fails with an {@link UnknownHostException} whose
 * message starts with {@value #REFUSED}, and the guard keeps the reason.
 *
 * <p>Every other look-up (database hosts, hosts fetched with {@code --allow-private}) goes to the
 * JDK's built-in resolver unchanged. The check costs one map look-up per name resolution. The JVM
 * caches a refused look-up as a failed one ({@code networkaddress.cache.negative.ttl}, 10 s by
 * default), so the host stays unreachable that long in this process.
 */
public final class GuardedResolverProvider extends InetAddressResolverProvider {
  /** How a refusal's message starts, so that {@link UrlFetcher} can tell it from a DNS failure. */
  static final String REFUSED = "claimlens refused ";

  /** The open guards, by host name in lower case. */
  private static final ConcurrentHashMap<String, Set<Guard>> GUARDS = new ConcurrentHashMap<>();

  /** Guards look-ups of {@code host} until the returned handle is closed. */
  static Guard guard(String host) {
    Guard g = new Guard(host.toLowerCase(Locale.ROOT));
    GUARDS.compute(
        g.key,
        (k, open) -> {
          Set<Guard> set = open == null ? ConcurrentHashMap.newKeySet() : open;
          set.add(g);
          return set;
        });
    return g;
  }

  /** Whether look-ups of {@code host} are guarded now. */
  static boolean guarded(String host) {
    return GUARDS.containsKey(host.toLowerCase(Locale.ROOT));
  }

  /**
   * One fetch's guard on a host. {@link java.net.http.HttpClient} reports a failed look-up as a
   * bare connection failure, so the guard keeps the reason of a refusal for the fetcher to report.
   */
  static final class Guard implements AutoCloseable {
    private final String key;
    private volatile @Nullable String refusal;

    private Guard(String key) {
      this.key = key;
    }

    /** Why a look-up of the host was refused while this guard was open, if one was. */
    Optional<String> refusal() {
      return Optional.ofNullable(refusal);
    }

    @Override
    public void close() {
      GUARDS.computeIfPresent(
          key,
          (k, open) -> {
            open.remove(this);
            return open.isEmpty() ? null : open;
          });
    }
  }

  /** Records {@code reason} on every open guard of {@code host}; true when there was one. */
  private static boolean refuse(String host, String reason) {
    Set<Guard> open = GUARDS.get(host.toLowerCase(Locale.ROOT));
    if (open == null) {
      return false;
    }
    for (Guard g : open) {
      g.refusal = reason;
    }
    return true;
  }

  @Override
  public InetAddressResolver get(Configuration configuration) {
    return new Resolver(configuration.builtinResolver());
  }

  @Override
  public String name() {
    return "claimlens SSRF guard";
  }

  /** The built-in resolver, with the addresses of guarded hosts checked. */
  static final class Resolver implements InetAddressResolver {
    private final InetAddressResolver builtin;

    Resolver(InetAddressResolver builtin) {
      this.builtin = builtin;
    }

    @Override
    public Stream<InetAddress> lookupByName(String host, LookupPolicy policy)
        throws UnknownHostException {
      Stream<InetAddress> found = builtin.lookupByName(host, policy);
      if (!guarded(host)) {
        return found;
      }
      List<InetAddress> addresses = found.toList();
      for (InetAddress a : addresses) {
        Optional<String> refusal = AddressGuard.refusal(a);
        if (refusal.isPresent()) {
          String reason = host + " now resolves to " + refusal.get();
          if (refuse(host, reason)) {
            throw new UnknownHostException(REFUSED + reason);
          }
        }
      }
      return addresses.stream();
    }

    @Override
    public String lookupByAddress(byte[] addr) throws UnknownHostException {
      return builtin.lookupByAddress(addr);
    }
  }
}
