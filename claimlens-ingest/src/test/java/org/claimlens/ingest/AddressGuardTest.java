package org.claimlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.claimlens.ingest.AddressGuard.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressGuardTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    // IPv4
    "0.0.0.0, UNSPECIFIED",
    "0.1.2.3, UNSPECIFIED",
    "127.0.0.1, LOOPBACK",
    "127.255.0.9, LOOPBACK",
    "10.0.0.1, PRIVATE",
    "172.16.0.1, PRIVATE",
    "172.31.255.254, PRIVATE",
    "172.32.0.1, PUBLIC",
    "172.15.255.255, PUBLIC",
    "192.168.1.20, PRIVATE",
    "100.64.0.1, PRIVATE",
    "100.128.0.1, PUBLIC",
    "169.254.169.254, LINK_LOCAL",
    "224.0.0.251, MULTICAST",
    "239.255.255.250, MULTICAST",
    "240.0.0.1, RESERVED",
    "255.255.255.255, RESERVED",
    "192.0.2.10, RESERVED",
    "198.18.0.1, RESERVED",
    "8.8.8.8, PUBLIC",
    "93.184.216.34, PUBLIC",
    "91.198.174.192, PUBLIC",
    // IPv6
    "::, UNSPECIFIED",
    "::1, LOOPBACK",
    "fe80::1, LINK_LOCAL",
    "febf::1, LINK_LOCAL",
    "fec0::1, PRIVATE",
    "fc00::1, UNIQUE_LOCAL",
    "fd12:3456:789a::1, UNIQUE_LOCAL",
    "ff02::1, MULTICAST",
    "ff05::1:3, MULTICAST",
    "2001:db8::1, RESERVED",
    "2001:4860:4860::8888, PUBLIC",
    "2a00:1450:4001:82b::200e, PUBLIC",
    // IPv6 carrying IPv4
    "::ffff:127.0.0.1, LOOPBACK",
    "::ffff:10.1.2.3, PRIVATE",
    "::ffff:8.8.8.8, PUBLIC",
    "::127.0.0.1, LOOPBACK",
    "64:ff9b::a9fe:a9fe, LINK_LOCAL",
    "64:ff9b::808:808, PUBLIC",
    "2002:c0a8:0101::1, PRIVATE",
    "2002:0808:0808::1, PUBLIC",
  })
  void addressesAreClassified(String literal, Kind expected) throws UnknownHostException {
    assertThat(AddressGuard.classify(InetAddress.getByName(literal))).isEqualTo(expected);
  }

  @Test
  void ipv4MappedBytesKeptAsIpv6AreJudgedByTheirIpv4Address() throws UnknownHostException {
    byte[] mapped = new byte[16];
    mapped[10] = (byte) 0xFF;
    mapped[11] = (byte) 0xFF;
    mapped[12] = (byte) 169;
    mapped[13] = (byte) 254;
    mapped[14] = (byte) 169;
    mapped[15] = (byte) 254;
    // Inet6Address.getByAddress keeps the 16 bytes; InetAddress.getByName would convert to IPv4.
    InetAddress address = Inet6Address.getByAddress(null, mapped, -1);

    assertThat(address).isInstanceOf(Inet6Address.class);
    assertThat(AddressGuard.classify(address)).isEqualTo(Kind.LINK_LOCAL);
  }

  @Test
  void refusalNamesTheKindAndTheAddress() throws UnknownHostException {
    assertThat(AddressGuard.refusal(InetAddress.getByName("169.254.169.254")))
        .contains("link-local address 169.254.169.254");
    assertThat(AddressGuard.refusal(InetAddress.getByName("8.8.8.8"))).isEmpty();
  }

  @Test
  void hostnameIsCheckedByWhatItResolvesTo() {
    assertThatThrownBy(() -> AddressGuard.checkHost("localhost", false))
        .isInstanceOf(UrlFetcher.FetchException.class)
        .hasMessageStartingWith("refused: localhost resolves to loopback address");
  }

  @Test
  void bracketedIpv6LiteralIsChecked() {
    assertThatThrownBy(() -> AddressGuard.checkHost("[::1]", false))
        .hasMessageContaining("loopback address");
    assertThatThrownBy(() -> AddressGuard.checkHost("[::ffff:127.0.0.1]", false))
        .hasMessageContaining("loopback address 127.0.0.1");
  }

  @Test
  void decimalAndShortFormsOfLoopbackAreCaughtToo() {
    assertThatThrownBy(() -> AddressGuard.checkHost("2130706433", false))
        .hasMessageContaining("loopback address 127.0.0.1");
    assertThatThrownBy(() -> AddressGuard.checkHost("127.1", false))
        .hasMessageContaining("loopback address 127.0.0.1");
  }

  @Test
  void allowPrivateLetsLoopbackThrough() throws UrlFetcher.FetchException {
    assertThat(AddressGuard.checkHost("127.0.0.1", true)).isNotEmpty();
  }
}
