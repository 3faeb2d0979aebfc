package org.claimlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GuardedResolverProviderTest {

  /** A DNS server that rebinds: the first answer is public, every later one is loopback. */
  private static final class RebindingDns implements InetAddressResolver {
    private final List<String> asked = new ArrayList<>();

    @Override
    public Stream<InetAddress> lookupByName(String host, LookupPolicy policy)
        throws UnknownHostException {
      asked.add(host);
      byte[] ip =
          asked.size() == 1
              ? new byte[] {93, (byte) 184, (byte) 215, 14}
              : new byte[] {127, 0, 0, 1};
      return Stream.of(InetAddress.getByAddress(host, ip));
    }

    @Override
    public String lookupByAddress(byte[] addr) {
      return "reverse.example";
    }
  }

  private static final InetAddressResolver.LookupPolicy ANY =
      InetAddressResolver.LookupPolicy.of(InetAddressResolver.LookupPolicy.IPV4);

  @Test
  void aGuardedHostThatRebindsToLoopbackIsRefusedAndTheGuardKeepsTheReason() throws Exception {
    RebindingDns dns = new RebindingDns();
    InetAddressResolver resolver = new GuardedResolverProvider.Resolver(dns);

    try (GuardedResolverProvider.Guard guard = GuardedResolverProvider.guard("Rebind.Example")) {
      assertThat(resolver.lookupByName("rebind.example", ANY).toList())
          .extracting(InetAddress::getHostAddress)
          .containsExactly("93.184.215.14");
      assertThat(guard.refusal()).isEmpty();

      assertThatThrownBy(() -> resolver.lookupByName("rebind.example", ANY))
          .isInstanceOf(UnknownHostException.class)
          .hasMessage(
              GuardedResolverProvider.REFUSED
                  + "rebind.example now resolves to loopback address 127.0.0.1");
      assertThat(guard.refusal())
          .contains("rebind.example now resolves to loopback address 127.0.0.1");
    }
    assertThat(GuardedResolverProvider.guarded("rebind.example")).isFalse();
  }

  @Test
  void unguardedLookupsPassThroughUnchanged() throws Exception {
    RebindingDns dns = new RebindingDns();
    InetAddressResolver resolver = new GuardedResolverProvider.Resolver(dns);
    resolver.lookupByName("db.internal", ANY);

    assertThat(resolver.lookupByName("db.internal", ANY).toList())
        .extracting(InetAddress::getHostAddress)
        .containsExactly("127.0.0.1");
    assertThat(resolver.lookupByAddress(new byte[] {127, 0, 0, 1})).isEqualTo("reverse.example");
  }

  @Test
  void aHostStaysGuardedUntilItsLastGuardCloses() {
    GuardedResolverProvider.Guard first = GuardedResolverProvider.guard("twice.example");
    GuardedResolverProvider.Guard second = GuardedResolverProvider.guard("twice.example");

    first.close();
    assertThat(GuardedResolverProvider.guarded("twice.example")).isTrue();
    second.close();
    assertThat(GuardedResolverProvider.guarded("twice.example")).isFalse();
  }

  @Test
  void theProviderIsRegisteredForTheJdkToLoad() {
    assertThat(ServiceLoader.load(InetAddressResolverProvider.class).stream())
        .extracting(ServiceLoader.Provider::type)
        .contains(GuardedResolverProvider.class);
  }
}
